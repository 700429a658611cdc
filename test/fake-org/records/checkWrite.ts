import { ApiError } from '../http/apiError';
import { normaliseId } from '../ids';
import { findField } from '../schema/objects';
import type { FieldDef, ObjectDef } from '../schema/types';
import type { SfRecord, Store } from '../store';
import { formatDateTime } from '../clock';
import { applyRecordType } from './recordTypeRules';
import { breaks, type ValidationRule } from './rules';

export type WriteCheck = {
  store: Store;
  canSeeField(object: string, field: string): boolean;
  /** False for fields field-level security makes read-only for the writer. */
  canEditField?(object: string, field: string): boolean;
  rules: ValidationRule[];
};

const textTypes = new Set([
  'string',
  'textarea',
  'picklist',
  'multipicklist',
  'email',
  'phone',
  'url',
]);
const numberTypes = new Set(['currency', 'double', 'percent', 'int']);

function jsonError(field: FieldDef, value: unknown): ApiError {
  return new ApiError(
    400,
    'JSON_PARSER_ERROR',
    `Cannot deserialize instance of ${field.type} from ${typeof value === 'string' ? 'VALUE_STRING' : 'VALUE'} value ${String(value)} or request may be missing a required field`,
  );
}

function coerce(check: WriteCheck, field: FieldDef, value: unknown): unknown {
  if (value === null || value === '') return null;
  if (textTypes.has(field.type)) {
    if (typeof value !== 'string') throw jsonError(field, value);
    if (value.length > field.length) {
      throw new ApiError(
        400,
        'STRING_TOO_LONG',
        `${field.label}: data value too large: ${value.slice(0, 40)} (max length=${field.length})`,
        [field.name],
      );
    }
    if (field.type === 'email' && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value)) {
      throw new ApiError(
        400,
        'INVALID_EMAIL_ADDRESS',
        `${field.label}: invalid email address: ${value}`,
        [field.name],
      );
    }
    if (field.restrictedPicklist && !field.picklist?.includes(value)) {
      throw new ApiError(
        400,
        'INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST',
        `${field.label}: bad value for restricted picklist field: ${value}`,
        [field.name],
      );
    }
    return value;
  }
  if (numberTypes.has(field.type)) {
    const n =
      typeof value === 'number'
        ? value
        : typeof value === 'string' && value.trim() !== ''
          ? Number(value)
          : NaN;
    if (!Number.isFinite(n)) throw jsonError(field, value);
    return field.type === 'int' ? Math.trunc(n) : n;
  }
  if (field.type === 'boolean') {
    if (typeof value !== 'boolean') throw jsonError(field, value);
    return value;
  }
  if (field.type === 'date') {
    if (
      typeof value !== 'string' ||
      !/^\d{4}-\d{2}-\d{2}$/.test(value) ||
      Number.isNaN(Date.parse(value))
    )
      throw jsonError(field, value);
    return value;
  }
  if (field.type === 'datetime') {
    const ms =
      typeof value === 'string' ? Date.parse(value.replace(/([+-]\d\d)(\d\d)$/, '$1:$2')) : NaN;
    if (Number.isNaN(ms)) throw jsonError(field, value);
    return formatDateTime(ms);
  }
  if (field.type === 'reference') {
    const id = typeof value === 'string' ? normaliseId(value) : null;
    if (!id)
      throw new ApiError(
        400,
        'MALFORMED_ID',
        `${field.label}: id value of incorrect type: ${String(value)}`,
        [field.name],
      );
    const target = check.store.schema.objectForId(id);
    const found = check.store.find(id);
    if (!target || !field.referenceTo?.includes(target.name) || !found || found.row['IsDeleted']) {
      throw new ApiError(400, 'INVALID_CROSS_REFERENCE_KEY', `invalid cross reference id`, [
        field.name,
      ]);
    }
    return id;
  }
  return value;
}

/**
 * Checks a create or update body the way Salesforce does (unknown and read-only fields, types,
 * lengths, restricted picklists, required fields, validation rules) and returns clean values.
 */
export function checkWrite(
  check: WriteCheck,
  object: ObjectDef,
  body: Record<string, unknown>,
  existing: SfRecord | undefined,
): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  const verb = existing ? 'update' : 'create';
  // Salesforce keeps a converted lead as it was converted; its contact and account carry on.
  if (object.name === 'Lead' && existing?.['IsConverted'] === true)
    throw new ApiError(400, 'CANNOT_UPDATE_CONVERTED_LEAD', 'cannot reference converted lead');
  for (const [key, value] of Object.entries(body)) {
    if (key === 'attributes') continue;
    const field = findField(object, key);
    if (!field || !check.canSeeField(object.name, field.name)) {
      throw new ApiError(
        400,
        'INVALID_FIELD',
        `No such column '${key}' on sobject of type ${object.name}`,
      );
    }
    if (field.name === 'Id') {
      if (existing && normaliseId(String(value)) === existing.Id) continue;
      throw new ApiError(
        400,
        'INVALID_FIELD_FOR_INSERT_UPDATE',
        `Unable to create/update fields: Id. Please check the security settings of this field and verify that it is read/write for your profile or permission set.`,
        ['Id'],
      );
    }
    if (
      (existing ? !field.updateable : !field.createable) ||
      check.canEditField?.(object.name, field.name) === false
    ) {
      throw new ApiError(
        400,
        'INVALID_FIELD_FOR_INSERT_UPDATE',
        `Unable to ${verb} fields: ${field.name}. Please check the security settings of this field and verify that it is read/write for your profile or permission set.`,
        [field.name],
      );
    }
    values[field.name] = coerce(check, field, value);
  }
  const who = values['WhoId'];
  const whoLead =
    typeof who === 'string'
      ? check.store.table('Lead').rows.get(normaliseId(who) ?? who)
      : undefined;
  if (whoLead?.['IsConverted'] === true)
    throw new ApiError(400, 'CANNOT_UPDATE_CONVERTED_LEAD', 'cannot reference converted lead');
  applyRecordType(check.store.schema, object, values, existing);
  const merged = { ...(existing ?? {}), ...values } as SfRecord;
  const missing = object.fields.filter(
    (f) =>
      !f.nillable &&
      f.createable &&
      !f.defaultedOnCreate &&
      (merged[f.name] === null || merged[f.name] === undefined || merged[f.name] === '') &&
      (existing ? f.name in values : true),
  );
  if (missing.length) {
    const names = missing.map((f) => f.name);
    throw new ApiError(
      400,
      'REQUIRED_FIELD_MISSING',
      `Required fields are missing: [${names.join(', ')}]`,
      names,
    );
  }
  for (const rule of check.rules) {
    if (rule.object === object.name && breaks(rule, merged)) {
      throw new ApiError(
        400,
        'FIELD_CUSTOM_VALIDATION_EXCEPTION',
        rule.message,
        rule.errorField ? [rule.errorField] : [],
      );
    }
  }
  return values;
}
