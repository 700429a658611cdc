import type Database from 'better-sqlite3';

/** The picklist a business process restricts: a sales process's stages, a lead process's statuses. */
const processField: Readonly<Record<string, string>> = {
  Opportunity: 'StageName',
  Lead: 'Status',
};

/** Salesforce's Master record type: a record without its own type, offered every value. */
const masterRecordTypeId = '012000000000000AAA';

export type PicklistOption = { value: string; label: string };

/**
 * The values a record type offers for a picklist, in the record type's order, from the cached
 * UI API answer; null when the cache knows no narrowing (no record type, Master, an org without
 * record types, or a field the record type does not list), so every active value stands.
 */
export function recordTypeOptions(
  db: Database.Database,
  object: string,
  recordTypeId: string | null | undefined,
  field: string,
): PicklistOption[] | null {
  if (!recordTypeId || recordTypeId.slice(0, 15) === masterRecordTypeId.slice(0, 15)) return null;
  const row = db
    .prepare(
      'SELECT picklist_values FROM record_type_picklist WHERE record_type_id = ? AND object = ? AND field = ?',
    )
    .get(recordTypeId, object, field) as { picklist_values: string } | undefined;
  if (!row) return null;
  const picklist = JSON.parse(row.picklist_values) as { values: PicklistOption[] };
  return picklist.values.map(({ value, label }) => ({ value, label }));
}

/** The values a record type allows for a picklist; null when it allows every active value. */
function allowedValues(
  db: Database.Database,
  object: string,
  recordTypeId: string | null | undefined,
  field: string,
): string[] | null {
  return recordTypeOptions(db, object, recordTypeId, field)?.map((o) => o.value) ?? null;
}

/** The sales or lead process a record type follows, by name; null for none or Master. */
function processOf(db: Database.Database, recordTypeId: string | null | undefined): string | null {
  if (!recordTypeId) return null;
  const row = db.prepare('SELECT process_name FROM record_type WHERE id = ?').get(recordTypeId) as
    { process_name: string | null } | undefined;
  return row?.process_name ?? null;
}

/**
 * Field → message for each restricted picklist value the record's type does not offer: what
 * Salesforce refuses as INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST, caught before anything is queued.
 * `record` is the record as it would be saved (its type may change with the edit).
 */
export function processErrors(
  db: Database.Database,
  object: string,
  record: Record<string, unknown>,
  changed: string[],
): Record<string, string> {
  const field = processField[object];
  if (!field) return {};
  const recordTypeId = record['RecordTypeId'] as string | null | undefined;
  if (!changed.includes(field) && !changed.includes('RecordTypeId')) return {};
  const value = record[field];
  const allowed = allowedValues(db, object, recordTypeId, field);
  if (!allowed || typeof value !== 'string' || value === '' || allowed.includes(value)) return {};
  const process = processOf(db, recordTypeId);
  const kind = object === 'Opportunity' ? 'stage' : 'status';
  return {
    [field]: process
      ? `${value} is not a ${kind} of the ${process} process.`
      : `${value} is not a ${kind} this record's type allows.`,
  };
}
