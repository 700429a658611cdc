import type Database from 'better-sqlite3';
import type { Connection } from 'jsforce';
import { keepRecordTypeInfos, recordTypesLag } from './newRecordTypes';
import type { ObjectSpec } from './objectSpecs';
import { syncableFields } from './syncableFields';

export const describeTtlMs = 24 * 3_600_000;
export type FieldInfo = { name: string; type: string };
/** What describe says about a field, as much as the edit forms need. */
export type DescribedField = FieldInfo & {
  label: string;
  length: number;
  nillable: boolean;
  createable: boolean;
  updateable: boolean;
  defaultedOnCreate: boolean;
  picklist: string[];
  /** Every picklist value in describe's order, inactive ones too: validFor bitmaps index them. */
  picklistValues?: Array<{ value: string; label: string; active: boolean; validFor?: string }>;
  /** A value describe gives for new records: a field's own, else the default picklist value. */
  defaultValue?: string | number | boolean | null;
  controllerName?: string | null;
  dependentPicklist?: boolean;
  inlineHelpText?: string | null;
  calculated?: boolean;
  autoNumber?: boolean;
  htmlFormatted?: boolean;
  /** The objects a lookup may point at (absent in describes cached before lookups were edited). */
  referenceTo?: string[];
};

/**
 * Whether a cached describe holds what this Roadbook reads from it. One an older Roadbook cached
 * (no picklist details, no lookup targets) is asked again at the next sync, not a day later, so
 * its forms and fields catch up at once.
 */
const currentShape = (fields: DescribedField[]) =>
  fields.every(
    (f) =>
      Array.isArray(f.picklistValues) && (f.type !== 'reference' || Array.isArray(f.referenceTo)),
  );

/**
 * The fields to query: every field describe shows this user that Roadbook keeps (see
 * syncableFields), so a field an admin hides does not break sync and one they add arrives.
 * Describe is cached for a day.
 */
export async function visibleFields(
  db: Database.Database,
  conn: Connection,
  spec: ObjectSpec,
  now: number,
  countCall: () => void,
): Promise<FieldInfo[]> {
  const cached = db
    .prepare('SELECT fetched_at, fields FROM describe_cache WHERE object = ?')
    .get(spec.name) as { fetched_at: number; fields: string } | undefined;
  const kept = cached && (JSON.parse(cached.fields) as DescribedField[]);
  let all: DescribedField[];
  if (
    kept &&
    now - cached.fetched_at < describeTtlMs &&
    currentShape(kept) &&
    !recordTypesLag(db, spec.name, kept)
  ) {
    all = kept;
  } else {
    countCall();
    const describe = await conn.sobject(spec.name).describe();
    all = describe.fields.map((f): DescribedField => ({
      name: f.name,
      type: f.type,
      label: f.label,
      length: f.length,
      nillable: f.nillable,
      createable: f.createable,
      updateable: f.updateable,
      defaultedOnCreate: f.defaultedOnCreate,
      picklist: (f.picklistValues ?? []).filter((p) => p.active).map((p) => p.value),
      ...formDetails(f),
    }));
    db.transaction(() => {
      db.prepare(
        'INSERT OR REPLACE INTO describe_cache (object, fetched_at, fields) VALUES (?, ?, ?)',
      ).run(spec.name, now, JSON.stringify(all));
      keepRecordTypeInfos(db, spec.name, describe.recordTypeInfos ?? []);
    })();
  }
  return syncableFields(all, spec);
}

type DescribeField = Awaited<
  ReturnType<ReturnType<Connection['sobject']>['describe']>
>['fields'][number];

/** What forms need beyond the basics: defaults, dependent picklists, help, read-only kinds. */
function formDetails(f: DescribeField): Partial<DescribedField> {
  const values = f.picklistValues ?? [];
  return {
    picklistValues: values.map((p) => ({
      value: p.value,
      label: p.label ?? p.value,
      active: p.active,
      ...(p.validFor ? { validFor: p.validFor } : {}),
    })),
    defaultValue:
      (f.defaultValue as DescribedField['defaultValue']) ??
      values.find((p) => p.active && p.defaultValue)?.value ??
      null,
    controllerName: f.controllerName ?? null,
    dependentPicklist: f.dependentPicklist ?? false,
    inlineHelpText: f.inlineHelpText ?? null,
    calculated: f.calculated,
    autoNumber: f.autoNumber,
    htmlFormatted: f.htmlFormatted,
    ...(f.type === 'reference' ? { referenceTo: f.referenceTo ?? [] } : {}),
  };
}

/** The last describe of an object this cache holds, stale or not: forms work offline. */
export function cachedDescribe(db: Database.Database, object: string): DescribedField[] | null {
  const row = db.prepare('SELECT fields FROM describe_cache WHERE object = ?').get(object) as
    { fields: string } | undefined;
  return row ? (JSON.parse(row.fields) as DescribedField[]) : null;
}
