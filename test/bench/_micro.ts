import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { openDatabase } from '../../src/core/store/openDatabase';
import { recordWriter } from '../../src/core/store/recordWriter';
import { objectSpecs } from '../../src/core/sync/objectSpecs';

const src = new Database(process.argv[2]!, { readonly: true });
const variant = process.argv[3] ?? 'asis';
const data = objectSpecs.map((spec) => ({ spec, rows: (src.prepare(`SELECT json, system_modstamp FROM ${spec.table}`).all() as any[]).map((r) => ({ ...JSON.parse(r.json), SystemModstamp: r.system_modstamp })) }));
const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'rb-micro-')), 'c.sqlite');
const db = openDatabase(file);
if (variant === 'nofts') db.exec('DROP TABLE search_index; CREATE TABLE search_index (rowid INTEGER PRIMARY KEY, object, record_id, title, subtitle, emails, phones)');
if (variant === 'noidx' || variant === 'bare') {
  for (const r of db.prepare(`SELECT name FROM sqlite_master WHERE type='index' AND sql IS NOT NULL AND tbl_name LIKE 'sf_%'`).all() as any[]) db.exec(`DROP INDEX ${r.name}`);
}
if (variant === 'bare') db.exec('DROP TABLE search_index; CREATE TABLE search_index (rowid INTEGER PRIMARY KEY, object, record_id, title, subtitle, emails, phones)');
if (process.env.PRAGMAS) for (const p of process.env.PRAGMAS.split(';')) db.pragma(p);
const t0 = performance.now();
for (const { spec, rows } of data) {
  const w = recordWriter(db, spec);
  const t = performance.now();
  for (let i = 0; i < rows.length; i += 2000) db.transaction(() => { for (const r of rows.slice(i, i + 2000)) w.apply(r, 1); })();
  if (rows.length > 100) console.log(variant, spec.name, rows.length, Math.round(performance.now() - t), 'ms');
}
console.log(variant, 'total', Math.round(performance.now() - t0));
