import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { searchTerms } from '../../../../src/core/store/searchTerms';

const db = new Database(':memory:');
afterAll(() => db.close());

describe('searchTerms', () => {
  it.each([
    { text: 'Acme Corp', terms: ['acme', 'corp'] },
    { text: 'Zoë Müller-Lüdenscheidt', terms: ['zoe', 'muller', 'ludenscheidt'] },
    { text: 'o’brien@example.com', terms: ['o', 'brien', 'example', 'com'] },
    { text: '  ', terms: [] },
    { text: 'Deal 2026 Q1', terms: ['deal', '2026', 'q1'] },
  ])('$text → $terms', ({ text, terms }) => {
    expect(searchTerms(db, text)).toEqual(terms);
  });
});
