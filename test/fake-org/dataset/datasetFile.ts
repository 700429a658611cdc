import fs from 'node:fs';
import { formatDateTime, parseDateTime } from '../clock';
import { deriveEventTimes } from '../records/eventTimes';
import type { CurrencyDef, RecordTypeDef, Schema, SchemaOptions } from '../schema/orgSchema';
import type { createStore } from '../store';

type Rows = Array<Record<string, unknown>>;

/** A dataset file: the org's metadata (see the README) and its records. */
type DatasetFile = SchemaOptions & { records?: Record<string, Rows> };

const order = [
  'User',
  'OpportunityStage',
  'Account',
  'Contact',
  'Opportunity',
  'Lead',
  'Task',
  'Event',
  'OpportunityContactRole',
];

/**
 * Reads a dataset file. Currencies may be given as `currencies` or as `records.CurrencyType`
 * rows, record types as `recordTypes` or `records.RecordType` rows (with `BusinessProcess` naming
 * the process, and `IsDefault`).
 */
export function readDatasetFile(file: string): {
  schema: SchemaOptions;
  records: Record<string, Rows>;
} {
  const data = JSON.parse(fs.readFileSync(file, 'utf8')) as DatasetFile;
  const records = data.records ?? {};
  if ((records['User'] ?? []).length === 0)
    throw new Error(`${file}: records.User needs at least one user (the one who signs in)`);
  const currencies: CurrencyDef[] = [
    ...(data.currencies ?? []),
    ...(records['CurrencyType'] ?? []).map((c) => ({
      isoCode: String(c['IsoCode']),
      conversionRate: Number(c['ConversionRate']),
      isCorporate: c['IsCorporate'] === true,
      isActive: c['IsActive'] !== false,
      ...(typeof c['DecimalPlaces'] === 'number' ? { decimalPlaces: c['DecimalPlaces'] } : {}),
    })),
  ];
  const recordTypes: RecordTypeDef[] = [
    ...(data.recordTypes ?? []),
    ...(records['RecordType'] ?? []).map((t) => ({
      developerName: String(t['DeveloperName']),
      ...(t['Name'] ? { name: String(t['Name']) } : {}),
      object: String(t['SobjectType']),
      ...(t['BusinessProcess'] ? { businessProcess: String(t['BusinessProcess']) } : {}),
      isDefault: t['IsDefault'] === true,
      active: t['IsActive'] !== false,
    })),
  ];
  return {
    schema: {
      businessProcesses: data.businessProcesses,
      recordTypes,
      currencies,
      datedRates: data.datedRates,
      fields: data.fields,
      layouts: data.layouts,
    },
    records,
  };
}

/** Datetimes as Salesforce stores them (UTC, whole seconds); RecordTypeId by developer name. */
function normalise(schema: Schema, type: string, record: Record<string, unknown>) {
  const out = { ...record };
  for (const field of schema.findObject(type)?.fields ?? []) {
    const value = out[field.name];
    if (field.type === 'datetime' && typeof value === 'string')
      out[field.name] = formatDateTime(parseDateTime(value));
  }
  if (type === 'Event') Object.assign(out, deriveEventTimes(out, out));
  const typeName = out['RecordTypeId'];
  if (typeof typeName === 'string' && !typeName.startsWith('012')) {
    const found = schema.recordTypesOf(type).find((t) => t.developerName === typeName);
    if (!found) throw new Error(`${type}: no record type ${typeName}`);
    out['RecordTypeId'] = found.id;
  }
  return out;
}

/** Loads the records (users first), filling in system fields; returns the user ids. */
export function loadDatasetRecords(
  store: ReturnType<typeof createStore>,
  records: Record<string, Rows>,
): string[] {
  const now = formatDateTime(Date.now());
  const userIds: string[] = [];
  for (const type of order) {
    for (const record of records[type] ?? []) {
      const row = store.load(type, {
        CreatedDate: now,
        LastModifiedDate: now,
        SystemModstamp: now,
        ...(type === 'User' || type === 'OpportunityStage' ? {} : { IsDeleted: false }),
        ...normalise(store.schema, type, record),
      });
      if (type === 'User') userIds.push(row.Id);
    }
  }
  return userIds;
}
