import Database from 'better-sqlite3';
const src = new Database(process.argv[2]!, { readonly: true });
const rows = src.prepare('SELECT rowid, object, record_id, title, subtitle, emails, phones FROM search_index').all() as any[];
const variants: Record<string, string> = {
  automerge0: "object UNINDEXED, record_id UNINDEXED, title, subtitle, emails, phones, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'",
  current: "object UNINDEXED, record_id UNINDEXED, title, subtitle, emails, phones, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'",
  noprefix: "object UNINDEXED, record_id UNINDEXED, title, subtitle, emails, phones, tokenize = 'unicode61 remove_diacritics 2'",
  prefix2: "object UNINDEXED, record_id UNINDEXED, title, subtitle, emails, phones, tokenize = 'unicode61 remove_diacritics 2', prefix = '2'",
  colsize0: "object UNINDEXED, record_id UNINDEXED, title, subtitle, emails, phones, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3', columnsize = 0",
  contentless: "title, subtitle, emails, phones, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3', content = '', contentless_delete = 1",
  detailcol: "object UNINDEXED, record_id UNINDEXED, title, subtitle, emails, phones, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3', detail = column",
};
for (const [name, def] of Object.entries(variants)) {
  const db = new Database(`/tmp/prof/fts-${name}.sqlite`); db.pragma('journal_mode = WAL'); db.pragma('synchronous = NORMAL');
  db.exec(`DROP TABLE IF EXISTS s; CREATE VIRTUAL TABLE s USING fts5(${def})`);
  const cl = name === 'contentless';
  if (name === 'automerge0') db.exec("INSERT INTO s(s, rank) VALUES('automerge', 0)");
  const ins = db.prepare(cl ? 'INSERT INTO s (rowid, title, subtitle, emails, phones) VALUES (?,?,?,?,?)' : 'INSERT INTO s (rowid, object, record_id, title, subtitle, emails, phones) VALUES (?,?,?,?,?,?,?)');
  const t = performance.now();
  for (let i = 0; i < rows.length; i += 2000) db.transaction(() => { for (const r of rows.slice(i, i + 2000)) cl ? ins.run(r.rowid, r.title, r.subtitle, r.emails, r.phones) : ins.run(r.rowid, r.object, r.record_id, r.title, r.subtitle, r.emails, r.phones); })();
  if (name === 'automerge0') { db.exec("INSERT INTO s(s, rank) VALUES('automerge', 4)"); db.exec("INSERT INTO s(s, rank) VALUES('merge', 500)"); }
  const ms = performance.now() - t;
  const q = db.prepare(`SELECT rowid FROM s WHERE s MATCH ? LIMIT 8`);
  const qt = performance.now(); for (let i = 0; i < 200; i++) q.all(['"ac"*', '"mar"*', '"s"*', '"glo"* "ste"*'][i % 4]); 
  console.log(name, rows.length, Math.round(ms), 'ms insert;', ((performance.now() - qt) / 200).toFixed(2), 'ms/query');
  db.close();
}
