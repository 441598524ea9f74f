/**
 * Long lists split into pages of a fixed size, so no page grows with the
 * archive (a single index of 5,000 briefings weighs megabytes). Page 1 is
 * the list's own address; later pages live under it as `page/<n>/`.
 */
export const PAGE_SIZE = 50;

export interface ListPage<T> {
  items: T[];
  /** 1-based. */
  number: number;
  count: number;
}

export function pageOf<T>(all: readonly T[], number: number): ListPage<T> {
  const count = Math.max(1, Math.ceil(all.length / PAGE_SIZE));
  return { items: all.slice((number - 1) * PAGE_SIZE, number * PAGE_SIZE), number, count };
}

/** Pages 2…n of a list, for `getStaticPaths`. */
export function laterPages<T>(all: readonly T[]): { params: { page: string }; props: { page: ListPage<T> } }[] {
  const count = pageOf(all, 1).count;
  return Array.from({ length: count - 1 }, (_, index) => {
    const number = index + 2;
    return { params: { page: String(number) }, props: { page: pageOf(all, number) } };
  });
}
