/**
 * Hover cards in a browser without interest invokers (Firefox and Safari as
 * of this writing), in Debian's Chromium made into one: every page and
 * stylesheet is served with the `interestfor` attributes removed and the
 * `:interest-source` selector renamed to one no browser knows, which is what
 * such a browser sees. The cards must then show by CSS alone, on hover and on
 * keyboard focus; with interest invokers the CSS path stays out of the way.
 * Then axe-core (WCAG 2.2 AA) on the pages this reader work changed, in both
 * colour schemes, at phone and desktop widths.
 */
import path from 'node:path';
import type { AxeResults } from 'axe-core';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchChromium, serveStatic, type StaticSite } from '../helpers/browser.ts';
import { buildSite, ROOT } from '../helpers/build.ts';

const SEED = 'briefings/2024-12-02-iranian-backed-militias-enter-syria/';
const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

let site: StaticSite;
let browser: Browser;

beforeAll(async () => {
  const build = buildSite({ name: 'reader-browser' });
  expect(build.status, build.output).toBe(0);
  site = await serveStatic(build.outDir);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/**
 * A context whose pages know nothing of interest invokers. The rewritten
 * style element no longer matches the hash the page's policy names, so the
 * policy is bypassed here; the test with interest invokers checks the policy.
 */
async function withoutInterestInvokers(width: number): Promise<BrowserContext> {
  const context = await browser.newContext({ bypassCSP: true, viewport: { width, height: 800 } });
  await context.route('**/*', async (route) => {
    const response = await route.fetch();
    const type = response.headers()['content-type'] ?? '';
    if (!/text\/(html|css)/.test(type)) return route.fulfill({ response });
    const body = (await response.text())
      .replaceAll(':interest-source', ':interest-source-unknown')
      .replace(/\sinterestfor="[^"]*"/g, '');
    return route.fulfill({ response, body });
  });
  return context;
}

/** Close a rewriting context, letting go of requests still being rewritten (a page's fonts, say). */
async function closeRewriting(context: BrowserContext): Promise<void> {
  await context.unrouteAll({ behavior: 'ignoreErrors' });
  await context.close();
}

const shown = (page: Page, id: string) => page.locator(`[id="${id}"]`).isVisible();

describe('hover cards without interest invokers', () => {
  test('the browser under test knows neither the attribute nor the selector', async () => {
    const context = await withoutInterestInvokers(1280);
    const page = await context.newPage();
    await page.goto(site.url + SEED);
    expect(await page.locator('a.actor[interestfor]').count()).toBe(0);
    expect(await page.locator('.actor-cards style').textContent()).toMatch(
      /^@supports not selector\(:interest-source-/,
    );
    await closeRewriting(context);
  });

  test('hovering a mention shows its card in a corner of the window, and moving away hides it', async () => {
    const context = await withoutInterestInvokers(1280);
    const page = await context.newPage();
    await page.goto(site.url + SEED);
    expect(await shown(page, 'card-iran')).toBe(false);
    await page.locator('.briefing__body a.actor[href$="/iran/"]').first().hover();
    await expect.poll(() => shown(page, 'card-iran')).toBe(true);
    const card = page.locator('#card-iran');
    expect(await card.locator('p').nth(1).textContent()).toMatch(/Iran/);
    // Shown by CSS, not opened as a popover; no other card with it.
    expect(await card.evaluate((element) => element.matches(':popover-open'))).toBe(false);
    expect(await page.locator('.actor-card:visible').count()).toBe(1);
    const box = await card.boundingBox();
    if (!box) throw new Error('the card has no box');
    expect(box.x + box.width).toBeLessThanOrEqual(1280);
    expect(box.y + box.height).toBeLessThanOrEqual(800);

    await page.mouse.move(5, 5);
    await expect.poll(() => shown(page, 'card-iran')).toBe(false);
    await closeRewriting(context);
  });

  test('focusing mentions from the keyboard shows each one’s card in turn; on a phone it fits the screen', async () => {
    const context = await withoutInterestInvokers(375);
    const page = await context.newPage();
    await page.goto(site.url + SEED);
    const mentions = page.locator('.briefing__body a.actor');
    // A mention names its actor in its address only.
    const actorOf = (href: string | null | undefined) => /\/actors\/([^/]+)\/$/u.exec(href ?? '')?.[1] ?? null;
    const first = actorOf(await mentions.nth(0).getAttribute('href'));
    await mentions.nth(0).focus();
    // Move on by Tab to the first mention of another actor.
    let second = first;
    while (second === first) {
      await page.keyboard.press('Tab');
      second = actorOf(
        await page.evaluate(() =>
          document.activeElement?.matches('a.actor') ? document.activeElement.getAttribute('href') : null,
        ),
      );
      if (second === null) throw new Error('Tab left the mentions before reaching a second actor');
    }
    await expect.poll(() => shown(page, `card-${second}`)).toBe(true);
    expect(await shown(page, `card-${first}`)).toBe(false);
    const box = await page.locator(`[id="card-${second}"]`).boundingBox();
    if (!box) throw new Error('the card has no box');
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(375);
    await closeRewriting(context);
  });
});

describe('hover cards with interest invokers', () => {
  test('the page’s policy accepts the fallback style, which stays out of the way: the card opens as a popover', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const refused: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) refused.push(message.text());
    });
    await page.goto(site.url + SEED);
    expect(await page.evaluate(() => CSS.supports('selector(:interest-source)'))).toBe(true);
    expect(
      await page.locator('.actor-cards style').evaluate((style) => (style as HTMLStyleElement).sheet !== null),
    ).toBe(true);
    await page.locator('.briefing__body a.actor[href$="/iran/"]').first().hover();
    await expect.poll(() => page.locator('#card-iran').evaluate((card) => card.matches(':popover-open'))).toBe(true);
    expect(refused).toEqual([]);
    await page.close();
  });
});

describe('accessibility of the pages this work changed', () => {
  for (const scheme of ['light', 'dark'] as const) {
    test(`axe finds no WCAG 2.2 AA violation on the seed briefing and the relations page (${scheme})`, async () => {
      // axe is injected as a script, which the pages' CSP would refuse.
      const context = await browser.newContext({ bypassCSP: true, colorScheme: scheme });
      const page = await context.newPage();
      const violations: string[] = [];
      for (const width of [375, 1280]) {
        await page.setViewportSize({ width, height: 900 });
        for (const pathname of [SEED, 'relations/']) {
          await page.goto(site.url + pathname);
          await page.addScriptTag({ path: path.join(ROOT, 'node_modules/axe-core/axe.min.js') });
          const results = await page.evaluate(
            (tags) =>
              (window as unknown as { axe: { run(options: object): Promise<AxeResults> } }).axe.run({ runOnly: tags }),
            WCAG_22_AA,
          );
          for (const violation of results.violations) {
            const nodes = violation.nodes.map((node) => node.target.join(' ')).join(', ');
            violations.push(`${pathname} at ${width}: ${violation.id} (${violation.help}): ${nodes}`);
          }
        }
      }
      await context.close();
      expect(violations).toEqual([]);
    });
  }
});
