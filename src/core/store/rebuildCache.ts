import fs from 'node:fs';
import type Database from 'better-sqlite3';
import { objectSpecs } from '../schema/objectSpecs';
import { openDatabase, openSqlite, type OpenOptions } from './openDatabase';
import { recordWriter } from './recordWriter';

type Row = Record<string, unknown>;
type Salvage = {
  outbox: Row[];
  records: Map<string, Row[]>;
  describe: Row[];
  unreadable: string[];
};

const nothing = (): Salvage => ({ outbox: [], records: new Map(), describe: [], unreadable: [] });

/**
 * What is waiting for Salesforce in a damaged cache: every outbox entry and the cached row of
 * each record they change, read row by row through the primary keys so one bad page costs only
 * what it holds; and the fields describe gave (a push names them before the next pull fetches
 * them again). Whatever cannot be read is named in `unreadable`.
 */
function salvage(db: Database.Database): Salvage {
  const found = nothing();
  try {
    found.describe = db.prepare('SELECT * FROM describe_cache').all() as Row[];
  } catch {
    // Only a cost: a push of changes to objects without it waits for the next pull's describe.
  }
  try {
    found.outbox = db.prepare('SELECT * FROM outbox ORDER BY op_id').all() as Row[];
  } catch {
    found.unreadable.push('outbox');
    return found;
  }
  for (const spec of objectSpecs) {
    const ids = new Set(
      found.outbox.filter((op) => op['object'] === spec.name).map((op) => String(op['record_id'])),
    );
    if (!ids.size) continue;
    const rows: Row[] = [];
    for (const id of ids) {
      try {
        const row = db.prepare(`SELECT * FROM ${spec.table} WHERE id = ?`).get(id) as
          Row | undefined;
        if (row) rows.push(row);
      } catch {
        found.unreadable.push(`${spec.name} ${id}`);
      }
    }
    found.records.set(spec.table, rows);
  }
  return found;
}

/** Puts salvaged rows back into a fresh cache, in one transaction, search index included. */
function restore(db: Database.Database, found: Salvage) {
  const insert = (table: string, row: Row) => {
    const columns = (db.pragma(`table_info(${table})`) as Array<{ name: string }>)
      .map((c) => c.name)
      .filter((c) => c in row);
    return db
      .prepare(
        `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`,
      )
      .run(...columns.map((c) => row[c]));
  };
  db.transaction(() => {
    for (const op of found.outbox) insert('outbox', op);
    for (const describe of found.describe) insert('describe_cache', describe);
    for (const spec of objectSpecs) {
      const writer = recordWriter(db, spec);
      for (const row of found.records.get(spec.table) ?? []) {
        const rowid = Number(insert(spec.table, row).lastInsertRowid);
        writer.putFields(rowid, JSON.parse(String(row['json'])) as Row & { Id: string });
      }
    }
  })();
}

export const damagedCopyOf = (file: string) => `${file}.damaged`;

/**
 * Rebuild the cache: copy out what waits for Salesforce, set the damaged file aside (the last
 * one is kept, `<cache>.damaged`, in case something in it is ever needed), make a fresh cache
 * and put the changes back. The next sync downloads the rest. The caller holds the cache lock
 * and has closed its own handle.
 */
export function rebuildCache(
  file: string,
  options: OpenOptions = {},
): { kept: number; unreadable: string[] } {
  let found: Salvage = { ...nothing(), unreadable: ['the cache file'] };
  try {
    const damaged = openSqlite(file, options);
    try {
      found = salvage(damaged);
    } finally {
      damaged.close();
    }
  } catch {
    // Not even a database any more: nothing to copy out.
  }
  for (const suffix of ['', '-wal', '-shm']) {
    fs.rmSync(`${damagedCopyOf(file)}${suffix}`, { force: true });
    if (fs.existsSync(`${file}${suffix}`))
      fs.renameSync(`${file}${suffix}`, `${damagedCopyOf(file)}${suffix}`);
  }
  const fresh = openDatabase(file, options);
  try {
    restore(fresh, found);
  } finally {
    fresh.close();
  }
  return { kept: found.outbox.length, unreadable: found.unreadable };
}
