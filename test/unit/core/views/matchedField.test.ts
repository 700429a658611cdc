import { describe, expect, it } from 'vitest';
import { matchedField, type FoundBy } from '../../../../src/core/views/matchedField';

// The index's tokenizer, near enough for these records: words of letters and digits, folded.
const words = (text: string) =>
  text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

const lead = {
  Name: 'Ana Ruiz',
  Email: 'ana.ruiz@acme.example',
  Phone: '(415) 555-0134',
  MobilePhone: '+1 628 555 0199',
};
const foundBy: FoundBy = { title: ['Name'], emails: ['Email'], phones: ['Phone', 'MobilePhone'] };
// Describe's labels, as an org may have them; a field it does not list reads by its name.
const labels: Record<string, string> = { Email: 'Email', Phone: 'Phone', MobilePhone: 'Mobile' };
const labelOf = (field: string) => labels[field] ?? field;

describe('matchedField', () => {
  it.each([
    ['the name', ['ana'], undefined],
    ['the whole name', ['ana', 'ruiz'], undefined],
    ['the email domain', ['acme'], { label: 'Email', value: lead.Email }],
    ['the name and the email', ['ana', 'acme'], { label: 'Email', value: lead.Email }],
    ['the phone as typed', ['415'], { label: 'Phone', value: lead.Phone }],
    ['the phone by its digits', ['4155550'], { label: 'Phone', value: lead.Phone }],
    ['the mobile', ['628'], { label: 'Mobile', value: lead.MobilePhone }],
    ['nothing it shows', ['zzz'], undefined],
  ])('a search matching %s', (_, terms, expected) => {
    expect(matchedField(lead, foundBy, terms, words, labelOf)).toEqual(expected);
  });

  it('reads a matched field by the label the org gave it', () => {
    const relabelled = (field: string) => (field === 'MobilePhone' ? 'Cell' : field);
    expect(matchedField(lead, foundBy, ['628'], words, relabelled)?.label).toBe('Cell');
  });

  it('skips empty fields and finds the next one that matched', () => {
    expect(
      matchedField({ ...lead, Email: '', Phone: null }, foundBy, ['628'], words, labelOf),
    ).toEqual({
      label: 'Mobile',
      value: lead.MobilePhone,
    });
  });
});
