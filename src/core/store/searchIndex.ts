import type Database from 'better-sqlite3';
import { searchIdStride, searchSlot } from '../schema/searchObjectOrder';
import { cachedDescribe } from '../schema/fieldList';
import { objectSpecs, type ObjectSpec, type SearchFields } from '../schema/objectSpecs';
import { deferredMarker } from './deferredIndexes';
import { fillCovers, phoneText, searchFillSql } from './searchFill';
import { searchTerms } from './searchTerms';

/** The FTS rowid packs the object's slot and the row's rowid, so updates find it directly. */
export const ftsSlot = (spec: ObjectSpec) => searchSlot(spec.name);
export const ftsRowid = (spec: ObjectSpec, rowid: number | bigint) =>
  BigInt(rowid) * BigInt(searchIdStride) + BigInt(ftsSlot(spec));

const join = (record: Record<string, unknown>, fields: string[], between = ' ') =>
  fields
    .map((f) => record[f])
    .filter((v) => v !== null && v !== undefined && v !== '')
    .join(between);

/**
 * The strings of `fields`, as the bulk fill reads them (searchFill.ts). Every searched field is
 * text in Salesforce; a value of another type would be written by SQL's rules there and by
 * JavaScript's here, so neither keeps one.
 */
const strings = (record: Record<string, unknown>, fields: string[]) =>
  fields
    .map((f) => record[f])
    .filter((v) => typeof v === 'string' && v !== '')
    .join(' ');

/** Phone numbers are searched by their digits as well as as typed. */
const phones = (record: Record<string, unknown>, fields: string[]) =>
  fields
    .map((f) => phoneText(record[f]))
    .filter((v) => v !== null)
    .join(' ');

/** The four texts the index keeps of a record. */
const entryOf = (s: SearchFields, record: Record<string, unknown>) => [
  strings(record, s.title),
  strings(record, s.subtitle),
  strings(record, s.emails),
  phones(record, s.phones),
];

/**
 * The fields a record is found by: its spec's, and the org's own email and phone fields (custom
 * ones, from the cached describe), so a match in one of those comes up and says so.
 */
export function searchFields(db: Database.Database, spec: ObjectSpec): SearchFields | undefined {
  if (!spec.search) return undefined;
  const custom = (type: string) =>
    (cachedDescribe(db, spec.name) ?? [])
      .filter((f) => f.type === type && f.name.endsWith('__c'))
      .map((f) => f.name);
  return {
    ...spec.search,
    emails: [...spec.search.emails, ...custom('email')],
    phones: [...spec.search.phones, ...custom('phone')],
  };
}

/**
 * The statement that fills the object's search entries after a first load (undefined when the
 * object is not searched), to keep last in the table's deferred-index list (deferredIndexes.ts).
 */
export function searchFillFor(db: Database.Database, spec: ObjectSpec): string | undefined {
  const fields = searchFields(db, spec);
  return fields && searchFillSql(spec, fields, ftsSlot(spec));
}

/**
 * `filledLater`: the writer of a first load whose search entries are written in one pass when it
 * ends (searchFillFor). Any other writer leaves alone a row whose fill is still to come: the fill
 * reads each row as it is then, and an entry written before it would be there twice.
 */
export function searchStatements(db: Database.Database, filledLater = false) {
  const remove = db.prepare('DELETE FROM search_index WHERE rowid = ?');
  const insert = db.prepare(
    'INSERT INTO search_index (rowid, title, subtitle, emails, phones) VALUES (?, ?, ?, ?, ?)',
  );
  const deferred = db.prepare('SELECT value FROM sync_meta WHERE key = ?').pluck();
  /** A fill still to run writes this row's entry: only while its table loads. */
  const fillPending = (spec: ObjectSpec, rowid: number | bigint) => {
    const list = deferred.get(deferredMarker(spec.table)) as string | undefined;
    return (
      list !== undefined && (JSON.parse(list) as string[]).some((sql) => fillCovers(sql, rowid))
    );
  };
  // Read once per writer, at its first record: a sync reads describe before it writes records.
  const fieldsOf = new Map<string, SearchFields | undefined>();
  const fieldsFor = (spec: ObjectSpec, rowid: number | bigint) => {
    if (filledLater) return undefined;
    if (!fieldsOf.has(spec.name)) fieldsOf.set(spec.name, searchFields(db, spec));
    const fields = fieldsOf.get(spec.name);
    return fields && !fillPending(spec, rowid) ? fields : undefined;
  };
  return {
    /** `fresh`: the row was just inserted, so there is no old entry to remove. */
    put(spec: ObjectSpec, rowid: number | bigint, record: Record<string, unknown>, fresh = false) {
      const s = fieldsFor(spec, rowid);
      if (!s) return;
      const key = ftsRowid(spec, rowid);
      if (!fresh) remove.run(key);
      insert.run(key, ...entryOf(s, record));
    },
    /**
     * A record saved again: its entry is rewritten only when a searched field changed. Most saves
     * change other fields, and an entry replaced costs the index a deletion mark and a new one.
     */
    change(
      spec: ObjectSpec,
      rowid: number | bigint,
      before: Record<string, unknown>,
      after: Record<string, unknown>,
    ) {
      const s = fieldsFor(spec, rowid);
      if (!s) return;
      const old = entryOf(s, before);
      const now = entryOf(s, after);
      if (now.some((text, i) => text !== old[i])) this.put(spec, rowid, after);
    },
    remove(spec: ObjectSpec, rowid: number | bigint) {
      if (fieldsFor(spec, rowid)) remove.run(ftsRowid(spec, rowid));
    },
  };
}

/**
 * Turns what a rep typed into an FTS5 query: every word, as the index's tokenizer cuts it, a
 * quoted prefix term, so operators, '*', '-' and unbalanced quotes in the input are just text.
 * "o'brien" becomes two terms, o* and brien*, both required.
 */
export function toMatchQuery(db: Database.Database, input: string): string | undefined {
  const terms = searchTerms(db, input.normalize('NFKC')).slice(0, 12);
  if (terms.length === 0) return undefined;
  return terms.map((term) => `"${term.replaceAll('"', '""')}"*`).join(' ');
}

export type SearchHit = { id: string; title: string; subtitle: string };

/** The title and subtitle a hit shows, from its record. */
export const hitOf = (
  spec: ObjectSpec,
  id: string,
  record: Record<string, unknown>,
): SearchHit => ({
  id,
  title: join(record, spec.search?.title ?? []),
  // "Sydney · Healthcare": two facts, not one phrase.
  subtitle: join(record, spec.search?.subtitle ?? [], ' · '),
});

export type MatchedRows = {
  spec: ObjectSpec;
  rows: Array<{ id: string; record: Record<string, unknown> }>;
};

/**
 * Type-ahead search, the first matches of each object, with their records. No rank ordering:
 * ranking scores every match, which for a two-letter prefix over a million rows takes far longer
 * than a keystroke may. An object's index ids lie between those of its first and last rows: an
 * object with few rows reads only the matches in that span, not every match of the prefix (at 1M
 * records an object with no rows, Events in an org that syncs none, cost a keystroke 2–8 ms).
 */
export function searchRows(db: Database.Database, input: string, perObject: number): MatchedRows[] {
  const match = toMatchQuery(db, input);
  if (!match) return [];
  return objectSpecs.flatMap((spec) => {
    if (!spec.search) return [];
    // Two subqueries: SQLite reads each end of the rowid tree, where one MIN with a MAX scans.
    const span = db
      .prepare(
        `SELECT (SELECT rowid FROM ${spec.table} ORDER BY rowid LIMIT 1) AS first,
                (SELECT rowid FROM ${spec.table} ORDER BY rowid DESC LIMIT 1) AS last`,
      )
      .get() as { first: number | null; last: number | null };
    if (span.first === null || span.last === null) return [];
    // The index holds no text: the hits are read from their rows, as the rep last saw them.
    const rows = db
      .prepare(
        `SELECT t.id, t.json FROM search_index
         JOIN ${spec.table} t ON t.rowid = search_index.rowid / ${searchIdStride}
         WHERE search_index MATCH ? AND search_index.rowid BETWEEN ? AND ?
           AND search_index.rowid % ${searchIdStride} = ? LIMIT ?`,
      )
      .all(
        match,
        ftsRowid(spec, span.first),
        ftsRowid(spec, span.last),
        ftsSlot(spec),
        perObject,
      ) as Array<{ id: string; json: string }>;
    return rows.length > 0
      ? [
          {
            spec,
            rows: rows.map(({ id, json }) => ({
              id,
              record: JSON.parse(json) as Record<string, unknown>,
            })),
          },
        ]
      : [];
  });
}

/**
 * Every match of one object, a page at a time, and how many there are: "Show all results".
 * Pages follow the index's order, so a page asked again holds the same records.
 */
export function searchObjectPage(
  db: Database.Database,
  input: string,
  spec: ObjectSpec,
  offset: number,
  limit: number,
): { total: number; rows: MatchedRows['rows'] } {
  const match = toMatchQuery(db, input);
  if (!match || !spec.search) return { total: 0, rows: [] };
  const where = `search_index MATCH ? AND search_index.rowid % ${searchIdStride} = ?`;
  const { total } = db
    .prepare(`SELECT count(*) AS total FROM search_index WHERE ${where}`)
    .get(match, ftsSlot(spec)) as { total: number };
  const rows = db
    .prepare(
      `SELECT t.id, t.json FROM search_index
       JOIN ${spec.table} t ON t.rowid = search_index.rowid / ${searchIdStride}
       WHERE ${where} ORDER BY search_index.rowid LIMIT ? OFFSET ?`,
    )
    .all(match, ftsSlot(spec), limit, offset) as Array<{ id: string; json: string }>;
  return {
    total,
    rows: rows.map(({ id, json }) => ({ id, record: JSON.parse(json) as Record<string, unknown> })),
  };
}

/** The first matches of each object, as title and subtitle. */
export function searchByObject(
  db: Database.Database,
  input: string,
  perObject: number,
): Array<{ object: string; hits: SearchHit[] }> {
  return searchRows(db, input, perObject).map(({ spec, rows }) => ({
    object: spec.name,
    hits: rows.map(({ id, record }) => hitOf(spec, id, record)),
  }));
}
