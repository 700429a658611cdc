import type Database from 'better-sqlite3';

/** One of describe's `recordTypeInfos`, as far as a new record needs it. */
export type RecordTypeInfo = {
  recordTypeId: string;
  name: string;
  available: boolean;
  defaultRecordTypeMapping: boolean;
  master: boolean;
};

export type NewRecordTypes = {
  /** The record types this rep may create, in describe's order; none without record types. */
  recordTypes: Array<{ id: string; name: string }>;
  /** The rep's default among them; null when there are none. */
  defaultId: string | null;
};

/** Describe's record type infos live in sync_meta, one JSON value per object, read whole. */
const keyOf = (object: string) => `record_type_infos:${object}`;

/** Keeps the record types describe offers this rep; call it inside the describe's transaction. */
export function keepRecordTypeInfos(
  db: Database.Database,
  object: string,
  infos: RecordTypeInfo[],
): void {
  const kept = infos.map(({ recordTypeId, name, available, defaultRecordTypeMapping, master }) => ({
    recordTypeId,
    name,
    available,
    defaultRecordTypeMapping,
    master,
  }));
  db.prepare('INSERT OR REPLACE INTO sync_meta (key, value) VALUES (?, ?)').run(
    keyOf(object),
    JSON.stringify(kept),
  );
}

/**
 * Whether the record types this cache keeps for an object lag behind the org: the org uses
 * record types for it (its RecordType rows, read with the org's metadata, or a `RecordTypeId`
 * field in the cached describe) but the kept infos hold none but Master, as a describe taken
 * before the admin added them does, or none at all, as an older Roadbook kept. Describe is then
 * asked again at the next sync rather than a day later, so new records get their type.
 */
export function recordTypesLag(
  db: Database.Database,
  object: string,
  fields: ReadonlyArray<{ name: string }>,
): boolean {
  const row = db.prepare('SELECT value FROM sync_meta WHERE key = ?').get(keyOf(object)) as
    { value: string } | undefined;
  const infos = row ? (JSON.parse(row.value) as RecordTypeInfo[]) : [];
  if (infos.some((t) => !t.master)) return false;
  if (fields.some((f) => f.name === 'RecordTypeId')) return true;
  return (
    db.prepare('SELECT 1 FROM record_type WHERE object = ? AND is_active = 1').get(object) !==
    undefined
  );
}

/**
 * The record types a new record may take, from the last describe cached (forms work offline).
 * Master is left out: a rep with record types of their own is never offered it, and an object
 * without record types has only Master, so nothing to choose.
 */
export function newRecordTypes(db: Database.Database, object: string): NewRecordTypes {
  const row = db.prepare('SELECT value FROM sync_meta WHERE key = ?').get(keyOf(object)) as
    { value: string } | undefined;
  const infos = row ? (JSON.parse(row.value) as RecordTypeInfo[]) : [];
  const offered = infos.filter((t) => t.available && !t.master);
  const preferred = offered.find((t) => t.defaultRecordTypeMapping) ?? offered[0];
  return {
    recordTypes: offered.map((t) => ({ id: t.recordTypeId, name: t.name })),
    defaultId: preferred?.recordTypeId ?? null,
  };
}

const sameId = (a: string, b: string) => a.slice(0, 15) === b.slice(0, 15);

/**
 * The record type a new record is created with: the one chosen, or the rep's default as
 * Salesforce would give it. A chosen type the rep may not create is an error, as Salesforce's.
 */
export function typeForNewRecord(
  db: Database.Database,
  object: string,
  chosen: string | null | undefined,
): { ok: true; id: string | null } | { ok: false; error: string } {
  const { recordTypes, defaultId } = newRecordTypes(db, object);
  if (!chosen) return { ok: true, id: defaultId };
  const found = recordTypes.find((t) => sameId(t.id, chosen));
  return found
    ? { ok: true, id: found.id }
    : { ok: false, error: 'This record type is not one you can create.' };
}
