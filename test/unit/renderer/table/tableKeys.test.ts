import { describe, expect, it } from 'vitest';
import { tableKeyAction, type KeyPress } from '../../../../src/renderer/src/table/tableKeys';

const key = (k: string, mods: Partial<KeyPress> = {}): KeyPress => ({ key: k, ...mods });

describe('tableKeyAction (row 5 of 20 selected, 8 rows a screen)', () => {
  it.each([
    [key('j'), { row: 6 }],
    [key('ArrowDown'), { row: 6 }],
    [key('k'), { row: 4 }],
    [key('ArrowUp'), { row: 4 }],
    [key('PageDown'), { row: 13 }],
    [key('PageUp'), { row: 0 }],
    [key('Home'), { row: 0 }],
    [key('End'), { row: 19 }],
    [key('Enter'), { act: 'open' }],
    [key('e'), { act: 'edit' }],
    [key('J'), undefined],
    [key('x'), undefined],
    [key('j', { ctrlKey: true }), undefined],
    [key('k', { metaKey: true }), undefined],
    [key('e', { altKey: true }), undefined],
  ])('%o → %o', (press, expected) => {
    expect(tableKeyAction(press, 5, 20, 8)).toEqual(expected);
  });

  it.each([
    ['j on the last row', key('j'), 19, 20],
    ['k on the first row', key('k'), 0, 20],
    ['End on the last row', key('End'), 19, 20],
    ['any key in an empty table', key('Enter'), 0, 0],
  ])('does nothing for %s', (_, press, active, total) => {
    expect(tableKeyAction(press, active, total, 8)).toBeUndefined();
  });
});
