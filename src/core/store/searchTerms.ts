import type Database from 'better-sqlite3';

/** How the search index cuts and folds text. A change needs a migration that rebuilds the index. */
export const searchTokenizer = 'unicode61 remove_diacritics 2';

const splitters = new WeakMap<Database.Database, (text: string) => string[]>();

/**
 * The words of `text` as the search index's tokenizer cuts and folds them. The index keeps no
 * positions, so each term of a query must be one token, and only SQLite's tokenizer knows where a
 * token ends: its Unicode tables are older than JavaScript's and disagree on thousands of
 * characters (combining marks, symbols, letters added since). It runs in the connection's own
 * temp schema, so it is the SQLite build that connection loaded (the app's is Electron's).
 */
export function searchTerms(db: Database.Database, text: string): string[] {
  let split = splitters.get(db);
  if (!split) {
    split = tokenizerIn(db);
    splitters.set(db, split);
  }
  return split(text);
}

function tokenizerIn(db: Database.Database) {
  db.exec(`
CREATE VIRTUAL TABLE IF NOT EXISTS temp.search_words USING fts5(text, tokenize = '${searchTokenizer}');
CREATE VIRTUAL TABLE IF NOT EXISTS temp.search_word_list USING fts5vocab(temp, search_words, instance);`);
  const put = db.prepare('INSERT INTO temp.search_words (rowid, text) VALUES (1, ?)');
  const list = db.prepare('SELECT term FROM temp.search_word_list ORDER BY "offset"').pluck();
  const clear = db.prepare('DELETE FROM temp.search_words');
  return db.transaction((text: string) => {
    put.run(text);
    const terms = list.all() as string[];
    clear.run();
    return terms;
  });
}
