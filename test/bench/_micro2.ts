import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { openDatabase } from '../../src/core/store/openDatabase';
import { recordWriter } from '../../src/core/store/recordWriter';
import { searchStatements } from '../../src/core/store/searchIndex';
import { objectSpecs } from '../../src/core/sync/objectSpecs';

const src = new Database(process.argv[2]!, { readonly: true });
const data = objectSpecs.map((spec) => ({ spec, rows: (src.prepare(`SELECT json, system_modstamp FROM ${spec.table}`).all() as any[]).map((r) => ({ ...JSON.parse(r.json), SystemModstamp: r.system_modstamp })) }));
const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'rb-micro-')), 'c.sqlite');
const db = openDatabase(file);
const idx = db.prepare(`SELECT name, sql, tbl_name FROM sqlite_master WHERE type='index' AND sql IS NOT NULL AND tbl_name LIKE 'sf_%'`).all() as any[];
for (const r of idx) db.exec(`DROP INDEX ${r.name}`);
const t0 = performance.now();
const search = searchStatements(db);
for (const { spec, rows } of data) {
  const w = recordWriter(db, { ...spec, search: undefined });
  const t = performance.now();
  const put = search.put; (search as any).put = () => {};
  for (let i = 0; i < rows.length; i += 2000) db.transaction(() => { for (const r of rows.slice(i, i + 2000)) w.apply(r, 1); })();
  const t1 = performance.now();
  db.transaction(() => { for (const r of idx.filter((x) => x.tbl_name === spec.table)) db.exec(r.sql); })();
  const t2 = performance.now();
  const s2 = searchStatements(db);
  const iter = db.prepare(`SELECT rowid, id, json FROM ${spec.table}`);
  const all = iter.all() as any[];
  db.transaction(() => { for (const r of all) s2.put(spec, r.rowid, r.id, JSON.parse(r.json), true); })();
  const t3 = performance.now();
  if (rows.length > 100) console.log(spec.name, Math.round(t1 - t), Math.round(t2 - t1), Math.round(t3 - t2));
}
console.log('total', Math.round(performance.now() - t0));
