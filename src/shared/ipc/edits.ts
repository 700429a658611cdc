import { z } from 'zod';
import { creatableObjects, editableObjects } from '../editing';
import { fieldName } from './fieldColumns';
import { lookupObject } from './lookups';
import { salesforceId } from './views';

/** Offline edits, creates and the queue of changes waiting for Salesforce. */

const fieldValue = z.union([z.string().max(32_000), z.number().finite(), z.boolean(), z.null()]);
const fieldValues = z
  .record(fieldName, fieldValue)
  .refine((values) => Object.keys(values).length > 0, 'nothing to save')
  .refine((values) => Object.keys(values).length <= 40, 'too many fields');

export const formInput = z
  .object({ object: z.enum(editableObjects), recordTypeId: salesforceId.nullable().optional() })
  .strict();
const fieldMeta = z.object({
  name: z.string(),
  label: z.string(),
  type: z.string(),
  length: z.number(),
  required: z.boolean(),
  createable: z.boolean(),
  updateable: z.boolean(),
  picklist: z.array(z.string()),
  picklistLabels: z.record(z.string(), z.string()).optional(),
  defaultValue: fieldValue.optional(),
  helpText: z.string().optional(),
  lookupTo: lookupObject.optional(),
  dependsOn: z
    .object({ field: z.string(), allowed: z.record(z.string(), z.array(z.string())) })
    .optional(),
});
/** A section of the record's page layout: its lines, each a label over one field or several. */
const formSection = z.object({
  heading: z.string(),
  items: z.array(
    z.object({
      label: z.string(),
      fields: z.array(z.string()),
      required: z.boolean(),
      editable: z.boolean(),
      /** Whether a new record's form asks for it (the layout's editableForNew). */
      creatable: z.boolean(),
    }),
  ),
});
export type FormSection = z.infer<typeof formSection>;
export const formOutput = z.object({
  fields: z.array(fieldMeta),
  sections: z.array(formSection).nullable(),
  /** The currency a new record gets in a multi-currency org: the rep's own. Null in one. */
  newRecordCurrency: z.string().nullable(),
});

export const saveInput = z
  .object({ object: z.enum(editableObjects), id: salesforceId, changes: fieldValues })
  .strict();
export const createInput = z
  .object({
    object: z.enum(creatableObjects),
    fields: fieldValues,
    /** The record type chosen; absent, the rep's default. */
    recordTypeId: salesforceId.nullable().optional(),
  })
  .strict();
export const recordTypesInput = z.object({ object: z.enum(creatableObjects) }).strict();
/** The record types the rep may create, and which one Salesforce gives by default. */
export const recordTypesOutput = z.object({
  recordTypes: z.array(z.object({ id: z.string(), name: z.string() })),
  defaultId: z.string().nullable(),
});
/** Saved locally (and queued), or refused with a message per field. */
export const saveOutput = z.discriminatedUnion('saved', [
  z.object({ saved: z.literal(true), id: z.string() }),
  z.object({ saved: z.literal(false), errors: z.record(z.string(), z.string()) }),
]);
export type SaveOutput = z.infer<typeof saveOutput>;

/** A value as the rep knows it: a lookup also carries its record's name (null: not here). */
const shownValue = z.object({ value: fieldValue, name: z.string().nullable().optional() });
export type ShownValue = z.infer<typeof shownValue>;

/** One changed field: its label and describe type, before the rep's edit (null: new) and after. */
const changeLine = z.object({
  field: z.string(),
  label: z.string(),
  type: z.string(),
  before: shownValue.nullable(),
  after: shownValue,
});
export type ChangeLine = z.infer<typeof changeLine>;

const fieldConflict = z.object({
  field: z.string(),
  label: z.string(),
  type: z.string(),
  mine: shownValue,
  theirs: shownValue,
});
/** Who changed the record in Salesforce (a user's name, null when not on this computer) and when. */
const conflictWho = z.object({ by: z.string().nullable(), at: z.string().nullable() });
export type ConflictWho = z.infer<typeof conflictWho>;
const conflict = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('fields'), fields: z.array(fieldConflict) }).merge(conflictWho),
  z.object({ kind: z.literal('deleted') }),
]);
export type Conflict = z.infer<typeof conflict>;

const changeStatus = z.enum(['waiting', 'sending', 'failed', 'conflict']);
const outboxEntry = z.object({
  opId: z.number(),
  object: z.string(),
  recordId: z.string(),
  recordName: z.string(),
  op: z.enum(['create', 'update']),
  fields: z.record(z.string(), fieldValue),
  lines: z.array(changeLine),
  /** The record's own currency, when the org has several; null: the org's. */
  currency: z.string().nullable(),
  /** The currency of the version the change was made on (a change may set another). */
  currencyBefore: z.string().nullable(),
  status: changeStatus,
  attempts: z.number(),
  nextAttemptAt: z.number().nullable(),
  /** Salesforce's message for a refused change. */
  error: z.string().nullable(),
  conflict: conflict.nullable(),
  createdAt: z.number(),
});
export type OutboxEntry = z.infer<typeof outboxEntry>;
export const outboxOutput = z.object({ changes: z.array(outboxEntry) });

export const byOp = z.object({ opId: z.number().int().positive() }).strict();
export const resolveInput = z
  .object({
    opId: z.number().int().positive(),
    choices: z.record(fieldName, z.enum(['mine', 'theirs'])),
  })
  .strict();

/** A record's unsent changes, shown in its panel. */
export const localState = z.object({
  state: z.enum(['clean', 'created', 'updated']),
  pendingFields: z.array(z.string()),
  change: outboxEntry.nullable(),
});
export type LocalState = z.infer<typeof localState>;
