import { describe, expect, it } from 'vitest';
import { withRecent, type RecentRecord } from '../../../../src/renderer/src/state/recentRecords';

const record = (n: number): RecentRecord => ({ object: 'Lead', id: `id${n}`, name: `Lead ${n}` });
const ids = (list: RecentRecord[]) => list.map((r) => r.id);

describe('recently viewed records', () => {
  it.each([
    { was: [], opened: 1, is: ['id1'] },
    { was: [1, 2], opened: 3, is: ['id3', 'id1', 'id2'] },
    { was: [1, 2, 3], opened: 2, is: ['id2', 'id1', 'id3'] },
    {
      was: [1, 2, 3, 4, 5, 6, 7, 8],
      opened: 9,
      is: ['id9', 'id1', 'id2', 'id3', 'id4', 'id5', 'id6', 'id7'],
    },
  ])('opening $opened after $was keeps $is', ({ was, opened, is }) => {
    expect(ids(withRecent(was.map(record), record(opened)))).toEqual(is);
  });
});
