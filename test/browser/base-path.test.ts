/**
 * The site deployed under a sub-path (`--base /briefings/`), in Chromium:
 * navigation from the index to a briefing, its actor and back, and search,
 * whose script, index and result links must all stay under the base.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchChromium, serveStatic, type StaticSite } from '../helpers/browser.ts';
import { buildSite } from '../helpers/build.ts';
import { listed } from '../helpers/dist.ts';

const BASE = '/briefings/';

let site: StaticSite;
let browser: Browser;

beforeAll(async () => {
  const build = buildSite({ name: 'browser-base', contentDir: 'test/sites/minimal', base: BASE });
  expect(build.status, build.output).toBe(0);
  site = await serveStatic(build.outDir, BASE);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/** A page that records every request the site could not answer. */
async function watchedPage(): Promise<{ page: Page; missing: string[] }> {
  const page = await browser.newPage();
  const missing: string[] = [];
  page.on('response', (response) => {
    if (response.status() >= 400) missing.push(`${response.status()} ${response.url()}`);
  });
  return { page, missing };
}

test('from the index to a briefing, its actor, and back to the sentence', async () => {
  const { page, missing } = await watchedPage();
  await page.goto(site.url);
  await page.getByRole('link', { name: 'The newer briefing' }).click();
  await page.waitForURL(`**${BASE}briefings/2024-12-02-newer/`);
  await page.locator('.briefing__body a.actor', { hasText: 'Tehran' }).click();
  await page.waitForURL(`**${BASE}actors/iran/`);
  await page.locator(listed.appearanceSentence).first().click();
  await page.waitForURL(`**${BASE}briefings/2024-12-02-newer/#s-*`);
  expect(await page.evaluate(() => document.querySelector(':target')?.textContent)).toBe('Tehran said nothing.');
  expect(missing).toEqual([]);
  await page.close();
});

test('search loads its index under the base path and links results under it', async () => {
  const { page, missing } = await watchedPage();
  await page.goto(`${site.url}search/?q=Tehran`);
  await page.waitForFunction(() => /result/.test(document.querySelector('[data-search-status]')?.textContent ?? ''));
  const iran = page.getByRole('region', { name: 'Actors' }).getByRole('link', { name: 'Iran', exact: true });
  expect(await iran.getAttribute('href')).toBe(`${BASE}actors/iran/`);
  const briefing = page.getByRole('region', { name: 'Briefings' }).getByRole('link', { name: 'The newer briefing' });
  expect(await briefing.getAttribute('href')).toBe(`${BASE}briefings/2024-12-02-newer/`);
  await iran.click();
  await page.waitForURL(`**${BASE}actors/iran/`);
  expect(await page.locator('h1').textContent()).toBe('Iran');
  expect(missing).toEqual([]);
  await page.close();
});
