/**
 * The site as a reader meets it, in Debian's Chromium: from the index to a
 * briefing, an actor's hover card by mouse and by keyboard, on to the actor
 * page and back to the sentence, search by an alias; axe-core's WCAG 2.2 AA
 * rules on every page kind in both colour schemes, and a screenshot of each
 * at phone and desktop widths in test/output/screenshots/ for review.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { AxeResults } from 'axe-core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchChromium, serveStatic, type StaticSite } from '../helpers/browser.ts';
import { buildSite, ROOT } from '../helpers/build.ts';
import { htmlFiles, listed, loadDocument } from '../helpers/dist.ts';
import { bundleOf } from '../../tools/build/search-index.ts';

const SEED = 'briefings/2024-12-02-iranian-backed-militias-enter-syria/';
const SEED_TITLE = "Iranian-backed militias enter Syria to bolster Assad's forces as rebels push on from Aleppo";
/** One page of each kind the site has, by its path under the site's root. */
const PAGE_KINDS = {
  index: '',
  briefing: SEED,
  actor: 'actors/iran/',
  // An actor with no relation and no quotation: the summary and the sections left.
  'actor-quiet': 'actors/hayat-tahrir-al-sham/',
  actors: 'actors/',
  quotes: 'quotes/',
  search: 'search/?q=Tehran',
  'not-found': 'no-such-page/',
} as const;
const WIDTHS = { phone: 375, desktop: 1280 } as const;
const SCHEMES = ['light', 'dark'] as const;
const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const SCREENSHOTS = path.join(ROOT, 'test/output/screenshots');

let outDir: string;
let site: StaticSite;
let browser: Browser;

beforeAll(async () => {
  const build = buildSite({ name: 'browser' });
  expect(build.status, build.output).toBe(0);
  outDir = build.outDir;
  site = await serveStatic(outDir);
  browser = await launchChromium();
  mkdirSync(SCREENSHOTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

async function open(pathname: string): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(site.url + pathname);
  return page;
}

const isOpen = (page: Page, id: string) =>
  page.locator(`[id="${id}"]`).evaluate((card) => card.matches(':popover-open'));

/** The search page has answered when its status line names a result count. */
const searched = (page: Page) =>
  page.waitForFunction(() => /result/.test(document.querySelector('[data-search-status]')?.textContent ?? ''));

describe('reading', () => {
  test('the index leads to a briefing', async () => {
    const page = await open('');
    await page.getByRole('link', { name: SEED_TITLE }).click();
    await page.waitForURL(`**/${SEED}`);
    expect(await page.locator('h1').textContent()).toBe(SEED_TITLE);
    await page.close();
  });

  test('hovering an actor mention shows its card beside it, and moving away hides it', async () => {
    const page = await open(SEED);
    const mention = page.locator('.briefing__body a.actor[href$="/iran/"]').first();
    expect(await mention.getAttribute('interestfor')).toBe('card-iran');
    expect(await isOpen(page, 'card-iran')).toBe(false);

    await mention.hover();
    await expect.poll(() => isOpen(page, 'card-iran')).toBe(true);
    const card = page.locator('#card-iran');
    // A card's paragraphs in their order: kind, name, description, first briefing.
    const PARTS = ['kind', 'name', 'description', 'since'];
    const part = (name: string) => card.locator('p').nth(PARTS.indexOf(name)).textContent();
    expect(await part('kind')).toBe('State');
    expect(await part('name')).toBe('Iran');
    expect(await card.getByRole('link', { name: 'Iran' }).getAttribute('href')).toBe('/actors/iran/');
    expect(await part('description')).toMatch(/^Country in Western Asia/);
    expect(await part('since')).toMatch(/^In the briefings since \d{1,2} [A-Z][a-z]+ \d{4}$/);
    // Anchored to the mention: directly under or over it, overlapping it horizontally, inside the window.
    const [cardBox, linkBox] = [await card.boundingBox(), await mention.boundingBox()];
    if (!cardBox || !linkBox) throw new Error('card or mention has no box');
    const gap = Math.min(
      Math.abs(cardBox.y - (linkBox.y + linkBox.height)),
      Math.abs(linkBox.y - (cardBox.y + cardBox.height)),
    );
    expect(gap).toBeLessThan(16);
    expect(cardBox.x).toBeLessThan(linkBox.x + linkBox.width);
    expect(cardBox.x + cardBox.width).toBeGreaterThan(linkBox.x);
    expect(cardBox.x).toBeGreaterThanOrEqual(0);
    expect(cardBox.x + cardBox.width).toBeLessThanOrEqual(page.viewportSize()?.width ?? 0);

    await page.mouse.move(0, 0);
    await expect.poll(() => isOpen(page, 'card-iran')).toBe(false);
    await page.close();
  });

  test('each actor has one card on the page, however often it is mentioned', async () => {
    const seed = loadDocument(outDir, `${SEED}index.html`);
    const invoked = new Set(
      Array.from(seed.querySelectorAll('.briefing__body a.actor'), (link) => link.getAttribute('interestfor')),
    );
    expect(invoked.size).toBeGreaterThan(5);
    for (const id of invoked) expect(seed.querySelectorAll(`[id="${id}"][popover="hint"]`), `${id}`).toHaveLength(1);
  });

  test('focusing a mention from the keyboard shows its card, and Escape dismisses it', async () => {
    const page = await open(SEED);
    await page.locator('.briefing__body a.actor').first().focus();
    await page.keyboard.press('Tab');
    const id = await page.evaluate(() => document.activeElement?.getAttribute('interestfor'));
    if (!id) throw new Error('Tab did not reach a second actor mention');
    await expect.poll(() => isOpen(page, id)).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => isOpen(page, id)).toBe(false);
    // Still on the mention: Escape closes the card, not the reader's place.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('interestfor'))).toBe(id);
    await page.close();
  });

  test('a mention leads to its actor page, and the actor page back to the sentence', async () => {
    const page = await open(SEED);
    await page.locator('.briefing__body a.actor[href$="/iran/"]').first().click();
    await page.waitForURL('**/actors/iran/');
    expect(await page.locator('h1').textContent()).toBe('Iran');

    const sentence = page.locator(`${listed.appearanceSentence}[href^="/${SEED}#s-"]`).first();
    const words = (await sentence.textContent())?.trim();
    await sentence.click();
    await page.waitForURL(`**/${SEED}#s-*`);
    const target = await page.evaluate(() => {
      const element = document.querySelector(':target');
      if (!element) return null;
      const box = element.getBoundingClientRect();
      return {
        tag: element.tagName,
        id: element.id,
        text: element.textContent?.trim(),
        background: getComputedStyle(element).backgroundColor,
        inView: box.top >= 0 && box.top < innerHeight,
      };
    });
    expect(target).toEqual({
      // The sentence's span, by the id the link named.
      tag: 'SPAN',
      id: new URL(page.url()).hash.slice(1),
      text: words,
      background: expect.not.stringMatching(/^rgba\(0, 0, 0, 0\)$/),
      inView: true,
    });
    await page.close();
  });
});

describe('an actor page', () => {
  test('its summary is on the first screen of a phone', async () => {
    const context = await browser.newContext({ viewport: { width: 375, height: 812 } });
    const page = await context.newPage();
    await page.goto(site.url + 'actors/iran/');
    const top = await page.locator('section.actor-summary').evaluate((summary) => summary.getBoundingClientRect().top);
    expect(top).toBeLessThan(812 / 2);
    await context.close();
  });

  test('its neighbourhood graph is drawn at its own size, names at 13 px; on a phone the table of links stands in', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(site.url + 'actors/iran/');
    const graph = page.locator('#relations ~ figure.relation-graph');
    const table = page.locator('#relations ~ table.relation-graph__table');
    expect(await graph.isVisible()).toBe(true);
    const name = graph.locator('a.relation-graph__node[href="/actors/iran/"] text');
    const height = await name.evaluate((text) => text.getBoundingClientRect().height);
    // A 13 px name's box is about 15 px tall: not scaled down to a phone's 6 px, nor blown up.
    expect(height).toBeGreaterThan(12);
    expect(height).toBeLessThan(20);
    expect(await table.isVisible()).toBe(true);
    await page.setViewportSize({ width: 375, height: 812 });
    expect(await graph.isVisible()).toBe(false);
    expect(await table.isVisible()).toBe(true);
    expect(await table.locator('tbody tr').count()).toBe(3);
    await context.close();
  });
});

describe('search', () => {
  test('an alias finds its actor: HTS is Hayat Tahrir al-Sham, and the address keeps the search', async () => {
    const page = await open('search/');
    await page.getByLabel('Words or names').fill('HTS');
    await searched(page);
    const actors = page.getByRole('region', { name: 'Actors' });
    await actors.getByRole('link', { name: 'Hayat Tahrir al-Sham' }).click();
    await page.waitForURL('**/actors/hayat-tahrir-al-sham/');
    await page.goBack();
    expect(new URL(page.url()).search).toBe('?q=HTS');
    await searched(page);
    expect(await page.getByLabel('Words or names').inputValue()).toBe('HTS');
    await page.close();
  });

  test('a capital standing for its government finds the state: Tehran is Iran', async () => {
    const page = await open('search/?q=Tehran');
    await searched(page);
    const actors = page.getByRole('region', { name: 'Actors' });
    expect(await actors.getByRole('link', { name: 'Iran', exact: true }).getAttribute('href')).toBe('/actors/iran/');
    expect(await page.getByRole('region', { name: 'Briefings' }).getByRole('link', { name: SEED_TITLE }).count()).toBe(
      1,
    );
    await page.close();
  });

  test('filters narrow the results to the briefings that mention a published actor, or a kind of actor', async () => {
    // An actor held for review (its page noindex) is out of the search index.
    const published = (link: Element) => {
      const page = loadDocument(outDir, `${link.getAttribute('href')?.replace(/^\//, '') ?? ''}index.html`);
      return page.querySelector('meta[name="robots"][content="noindex"]') === null;
    };
    const briefingsMentioning = (selector: string) =>
      htmlFiles(outDir).filter(
        (file) =>
          file.startsWith('briefings/') &&
          Array.from(loadDocument(outDir, file).querySelectorAll(`.briefing__body ${selector}`)).some(published),
      );
    const mentioning = (selector: string) => briefingsMentioning(selector).length;
    // The results come from several of the index's bundles, searched as one.
    expect(new Set(briefingsMentioning('a.actor[href$="/iran/"]').map(bundleOf)).size).toBeGreaterThan(3);
    const page = await open('search/');
    await page.getByLabel('Actor', { exact: true }).selectOption('Iran');
    await searched(page);
    expect(await page.locator('[data-search-status]').textContent()).toBe(
      `${mentioning('a.actor[href$="/iran/"]')} results (Iran).`,
    );
    expect(new URL(page.url()).search).toBe('?actor=Iran');
    await page.getByLabel('Actor', { exact: true }).selectOption('');
    await page.getByLabel('Kind of actor').selectOption('Armed group');
    await searched(page);
    expect(await page.locator('[data-search-status]').textContent()).toBe(
      `${mentioning('a.actor--armed-group')} results (Armed group).`,
    );
    await page.close();
  });
});

describe('every page kind', () => {
  test('only the search page loads script', async () => {
    for (const [kind, pathname] of Object.entries(PAGE_KINDS)) {
      const page = await browser.newPage();
      const scripts: string[] = [];
      page.on('request', (request) => {
        if (request.resourceType() === 'script') scripts.push(request.url());
      });
      await page.goto(site.url + pathname);
      if (kind === 'search') {
        await searched(page);
        expect(scripts.some((url) => url.endsWith('/pagefind/pagefind.js'))).toBe(true);
      } else expect(scripts, kind).toEqual([]);
      await page.close();
    }
  });

  for (const scheme of SCHEMES) {
    test(`axe finds no WCAG 2.2 AA violation in the ${scheme} scheme, at phone and desktop widths; screenshots`, async () => {
      // axe is injected as a script, which the pages' CSP would refuse.
      const context = await browser.newContext({ bypassCSP: true, colorScheme: scheme });
      const page = await context.newPage();
      const violations: string[] = [];
      const check = async (name: string) => {
        await page.addScriptTag({ path: path.join(ROOT, 'node_modules/axe-core/axe.min.js') });
        const results = await page.evaluate(
          (tags) =>
            (window as unknown as { axe: { run(options: object): Promise<AxeResults> } }).axe.run({ runOnly: tags }),
          WCAG_22_AA,
        );
        for (const violation of results.violations) {
          const nodes = violation.nodes.map((node) => node.target.join(' ')).join(', ');
          violations.push(`${name}: ${violation.id} (${violation.help}): ${nodes}`);
        }
        await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`) });
      };
      for (const [width, pixels] of Object.entries(WIDTHS)) {
        await page.setViewportSize({ width: pixels, height: 900 });
        for (const [kind, pathname] of Object.entries(PAGE_KINDS)) {
          await page.goto(site.url + pathname);
          if (kind === 'search') await searched(page);
          await check(`${kind}-${width}-${scheme}`);
        }
        // A briefing with an actor card open.
        await page.goto(site.url + SEED);
        await page.locator('.briefing__body a.actor[href$="/iran/"]').nth(1).hover();
        await expect.poll(() => isOpen(page, 'card-iran')).toBe(true);
        await check(`briefing-card-${width}-${scheme}`);
      }
      await context.close();
      expect(violations).toEqual([]);
    });
  }
});
