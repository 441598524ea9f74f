/**
 * The benchmark's page-weight table groups pages by the template that made
 * them, so one row stands for every actor page and every page of a list.
 */
import path from 'node:path';
import { expect, test } from 'vitest';
import { pageKind } from '../../tools/bench/page-weight.ts';

test.each([
  ['index.html', '/'],
  ['404.html', '/404.html'],
  ['rss.xml', '/rss.xml'],
  ['page/2/index.html', '/page/[page]/'],
  ['briefings/2024-syria-offensive/index.html', '/briefings/[id]/'],
  ['actors/index.html', '/actors/'],
  ['actors/iran/index.html', '/actors/[id]/'],
  ['actors/iran/rss.xml', '/actors/iran/rss.xml'],
  ['actors/iran/said-by/3/index.html', '/actors/[id]/[list]/[page]/'],
  ['actors/united-nations/mentions/12/index.html', '/actors/[id]/[list]/[page]/'],
  ['quotes/unaffiliated/2/index.html', '/quotes/[id]/[page]/'],
])('%s is a page of %s', (file, kind) => {
  expect(pageKind(file.split('/').join(path.sep))).toBe(kind);
});
