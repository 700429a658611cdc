import { describe, expect, it } from 'vitest';
import { relatedOf } from '../../../../src/renderer/src/edit/relatedTo';
import type { RecordRow } from '../../../../src/shared/ipc/views';

describe('who and what a call or meeting on a record is about', () => {
  it.each<{ object: string; record: RecordRow; related: Record<string, string> }>([
    {
      object: 'Lead',
      record: { Id: '00Q000000000001AAA' },
      related: { WhoId: '00Q000000000001AAA' },
    },
    {
      object: 'Contact',
      record: { Id: '003000000000001AAA', AccountId: '001000000000001AAA' },
      related: { WhoId: '003000000000001AAA', WhatId: '001000000000001AAA' },
    },
    {
      object: 'Contact',
      record: { Id: '003000000000001AAA', AccountId: null },
      related: { WhoId: '003000000000001AAA' },
    },
    {
      object: 'Opportunity',
      record: { Id: '006000000000001AAA', AccountId: '001000000000001AAA' },
      related: { WhatId: '006000000000001AAA' },
    },
    {
      object: 'Account',
      record: { Id: '001000000000001AAA' },
      related: { WhatId: '001000000000001AAA' },
    },
  ])('a $object gives $related', ({ object, record, related }) => {
    expect(relatedOf(object, record)).toEqual(related);
  });
});
