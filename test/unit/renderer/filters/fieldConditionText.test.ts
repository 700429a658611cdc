import { describe, expect, it } from 'vitest';
import type { FieldFilter, SyncedField } from '../../../../src/shared/ipc/fieldColumns';
import {
  conditionKind,
  conditionText,
  isActive,
} from '../../../../src/renderer/src/filters/fieldConditionText';

const field = (type: string, label = 'Region'): SyncedField => ({
  name: 'X__c',
  label,
  type,
  picklist: [],
});
const on = (change: Partial<FieldFilter>): FieldFilter => ({ field: 'X__c', ...change });

describe('field conditions in the rep’s words', () => {
  it.each<[string, string]>([
    ['picklist', 'choice'],
    ['multipicklist', 'choice'],
    ['boolean', 'yes-no'],
    ['currency', 'range'],
    ['percent', 'range'],
    ['date', 'days'],
    ['datetime', 'days'],
    ['string', 'words'],
    ['email', 'words'],
  ])('a %s field takes a %s condition', (type, kind) => expect(conditionKind(type)).toBe(kind));

  it.each<[SyncedField, FieldFilter, string]>([
    [field('picklist'), on({ values: ['EMEA', ''] }), 'Region: EMEA, (none)'],
    [field('boolean', 'Strategic'), on({ is: true }), 'Strategic: Yes'],
    [field('double', 'Score'), on({ min: 5, max: 20 }), 'Score: 5 to 20'],
    [field('double', 'Score'), on({ min: 5 }), 'Score: from 5'],
    [field('string', 'Code'), on({ text: ' CMP ' }), 'Code: contains “CMP”'],
    [field('date', 'Since'), on({ to: '2026-03-02' }), 'Since: up to Mar 2, 2026'],
  ])('%j with %j reads %j', (f, condition, expected) =>
    expect(conditionText(f, condition)).toBe(expected),
  );

  it.each<[FieldFilter, boolean]>([
    [on({}), false],
    [on({ values: [] }), false],
    [on({ text: '  ' }), false],
    [on({ is: false }), true],
    [on({ min: 0 }), true],
    [on({ values: [''] }), true],
  ])('%j narrows the table: %s', (condition, active) => expect(isActive(condition)).toBe(active));
});
