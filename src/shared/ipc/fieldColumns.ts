import { z } from 'zod';
import { isRealDay } from '../periods';

/** A Salesforce field's API name: letters, digits and underscores (`Region__c`). */
export const fieldName = z.string().regex(/^[A-Za-z][A-Za-z0-9_]{0,79}$/, 'not a field name');

/**
 * A condition on any synced field, by its type: picklist and text values (`values`, '' for
 * blank), words in text (`text`), a number range (`min`, `max`), a day range (`from`, `to`),
 * a checkbox (`is`).
 */
const fieldFilter = z
  .object({
    field: fieldName,
    values: z.array(z.string().max(255)).max(100).optional(),
    text: z.string().max(200).optional(),
    min: z.number().finite().optional(),
    max: z.number().finite().optional(),
    from: z.string().refine(isRealDay, 'not a YYYY-MM-DD date').optional(),
    to: z.string().refine(isRealDay, 'not a YYYY-MM-DD date').optional(),
    is: z.boolean().optional(),
  })
  .strict();
export type FieldFilter = z.infer<typeof fieldFilter>;
export const fieldFilters = z.array(fieldFilter).max(20);

/** The fields of an object the cache holds, as the rep knows them. */
export const syncedFieldsOutput = z.object({
  fields: z.array(
    z.object({
      name: z.string(),
      label: z.string(),
      type: z.string(),
      /** A picklist's active values, in the org's order. */
      picklist: z.array(z.string()),
    }),
  ),
});
export type SyncedField = z.infer<typeof syncedFieldsOutput>['fields'][number];
