import fs from 'node:fs';
import type Database from 'better-sqlite3';

/** The pages of one table or index; with keepRoot not its root, so the file still opens. */
export function pagesOf(db: Database.Database, name: string, options: { keepRoot?: boolean } = {}) {
  const root = db.prepare('SELECT rootpage FROM sqlite_master WHERE name = ?').pluck().get(name);
  const pages = (
    db.prepare('SELECT pageno FROM dbstat WHERE name = ?').pluck().all(name) as number[]
  ).filter((page) => !options.keepRoot || page !== root);
  if (!pages.length) throw new Error(`${name} has no pages to damage`);
  return { pageSize: db.pragma('page_size', { simple: true }) as number, pages };
}

/** Zeroes those pages in a cache file, as a failing disk or a filesystem bug might. */
export function zeroPages(file: string, { pageSize, pages }: ReturnType<typeof pagesOf>) {
  const fd = fs.openSync(file, 'r+');
  for (const page of pages)
    fs.writeSync(fd, Buffer.alloc(pageSize), 0, pageSize, (page - 1) * pageSize);
  fs.closeSync(fd);
}
