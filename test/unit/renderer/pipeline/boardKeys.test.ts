import { describe, expect, it } from 'vitest';
import { nextSpot, type ColumnStops } from '../../../../src/renderer/src/pipeline/boardKeys';

// Three cards, an empty stage, two cards whose Tab stop is on the second.
const board: ColumnStops = [
  { count: 3, stop: 0 },
  { count: 0, stop: 0 },
  { count: 2, stop: 1 },
];

describe('nextSpot', () => {
  it.each([
    ['ArrowDown', { column: 0, row: 0 }, { column: 0, row: 1 }],
    ['j', { column: 0, row: 1 }, { column: 0, row: 2 }],
    ['ArrowDown', { column: 0, row: 2 }, undefined],
    ['ArrowUp', { column: 0, row: 2 }, { column: 0, row: 1 }],
    ['k', { column: 0, row: 0 }, undefined],
    ['Home', { column: 0, row: 2 }, { column: 0, row: 0 }],
    ['End', { column: 0, row: 0 }, { column: 0, row: 2 }],
    ['End', { column: 0, row: 2 }, undefined],
    ['ArrowRight', { column: 0, row: 2 }, { column: 2, row: 1 }],
    ['ArrowLeft', { column: 2, row: 0 }, { column: 0, row: 0 }],
    ['ArrowLeft', { column: 0, row: 1 }, undefined],
    ['ArrowRight', { column: 2, row: 1 }, undefined],
    ['Enter', { column: 0, row: 0 }, undefined],
    ['J', { column: 0, row: 0 }, undefined],
  ] as const)('%s from %o goes to %o', (key, from, to) => {
    expect(nextSpot(key, from, board)).toEqual(to);
  });

  it('lands on the last card of a column whose stop is past its end', () => {
    expect(
      nextSpot('ArrowRight', { column: 0, row: 0 }, [board[0]!, { count: 2, stop: 5 }]),
    ).toEqual({
      column: 1,
      row: 1,
    });
  });
});
