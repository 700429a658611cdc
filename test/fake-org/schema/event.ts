import { field, lookup, systemFields } from './fields';
import type { ObjectDef } from './types';

/** A calendar Event, queried, written and shared as Task is; its times follow records/eventTimes. */
export const event: ObjectDef = {
  name: 'Event',
  label: 'Event',
  labelPlural: 'Events',
  keyPrefix: '00U',
  fields: [
    ...systemFields({ owner: true, deletable: true }),
    field('Subject', 'Subject', 'string', { nameField: true }),
    field('StartDateTime', 'Start Date Time', 'datetime'),
    field('EndDateTime', 'End Date Time', 'datetime'),
    field('ActivityDateTime', 'Due Date Time', 'datetime'),
    field('ActivityDate', 'Due Date Only', 'date'),
    field('DurationInMinutes', 'Duration', 'int'),
    field('IsAllDayEvent', 'All-Day Event', 'boolean', { defaultedOnCreate: true }),
    field('Location', 'Location', 'string'),
    lookup('WhoId', 'Name ID', ['Contact', 'Lead'], 'Who'),
    lookup('WhatId', 'Related To ID', ['Account', 'Opportunity'], 'What'),
    field('Description', 'Description', 'textarea'),
  ],
  childRelationships: [],
  search: { name: ['Subject'], email: [], phone: [] },
};

/** The child relationship each Who/What parent gets for its Events. */
export const eventsOf = (field: 'WhoId' | 'WhatId') => ({
  childSObject: 'Event',
  field,
  relationshipName: 'Events',
  cascadeDelete: true,
});
