import { describe, expect, it } from 'vitest';
import type { FieldMeta } from '../../../../src/shared/editing';
import { clockOf } from '../../../../src/renderer/src/edit/meetingTimes';
import { toText, toValue } from '../../../../src/renderer/src/edit/formValues';

const meta = (type: string): FieldMeta => ({
  name: 'F',
  label: 'F',
  type,
  length: 0,
  required: false,
  createable: true,
  updateable: true,
  picklist: [],
});

describe('a form’s values as inputs hold them and as Salesforce takes them', () => {
  it.each([
    { type: 'datetime', stored: '2026-03-02T09:30:00.000+0000', ms: Date.UTC(2026, 2, 2, 9, 30) },
    { type: 'datetime', stored: '2026-12-31T23:45:00.000Z', ms: Date.UTC(2026, 11, 31, 23, 45) },
    { type: 'datetime', stored: '2026-07-01T02:00:00.000+0200', ms: Date.UTC(2026, 6, 1, 0, 0) },
  ])('shows $stored on the rep’s clock and sends the same instant back', ({ type, stored, ms }) => {
    const shown = toText(meta(type), stored);
    expect(shown).toBe(clockOf(ms));
    expect(toValue(meta(type), shown)).toBe(new Date(ms).toISOString());
  });

  it.each([
    { type: 'datetime', value: null, text: '' },
    { type: 'datetime', value: 'not a time', text: 'not a time' },
    { type: 'reference', value: '001000000000001AAA', text: '001000000000001AAA' },
    { type: 'boolean', value: true, text: 'true' },
    { type: 'string', value: undefined, text: '' },
  ])('shows $type $value as "$text"', ({ type, value, text }) => {
    expect(toText(meta(type), value)).toBe(text);
  });

  it.each([
    { type: 'datetime', text: '', value: null },
    { type: 'reference', text: '', value: null },
    { type: 'reference', text: '001000000000001AAA', value: '001000000000001AAA' },
    { type: 'boolean', text: 'false', value: false },
  ])('sends $type "$text" as $value', ({ type, text, value }) => {
    expect(toValue(meta(type), text)).toBe(value);
  });
});
