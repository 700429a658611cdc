import { describe, expect, it } from 'vitest';
import {
  columnFlex,
  defaultVisibility,
  namesFloor,
  narrowest,
  rowWidth,
} from '../../../../src/renderer/src/table/columnFit';

describe('columnFlex: how a column gives and takes width', () => {
  it.each([
    [
      'a text column grows and shrinks to the floor',
      { size: 170, grow: 1, resized: false },
      '1 1 170px',
      narrowest,
    ],
    [
      'an email takes most spare width and gives most back',
      { size: 160, grow: 4, resized: false },
      '4 4 160px',
      narrowest,
    ],
    ['a phone never shrinks', { size: 130, grow: 0, resized: false }, '0 0 130px', 130],
    ['a width the rep chose is kept', { size: 240, grow: 1, resized: true }, '1 0 240px', 240],
    [
      'the column naming the record keeps room for a name',
      { size: 220, grow: 3, resized: false, names: true },
      '3 3 220px',
      namesFloor,
    ],
    [
      'a column narrower than the floor keeps its size',
      { size: 70, grow: 1, resized: false },
      '1 1 70px',
      70,
    ],
  ])('%s', (_, column, flex, minWidth) => {
    expect(columnFlex(column)).toEqual({ flex, minWidth });
  });
});

describe('rowWidth: the table scrolls only once every column is at its floor', () => {
  it.each([
    [
      'text and figures',
      [
        { size: 230, grow: 1, resized: false },
        { size: 130, grow: 0, resized: false },
      ],
      `max(100%, ${narrowest + 130}px)`,
    ],
    ['no columns', [], 'max(100%, 0px)'],
  ])('%s', (_, columns, width) => {
    expect(rowWidth(columns)).toBe(width);
  });
});

describe('defaultVisibility: the columns off until the rep shows them', () => {
  const columns = [{ id: 'Name' }, { id: 'Title', hidden: true }, { id: 'Rating', roomy: true }];
  it.each([
    ['a wide table shows its roomy columns', false, { Title: false }],
    ['a narrow table leaves them in the menu', true, { Title: false, Rating: false }],
  ])('%s', (_, narrow, hidden) => {
    expect(defaultVisibility(columns, narrow)).toEqual(hidden);
  });
});
