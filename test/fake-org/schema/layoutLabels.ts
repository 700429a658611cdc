import type { ObjectDef } from './types';

const activity = { OwnerId: 'Assigned To', WhoId: 'Name', WhatId: 'Related To' };

/** Items Salesforce's standard page layouts label otherwise than describe labels the field. */
const standardItems: Record<string, Record<string, string>> = {
  Account: { ParentId: 'Parent Account' },
  Contact: { AccountId: 'Account Name', ReportsToId: 'Reports To' },
  Opportunity: {
    Name: 'Opportunity Name',
    AccountId: 'Account Name',
    ContactId: 'Contact Name',
    CampaignId: 'Primary Campaign Source',
  },
  Task: activity,
  Event: activity,
};

/**
 * A layout item's label as a page layout gives it: a lookup by the record it names ("Account
 * Name", "Opportunity Owner", "Parent Account"), never describe's "… ID"; other fields as
 * describe labels them.
 */
export function layoutLabel(
  object: ObjectDef,
  field: { name: string; label: string; type: string },
): string {
  const standard = standardItems[object.name]?.[field.name];
  if (standard) return standard;
  if (field.name === 'OwnerId') return `${object.label} Owner`;
  if (field.name === 'RecordTypeId') return `${object.label} Record Type`;
  return field.type === 'reference' ? field.label.replace(/ ID$/, '') : field.label;
}
