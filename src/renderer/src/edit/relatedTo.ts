import type { RecordRow } from '../../../shared/ipc/views';

export type Related = Record<string, string>;

/**
 * Who and what a task or meeting on this record is about: the person (Name) and the deal or
 * account (Related to); a contact's brings its account along, as Salesforce's own forms do.
 */
export function relatedOf(object: string, record: RecordRow): Related {
  const id = String(record['Id']);
  const accountId = record['AccountId'];
  if (object === 'Lead') return { WhoId: id };
  if (object === 'Contact')
    return { WhoId: id, ...(typeof accountId === 'string' ? { WhatId: accountId } : {}) };
  return { WhatId: id };
}
