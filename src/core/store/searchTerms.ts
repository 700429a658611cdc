import Database from 'better-sqlite3';

/** How the search index cuts and folds text. A change needs a migration that rebuilds the index. */
export const searchTokenizer = 'unicode61 remove_diacritics 2';

let splitter: ((text: string) => string[]) | undefined;

/**
 * The words of `text` as the search index's tokenizer cuts and folds them. The index keeps no
 * positions, so each term of a query must be one token, and only SQLite's tokenizer knows where a
 * token ends: its Unicode tables are older than JavaScript's and disagree on thousands of
 * characters (combining marks, symbols, letters added since).
 */
export function searchTerms(text: string): string[] {
  splitter ??= tokenizerOf(searchTokenizer);
  return splitter(text);
}

function tokenizerOf(tokenize: string) {
  const db = new Database(':memory:');
  db.exec(`
CREATE VIRTUAL TABLE words USING fts5(text, tokenize = '${tokenize}');
CREATE VIRTUAL TABLE word_list USING fts5vocab(words, instance);`);
  const put = db.prepare('INSERT INTO words (rowid, text) VALUES (1, ?)');
  const list = db.prepare('SELECT term FROM word_list ORDER BY "offset"').pluck();
  const clear = db.prepare('DELETE FROM words');
  return db.transaction((text: string) => {
    put.run(text);
    const terms = list.all() as string[];
    clear.run();
    return terms;
  });
}
