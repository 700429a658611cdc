import { describe, expect, it } from 'vitest';
import { isFiltered } from '../../../../src/renderer/src/table/isFiltered';

describe('isFiltered', () => {
  it.each<{ filter: Record<string, unknown>; filtered: boolean }>([
    { filter: {}, filtered: false },
    { filter: { owner: 'all' }, filtered: false },
    { filter: { owner: 'mine' }, filtered: true },
    { filter: { status: [] }, filtered: false },
    { filter: { status: ['Open'] }, filtered: true },
    { filter: { text: '   ' }, filtered: false },
    { filter: { text: 'acme' }, filtered: true },
    { filter: { created: { period: 'any' } }, filtered: false },
    { filter: { created: { period: 'this-month' } }, filtered: true },
    { filter: { created: null, rating: undefined }, filtered: false },
    { filter: { owner: 'all', text: '', status: ['Open'] }, filtered: true },
  ])('$filter → $filtered', ({ filter, filtered }) => {
    expect(isFiltered(filter)).toBe(filtered);
  });
});
