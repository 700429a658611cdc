import { describe, expect, it } from 'vitest';
import {
  searchIdStride,
  searchObjectOrder,
  searchSlot,
} from '../../../../src/core/schema/searchObjectOrder';
import { objectSpecs } from '../../../../src/core/schema/objectSpecs';

// The slots every shipped cache's search index was written with. Append here, never reorder.
const shipped = [
  ['User', 0],
  ['OpportunityStage', 1],
  ['Account', 2],
  ['Contact', 3],
  ['Opportunity', 4],
  ['Lead', 5],
  ['Task', 6],
  ['Event', 7],
] as const;

describe('search object order', () => {
  it.each(shipped)('keeps %s at slot %i', (object, slot) => expect(searchSlot(object)).toBe(slot));

  it('adds objects only after the shipped ones', () =>
    expect(searchObjectOrder.slice(0, shipped.length)).toEqual(shipped.map(([object]) => object)));

  it('fits every slot under the id stride, each object once', () => {
    expect(searchObjectOrder.length).toBeLessThanOrEqual(searchIdStride);
    expect(new Set(searchObjectOrder).size).toBe(searchObjectOrder.length);
  });

  it('has a slot for every object the search covers', () => {
    for (const spec of objectSpecs.filter((s) => s.search))
      expect(searchSlot(spec.name)).toBeGreaterThanOrEqual(0);
  });

  it('refuses an object with no slot rather than mixing it with another', () =>
    expect(() => searchSlot('Campaign')).toThrow(/no place in the search index/));
});
