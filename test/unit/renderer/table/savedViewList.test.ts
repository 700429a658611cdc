import { describe, expect, it } from 'vitest';
import type { SavedView } from '../../../../src/shared/ipc/savedViews';
import { renamed, withoutView, withView } from '../../../../src/renderer/src/table/savedViewList';

const view = (name: string, desc = false): SavedView => ({
  name,
  question: { object: 'Lead', filter: {}, sort: { column: 'Name', desc } },
  columns: {},
});
const names = (list: SavedView[]) => list.map((v) => v.name);
const list = [view('Hot'), view('Mine this week')];

describe('saved view lists', () => {
  it.each([
    ['a new name goes last', view('Cold'), ['Hot', 'Mine this week', 'Cold']],
    [
      'a taken name replaces that view in its place',
      view('hot ', true),
      ['hot ', 'Mine this week'],
    ],
  ])('withView: %s', (_, saved, expected) => {
    expect(names(withView(list, saved))).toEqual(expected);
  });

  it('withView keeps the new question under a taken name', () => {
    expect(withView(list, view('Hot', true))[0]?.question.sort.desc).toBe(true);
  });

  it.each([
    ['Hot', 'Warm', ['Warm', 'Mine this week']],
    ['Hot', '  Warm  ', ['Warm', 'Mine this week']],
    ['Hot', 'HOT', ['HOT', 'Mine this week']],
    ['Hot', 'mine this week', ['Hot', 'Mine this week']],
    ['Hot', '   ', ['Hot', 'Mine this week']],
    ['Nowhere', 'Warm', ['Hot', 'Mine this week']],
  ])('renamed(%s → %s)', (from, to, expected) => {
    expect(names(renamed(list, from, to))).toEqual(expected);
  });

  it.each([
    ['Hot', ['Mine this week']],
    ['MINE THIS WEEK', ['Hot']],
    ['Nowhere', ['Hot', 'Mine this week']],
  ])('withoutView(%s)', (name, expected) => {
    expect(names(withoutView(list, name))).toEqual(expected);
  });
});
