import { ApiError } from '../http/apiError';
import { normaliseId } from '../ids';
import { defaultRecordType, type RecordTypeInfo, type Schema } from '../schema/orgSchema';
import type { ObjectDef } from '../schema/types';
import type { SfRecord } from '../store';

/** The values a record type allows for a field: its process's for StageName/Status, else its own list. */
export function allowedValues(type: RecordTypeInfo | undefined, field: string) {
  if (!type) return undefined;
  if (type.processValues?.field === field) return type.processValues.values;
  return type.picklists?.[field];
}

/**
 * Record types on a write, as Salesforce applies them: a new record gets the default record type,
 * a RecordTypeId must be an active one of this object, and a restricted picklist (StageName,
 * Lead Status) must hold a value of the record's process.
 */
export function applyRecordType(
  schema: Schema,
  object: ObjectDef,
  values: Record<string, unknown>,
  existing: SfRecord | undefined,
): void {
  const types = schema.recordTypesOf(object.name);
  if (types.length === 0) return;
  const fallback = defaultRecordType(types);
  if (!existing && values['RecordTypeId'] == null && fallback) values['RecordTypeId'] = fallback.id;
  const id =
    'RecordTypeId' in values ? values['RecordTypeId'] : (existing?.['RecordTypeId'] ?? null);
  const type = types.find((t) => t.id === normaliseId(String(id ?? '')));
  if (id != null && (!type || type.active === false)) {
    throw new ApiError(
      400,
      'INVALID_CROSS_REFERENCE_KEY',
      `Record Type ID: this ID value isn't valid for the user: ${String(id)}`,
      ['RecordTypeId'],
    );
  }
  for (const field of object.fields.filter((f) => f.restrictedPicklist)) {
    if (!(field.name in values) && !('RecordTypeId' in values)) continue;
    const value = field.name in values ? values[field.name] : existing?.[field.name];
    const allowed = allowedValues(type, field.name);
    if (typeof value === 'string' && allowed && !allowed.includes(value)) {
      throw new ApiError(
        400,
        'INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST',
        `${field.label}: bad value for restricted picklist field: ${value}`,
        [field.name],
      );
    }
  }
}
