import path from 'node:path';
import type Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { ServerRecord } from '../../../../src/core/salesforce/serverRecord';
import { specFor } from '../../../../src/core/schema/objectSpecs';
import { deferIndexes, restoreIndexes } from '../../../../src/core/store/deferredIndexes';
import { openDatabase } from '../../../../src/core/store/openDatabase';
import { recordWriter } from '../../../../src/core/store/recordWriter';
import { phoneText, searchFillFunctions } from '../../../../src/core/store/searchFill';
import { searchByObject, searchFillFor } from '../../../../src/core/store/searchIndex';
import { tablesLoading } from '../../../../src/core/store/tablesLoading';
import { tempDir } from '../../../support/tempDir';

const hostile: Array<Record<string, unknown>> = [
  { Name: 'Zoë Müller-Lüdenscheidt', Company: 'Café “Crème” & Co', City: 'Zürich' },
  {
    Name: 'O\'Brien "the rock" Ståhl',
    Email: 'o’brien+tag@example.com',
    Phone: '+1 (415) 555-0100',
  },
  { Name: '🦄 Unicorn 👩‍👩‍👧 Family', Company: '東京 株式会社', MobilePhone: '☎ ٠١٢٣ 12' },
  { Name: 'x'.repeat(20_000), Company: `${'long '.repeat(3000)}end`, Phone: '9'.repeat(5000) },
  { Name: '', Company: null, City: '   ', Email: '', Phone: '' },
  { Name: 'Tab\tNew\nLine\u0000Nul', Company: 'ＡＢＣ ﬁne ǅ', Custom_Email__c: 'side@x.org' },
  { Name: 'Lone \ud800 surrogate', Company: 'back\\slash "quoted"', Custom_Phone__c: '0049 30 1' },
  { Name: 42, Company: true, City: { nested: 'object' }, Phone: 5550100, Email: ['a@b.c'] },
  { Company: 'only a company' },
];

const leads = hostile.map(
  (fields, i) =>
    ({
      Id: `00Q${String(i).padStart(15, '0')}`,
      SystemModstamp: '2026-03-01T00:00:00.000+0000',
      ...fields,
    }) as ServerRecord,
);

/** The org's own email and phone fields on Lead, as describe says. */
function describeCustomFields(db: Database.Database) {
  db.prepare('INSERT INTO describe_cache (object, fetched_at, fields) VALUES (?, ?, ?)').run(
    'Lead',
    '2026-03-01T00:00:00.000Z',
    JSON.stringify([
      { name: 'Custom_Email__c', label: 'Other email', type: 'email' },
      { name: 'Custom_Phone__c', label: 'Other phone', type: 'phone' },
    ]),
  );
}

/** Every term of the index with the entry that holds it. */
function terms(db: Database.Database): string[] {
  db.exec(
    'CREATE VIRTUAL TABLE IF NOT EXISTS temp.search_vocab USING fts5vocab(main, search_index, instance)',
  );
  return (
    db.prepare('SELECT term, doc FROM temp.search_vocab ORDER BY term, doc').raw().all() as Array<
      [string, number]
    >
  ).map(([term, doc]) => `${doc} ${term}`);
}

function rowByRow() {
  const db = openDatabase(':memory:');
  describeCustomFields(db);
  const writer = recordWriter(db, specFor('Lead'));
  for (const lead of leads) writer.load(lead, 1);
  return db;
}

/** A first load as pullObject runs it: search entries filled when the indexes are built. */
function deferredLoad(file = ':memory:') {
  const db = openDatabase(file);
  describeCustomFields(db);
  const spec = specFor('Lead');
  deferIndexes(db, spec.table, searchFillFor(db, spec));
  const writer = recordWriter(db, spec, true);
  db.transaction(() => leads.forEach((lead) => writer.load(lead, 1)))();
  return db;
}

describe('search entries filled after a first load', () => {
  it('hold the same terms as entries written row by row, whatever the text', async () => {
    const byRow = rowByRow();
    const filled = deferredLoad();
    // Slices of two rows: the last holds one.
    await restoreIndexes(filled, 'sf_lead', 2);
    const expected = terms(byRow);
    expect(expected.length).toBeGreaterThan(40);
    expect(terms(filled)).toEqual(expected);
    expect(searchByObject(filled, 'side', 5)).toEqual(searchByObject(byRow, 'side', 5));
    byRow.close();
    filled.close();
  });

  it('are written before the table stops loading, and not before', async () => {
    const db = deferredLoad();
    expect(searchByObject(db, 'zurich', 5)).toEqual([]);
    await restoreIndexes(db, 'sf_lead');
    expect(searchByObject(db, 'zurich', 5)).toMatchObject([
      { object: 'Lead', hits: [{ title: 'Zoë Müller-Lüdenscheidt' }] },
    ]);
    db.close();
  });

  it('take in what the rep changed during the load, once', async () => {
    const db = deferredLoad();
    // The window's own writer, as an edit during the load uses it.
    const edits = recordWriter(db, specFor('Lead'));
    const rowid = db.prepare(`SELECT rowid FROM sf_lead WHERE id = ?`).pluck().get(leads[0]!.Id);
    edits.putFields(rowid as number, { ...leads[0]!, Company: 'Babbage Engines' });
    edits.createLocal({ Id: 'local-1', Name: 'Grace Hopper' }, ['Name']);
    await restoreIndexes(db, 'sf_lead');
    const titles = (text: string) =>
      searchByObject(db, text, 5).flatMap((group) => group.hits.map((hit) => hit.title));
    expect(titles('babbage')).toEqual(['Zoë Müller-Lüdenscheidt']);
    expect(titles('cafe')).toEqual([]);
    expect(titles('grace')).toEqual(['Grace Hopper']);
    db.close();
  });
});

describe('search entries filled a slice at a time', () => {
  it('take in an edit made between two slices, once', async () => {
    const db = deferredLoad();
    const edits = recordWriter(db, specFor('Lead'));
    const rowidOf = (id: string) =>
      db.prepare('SELECT rowid FROM sf_lead WHERE id = ?').pluck().get(id) as number;
    const filledRows = () =>
      new Set(terms(db).map((entry) => Math.floor(Number(entry.split(' ')[0]) / 8)));
    const [first, last] = [leads[0]!, leads.at(-1)!];
    const restored = restoreIndexes(db, 'sf_lead', 2);
    while (!filledRows().has(rowidOf(first.Id)))
      await new Promise((resolve) => setImmediate(resolve));
    expect(filledRows().has(rowidOf(last.Id))).toBe(false);
    edits.putFields(rowidOf(first.Id), { ...first, Name: 'Ada Lovelace' });
    edits.putFields(rowidOf(last.Id), {
      ...last,
      Name: 'Charles Babbage',
      Company: 'Analytical Engines',
    });
    edits.createLocal({ Id: 'local-2', Name: 'Grace Hopper' }, ['Name']);
    await restored;
    const titles = (text: string) =>
      searchByObject(db, text, 5).flatMap((group) => group.hits.map((hit) => hit.title));
    expect(titles('lovelace')).toEqual(['Ada Lovelace']);
    expect(titles('zoe')).toEqual([]);
    expect(titles('analytical')).toEqual(['Charles Babbage']);
    expect(titles('only')).toEqual([]);
    expect(titles('grace')).toEqual(['Grace Hopper']);
    db.close();
  });
});

describe('a first load stopped before its search entries are all written', () => {
  const expected = () => {
    const byRow = rowByRow();
    const all = terms(byRow);
    byRow.close();
    return all;
  };

  it('ends with every entry at the next open, when stopped before the fill', () => {
    const file = path.join(tempDir('search-fill'), 'cache.sqlite');
    deferredLoad(file).close();
    const reopened = openDatabase(file);
    expect(tablesLoading(reopened)).toEqual(new Set());
    expect(terms(reopened)).toEqual(expected());
    reopened.close();
  });

  it('ends with every entry at the next open, when stopped during the fill', async () => {
    const file = path.join(tempDir('search-fill'), 'cache.sqlite');
    const db = deferredLoad(file);
    let phones = 0;
    searchFillFunctions(db);
    // Cut short partway through the table, as a kill would: its transaction is never committed.
    db.function('search_phone', (value: unknown) => {
      if (++phones === 3) throw new Error('killed');
      return phoneText(value);
    });
    await expect(restoreIndexes(db, 'sf_lead')).rejects.toThrow('killed');
    expect(tablesLoading(db)).toEqual(new Set(['sf_lead']));
    expect(terms(db)).toEqual([]);
    db.close();
    const reopened = openDatabase(file);
    expect(tablesLoading(reopened)).toEqual(new Set());
    expect(terms(reopened)).toEqual(expected());
    reopened.close();
  });
});
