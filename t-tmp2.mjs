import Database from 'better-sqlite3';
const f = '/tmp/keep/appData0/Roadbook/00D50000000000gEAA-005500000004C93AAE.sqlite';
const nb = process.argv[2];
const db = new Database(f, nb ? { nativeBinding: nb } : {});
for (const p of ['page_size = 8192','journal_mode = WAL','foreign_keys = ON','synchronous = FULL','user_version']) {
  try { console.log(p, db.pragma(p)); } catch (e) { console.log('caught', p, e.code); }
}
