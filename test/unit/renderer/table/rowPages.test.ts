import { describe, expect, it } from 'vitest';
import { pagesCovering, placeOf, windowOf } from '../../../../src/renderer/src/table/rowPages';

describe('rowPages', () => {
  it.each([
    { index: 0, page: 0, slot: 0 },
    { index: 99, page: 0, slot: 99 },
    { index: 100, page: 1, slot: 0 },
    { index: 250, page: 2, slot: 50 },
    { index: 99_999, page: 999, slot: 99 },
  ])('row $index is on page $page at $slot', ({ index, page, slot }) => {
    expect(placeOf(index)).toEqual({ page, slot });
  });

  it.each([
    { first: 0, last: 0, pages: [0] },
    { first: 0, last: 99, pages: [0] },
    { first: 95, last: 105, pages: [0, 1] },
    { first: 150, last: 420, pages: [1, 2, 3, 4] },
    { first: 300, last: 299, pages: [] },
  ])('rows $first..$last need pages $pages', ({ first, last, pages }) => {
    expect(pagesCovering(first, last)).toEqual(pages);
  });

  it.each([
    { page: 0, window: { offset: 0, limit: 100 } },
    { page: 3, window: { offset: 300, limit: 100 } },
  ])('page $page asks main for $window', ({ page, window }) => {
    expect(windowOf(page)).toEqual(window);
  });
});
