import { describe, expect, it } from 'vitest';
import { rememberedQuestion } from '../../../../src/renderer/src/table/useRememberedQuestion';

const initial = {
  object: 'Contact' as const,
  filter: { owner: 'me' as const },
  sort: { column: 'Name' as const, desc: false },
};
const saved = {
  object: 'Contact',
  filter: { owner: 'all', text: 'ana' },
  sort: { column: 'AccountName', desc: true },
};

describe('rememberedQuestion', () => {
  it.each([
    ['nothing saved', null, initial],
    ['what the rep left', JSON.stringify(saved), saved],
    ['text that is not JSON', '{oops', initial],
    ['another table’s question', JSON.stringify({ ...saved, object: 'Lead' }), initial],
    [
      'a sort that is neither a column nor a field',
      JSON.stringify({ ...saved, sort: { column: 'Fax number', desc: false } }),
      initial,
    ],
    [
      'a filter this build does not know',
      JSON.stringify({ ...saved, filter: { owner: 'all', region: 'EMEA' } }),
      initial,
    ],
  ])('%s', (_what, raw, expected) => {
    expect(rememberedQuestion(raw, initial)).toEqual(expected);
  });
});
