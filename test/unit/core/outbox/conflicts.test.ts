import { describe, expect, it } from 'vitest';
import { mergeFields, sameValue } from '../../../../src/core/outbox/conflicts';
import type { SentValues } from '../../../../src/core/store/outboxStore';

type Values = Record<string, unknown>;
type Case = {
  what: string;
  base: Values;
  mine: Values;
  theirs: Values;
  sent: SentValues;
  merged: { conflicting: string[]; applied: boolean };
};

describe('sameValue', () => {
  it.each([
    { a: null, b: null, same: true },
    { a: null, b: '', same: true },
    { a: undefined, b: null, same: true },
    { a: '', b: undefined, same: true },
    { a: 0, b: null, same: false },
    { a: false, b: null, same: false },
    { a: 'x', b: 'x', same: true },
    { a: 1, b: '1', same: false },
  ])('$a and $b: $same', ({ a, b, same }) => {
    expect(sameValue(a, b)).toBe(same);
  });
});

describe('mergeFields', () => {
  it.each<Case>([
    {
      what: 'only the rep changed the field',
      base: { Amount: 1 },
      mine: { Amount: 2 },
      theirs: { Amount: 1 },
      sent: {},
      merged: { conflicting: [], applied: false },
    },
    {
      what: 'only the server changed another field',
      base: { Amount: 1, StageName: 'A' },
      mine: { Amount: 2 },
      theirs: { Amount: 1, StageName: 'B' },
      sent: {},
      merged: { conflicting: [], applied: false },
    },
    {
      what: 'both changed the field differently',
      base: { Amount: 1 },
      mine: { Amount: 2 },
      theirs: { Amount: 3 },
      sent: {},
      merged: { conflicting: ['Amount'], applied: false },
    },
    {
      what: 'both changed it to the same value',
      base: { Amount: 1 },
      mine: { Amount: 2 },
      theirs: { Amount: 2 },
      sent: {},
      merged: { conflicting: [], applied: true },
    },
    {
      what: 'the server holds an earlier value this outbox sent',
      base: { Amount: 1 },
      mine: { Amount: 3 },
      theirs: { Amount: 2 },
      sent: { Amount: [2] },
      merged: { conflicting: [], applied: false },
    },
    {
      what: 'Salesforce answers null where the form had an empty string',
      base: { NextStep: 'Call' },
      mine: { NextStep: '' },
      theirs: { NextStep: null },
      sent: {},
      merged: { conflicting: [], applied: true },
    },
    {
      what: 'one of two fields conflicts',
      base: { Amount: 1, NextStep: 'a' },
      mine: { Amount: 2, NextStep: 'b' },
      theirs: { Amount: 1, NextStep: 'c' },
      sent: {},
      merged: { conflicting: ['NextStep'], applied: false },
    },
  ])('$what', ({ base, mine, theirs, sent, merged }) => {
    expect(mergeFields(base, mine, theirs, sent)).toEqual(merged);
  });
});
