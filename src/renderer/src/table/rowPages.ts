/** A table's rows come from main a page at a time: which page holds a row, and what to ask. */
const pageSize = 100;

/** The page a row is on, and its place in that page. */
export const placeOf = (index: number) => ({
  page: Math.floor(index / pageSize),
  slot: index % pageSize,
});

/** The pages that cover rows first..last (inclusive), in order. */
export function pagesCovering(first: number, last: number): number[] {
  const pages: number[] = [];
  for (let page = placeOf(first).page; page <= placeOf(last).page; page++) pages.push(page);
  return pages;
}

/** The rows to ask main for to fill one page. */
export const windowOf = (page: number) => ({ offset: page * pageSize, limit: pageSize });
