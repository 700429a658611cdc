import type Database from 'better-sqlite3';
import { objectSpecs, type ObjectSpec } from '../schema/objectSpecs';
import { searchTerms } from './searchTerms';

/** The FTS rowid packs the object's position and the row's rowid, so updates find it directly. */
export const ftsSlot = (spec: ObjectSpec) => objectSpecs.indexOf(spec);
export const ftsRowid = (spec: ObjectSpec, rowid: number | bigint) =>
  BigInt(rowid) * 8n + BigInt(ftsSlot(spec));

const join = (record: Record<string, unknown>, fields: string[]) =>
  fields
    .map((f) => record[f])
    .filter((v) => v !== null && v !== undefined && v !== '')
    .join(' ');

/** Phone numbers are searched by their digits as well as as typed. */
const phones = (record: Record<string, unknown>, fields: string[]) =>
  fields
    .map((f) => record[f])
    .filter((v): v is string => typeof v === 'string' && v !== '')
    .map((v) => `${v} ${v.replace(/\D/g, '')}`)
    .join(' ');

export function searchStatements(db: Database.Database) {
  const remove = db.prepare('DELETE FROM search_index WHERE rowid = ?');
  const insert = db.prepare(
    'INSERT INTO search_index (rowid, title, subtitle, emails, phones) VALUES (?, ?, ?, ?, ?)',
  );
  return {
    /** `fresh`: the row was just inserted, so there is no old entry to remove. */
    put(spec: ObjectSpec, rowid: number | bigint, record: Record<string, unknown>, fresh = false) {
      if (!spec.search) return;
      const key = ftsRowid(spec, rowid);
      if (!fresh) remove.run(key);
      const s = spec.search;
      insert.run(
        key,
        join(record, s.title),
        join(record, s.subtitle),
        join(record, s.emails),
        phones(record, s.phones),
      );
    },
    remove(spec: ObjectSpec, rowid: number | bigint) {
      if (spec.search) remove.run(ftsRowid(spec, rowid));
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

/**
 * Type-ahead search, the first matches of each object. No rank ordering: ranking scores every
 * match, which for a two-letter prefix over a million rows takes far longer than a keystroke may.
 */
export function searchByObject(
  db: Database.Database,
  input: string,
  perObject: number,
): Array<{ object: string; hits: SearchHit[] }> {
  const match = toMatchQuery(db, input);
  if (!match) return [];
  return objectSpecs.flatMap((spec) => {
    const fields = spec.search;
    if (!fields) return [];
    // The index holds no text: the hits are read from their rows, as the rep last saw them.
    const rows = db
      .prepare(
        `SELECT t.id, t.json FROM search_index JOIN ${spec.table} t ON t.rowid = search_index.rowid / 8
         WHERE search_index MATCH ? AND search_index.rowid % 8 = ? LIMIT ?`,
      )
      .all(match, ftsSlot(spec), perObject) as Array<{ id: string; json: string }>;
    const hits = rows.map(({ id, json }): SearchHit => {
      const record = JSON.parse(json) as Record<string, unknown>;
      return { id, title: join(record, fields.title), subtitle: join(record, fields.subtitle) };
    });
    return hits.length > 0 ? [{ object: spec.name, hits }] : [];
  });
}
