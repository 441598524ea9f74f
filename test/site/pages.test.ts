/**
 * Splitting a list into pages: every item on exactly one page, in order, the
 * first page of its own size, and where each page starts (what "Quotes
 * 21–220 of 230" is made of).
 */
import { describe, expect, test } from 'vitest';
import { ACTOR_LIST_PAGING } from '../../src/site/actor-lists.ts';
import { laterPages, LIST_PAGING, pageOf, type Paging } from '../../src/site/pages.ts';

const numbers = (length: number) => Array.from({ length }, (_, index) => index);

/** Every page of a list of `length` items, the first one included. */
function allPages(length: number, paging: Paging) {
  const list = numbers(length);
  return [pageOf(list, 1, paging), ...laterPages(list, paging).map(({ props }) => props.page)];
}

describe.each([
  ['the archive lists', LIST_PAGING],
  ["an actor's lists", ACTOR_LIST_PAGING],
  ['a first page larger than the later ones', { first: 5, later: 2 }],
])('%s', (_, paging) => {
  test.each([0, 1, paging.first - 1, paging.first, paging.first + 1, paging.first + paging.later, 1234])(
    'a list of %i items: every item once, in order, each page where it starts',
    (length) => {
      const pages = allPages(length, paging);
      expect(pages.flatMap((page) => page.items)).toEqual(numbers(length));
      expect(pages.map((page) => page.number)).toEqual(pages.map((_page, index) => index + 1));
      for (const page of pages) {
        expect(page.count).toBe(pages.length);
        expect(page.items[0] ?? page.start).toBe(page.start);
      }
      expect(pages[0]?.items.length).toBe(Math.min(length, paging.first));
      for (const page of pages.slice(1, -1)) expect(page.items.length).toBe(paging.later);
      // No later page is empty: a list that fits on the first page has no other.
      for (const page of pages.slice(1)) expect(page.items.length).toBeGreaterThan(0);
    },
  );
});

test('an actor page shows the newest twenty; its later pages hold two hundred each', () => {
  const pages = allPages(230, ACTOR_LIST_PAGING);
  expect(pages.map((page) => [page.start, page.items.length])).toEqual([
    [0, 20],
    [20, 200],
    [220, 10],
  ]);
});

test('the archive lists keep pages of fifty, the first as long as the others', () => {
  expect(allPages(120, LIST_PAGING).map((page) => page.items.length)).toEqual([50, 50, 20]);
});
