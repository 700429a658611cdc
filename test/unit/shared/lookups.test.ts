import { describe, expect, it } from 'vitest';
import { lookupLabel, namedObjectOf } from '../../../src/shared/lookups';

describe('lookups as a rep reads them', () => {
  it.each([
    ['Account ID', 'reference', 'Account'],
    ['Owner ID', 'reference', 'Owner'],
    ['Parent Account ID', 'reference', 'Parent Account'],
    ['Partner', 'reference', 'Partner'],
    ['External ID', 'string', 'External ID'],
    ['Account ID Number', 'reference', 'Account ID Number'],
  ])('labels %s (%s) as %s', (label, type, shown) => {
    expect(lookupLabel(label, type)).toBe(shown);
  });

  it.each([
    ['001000000000001AAA', 'Account'],
    ['0030000000000AB', 'Contact'],
    ['005000000000001AAA', 'User'],
    ['006000000000001AAA', 'Opportunity'],
    ['00Q000000000001AAA', 'Lead'],
    ['00G000000000001AAA', null],
    ['localABCDEFGHIJKLM', null],
  ])('knows %s as %s', (id, object) => {
    expect(namedObjectOf(id)).toBe(object);
  });
});
