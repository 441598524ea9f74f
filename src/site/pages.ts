/**
 * Long lists split into pages of a fixed size, so no page grows with the
 * archive. Page 1 is the list's own address; later pages live under it as
 * `page/<n>/`.
 */

/** How a list is split: how many items its first page shows, and how many each later one. */
export interface Paging {
  first: number;
  later: number;
}

/** The archive's own lists (the briefings, the unaffiliated quotes): pages of fifty. */
export const LIST_PAGING: Paging = { first: 50, later: 50 };

export interface ListPage<T> {
  items: T[];
  /** 1-based. */
  number: number;
  count: number;
  /** Where in the whole list the page's first item stands, 0-based. */
  start: number;
}

export function pageOf<T>(all: readonly T[], number: number, paging: Paging = LIST_PAGING): ListPage<T> {
  const count = 1 + Math.ceil(Math.max(0, all.length - paging.first) / paging.later);
  const start = number === 1 ? 0 : paging.first + (number - 2) * paging.later;
  const size = number === 1 ? paging.first : paging.later;
  return { items: all.slice(start, start + size), number, count, start };
}

/** Pages 2…n of a list, for `getStaticPaths`. */
export function laterPages<T>(
  all: readonly T[],
  paging: Paging = LIST_PAGING,
): { params: { page: string }; props: { page: ListPage<T> } }[] {
  const count = pageOf(all, 1, paging).count;
  return Array.from({ length: count - 1 }, (_, index) => {
    const number = index + 2;
    return { params: { page: String(number) }, props: { page: pageOf(all, number, paging) } };
  });
}

/** How many page numbers a page links on each side of its own. */
const NEIGHBOURS = 2;

/**
 * The page numbers a page of a split list links to: the first and the last,
 * its own and its neighbours, with a gap (`null`) where numbers are left out,
 * so a page's links do not grow with the number of pages.
 */
export function pageNumbers(page: Pick<ListPage<unknown>, 'number' | 'count'>): (number | null)[] {
  const shown = new Set([1, page.count]);
  for (let n = page.number - NEIGHBOURS; n <= page.number + NEIGHBOURS; n++)
    if (n >= 1 && n <= page.count) shown.add(n);
  const numbers: (number | null)[] = [];
  for (const n of [...shown].sort((a, b) => a - b)) {
    const previous = numbers.at(-1);
    // A gap of one number is shown as that number: "1 2 3", never "1 … 3".
    if (typeof previous === 'number' && n - previous === 2) numbers.push(previous + 1);
    else if (typeof previous === 'number' && n - previous > 2) numbers.push(null);
    numbers.push(n);
  }
  return numbers;
}
