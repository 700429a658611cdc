import { field, lookup, picklist, systemFields } from './fields';
import type { ObjectDef } from './types';

/** Salesforce's standard Role values, in their order. */
export const contactRoles = [
  'Business User',
  'Decision Maker',
  'Economic Buyer',
  'Economic Decision Maker',
  'Evaluator',
  'Executive Sponsor',
  'Influencer',
  'Technical Buyer',
  'Other',
];

/**
 * The role a contact plays on a deal (00K). It has no owner: who may see a role is who may see
 * its opportunity (canSeeRow), and it goes with either parent when that is deleted.
 */
export const opportunityContactRole: ObjectDef = {
  name: 'OpportunityContactRole',
  label: 'Contact Role',
  labelPlural: 'Contact Roles',
  keyPrefix: '00K',
  fields: [
    ...systemFields({ owner: false, deletable: true }),
    lookup('OpportunityId', 'Opportunity ID', ['Opportunity'], 'Opportunity', {
      nillable: false,
      updateable: false,
    }),
    lookup('ContactId', 'Contact ID', ['Contact'], 'Contact', { nillable: false }),
    picklist('Role', 'Role', contactRoles),
    field('IsPrimary', 'Primary', 'boolean', { defaultedOnCreate: true, defaultValue: false }),
  ],
  childRelationships: [],
  search: { name: [], email: [], phone: [] },
};

/** The child relationship each parent gets for its roles; deleting the parent deletes them. */
export const contactRolesOf = (parent: 'OpportunityId' | 'ContactId') => ({
  childSObject: 'OpportunityContactRole',
  field: parent,
  relationshipName: 'OpportunityContactRoles',
  cascadeDelete: true,
});
