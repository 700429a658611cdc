import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { expect } from 'vitest';

/** The one cache in a data folder. */
export function cacheFile(userData: string): string {
  const file = fs.readdirSync(userData).find((f) => f.endsWith('.sqlite'));
  if (!file) throw new Error(`no cache in ${userData}`);
  return path.join(userData, file);
}

/** The cache was closed properly: no WAL left behind, and SQLite finds nothing wrong. */
export function expectClosedAndWhole(userData: string) {
  const file = cacheFile(userData);
  expect(fs.existsSync(`${file}-wal`)).toBe(false);
  const db = new Database(file, { readonly: true });
  try {
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
  } finally {
    db.close();
  }
}
