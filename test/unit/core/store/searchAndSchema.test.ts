import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate, migrations, schemaVersion } from '../../../../src/core/store/migrations';
import { openDatabase } from '../../../../src/core/store/openDatabase';
import { recordWriter } from '../../../../src/core/store/recordWriter';
import { ftsRowid, searchByObject, toMatchQuery } from '../../../../src/core/store/searchIndex';
import { specFor } from '../../../../src/core/schema/objectSpecs';
import { rollupBesideRows } from '../../../support/pipelineRollup';
import { syncHarness } from '../../../support/syncHarness';
import { tempDir } from '../../../support/tempDir';

describe('cache schema', () => {
  it('migrates an empty file to the current version, once', () => {
    const file = path.join(tempDir('schema'), 'c.sqlite');
    const db = openDatabase(file);
    expect(db.pragma('user_version', { simple: true })).toBe(schemaVersion);
    db.prepare(`INSERT INTO sync_state (object, cursor) VALUES ('Lead', 'x')`).run();
    db.close();
    const again = openDatabase(file);
    expect(again.prepare('SELECT cursor FROM sync_state').get()).toEqual({ cursor: 'x' });
    again.close();
  });

  it.each(Array.from({ length: schemaVersion }, (_, v) => v))(
    'brings a cache at version %i to the current schema, keeping what it held',
    (version) => {
      const db = new Database(':memory:');
      migrations.slice(0, version).forEach((step, i) => {
        step(db);
        db.pragma(`user_version = ${i + 1}`);
      });
      if (version > 0) {
        db.prepare(
          `INSERT INTO sf_lead (id, system_modstamp, json, name) VALUES ('00Q000000000001AAA', '2026-01-01T00:00:00.000+0000', ?, 'Ada')`,
        ).run(JSON.stringify({ Name: 'Ada Lovelace', Company: 'Analytical Engines' }));
        // Migration 7 left the index only the searched columns.
        db.prepare(
          version < 7
            ? `INSERT INTO search_index (rowid, object, record_id, title, subtitle, emails, phones)
               VALUES (?, 'Lead', '00Q000000000001AAA', 'Ada Lovelace', 'Analytical Engines', '', '')`
            : `INSERT INTO search_index (rowid, title, subtitle, emails, phones)
               VALUES (?, 'Ada Lovelace', 'Analytical Engines', '', '')`,
        ).run(ftsRowid(specFor('Lead'), 1));
        db.prepare(`INSERT INTO sync_state (object, cursor) VALUES ('Lead', 'c')`).run();
        const deal = db.prepare(
          `INSERT INTO sf_opportunity (id, system_modstamp, json, stage_name, amount, probability, close_date, is_closed, is_won)
           VALUES (?, '2026-01-01T00:00:00.000+0000', '{}', ?, ?, 40, ?, ?, 0)`,
        );
        deal.run('006000000000001AAA', 'Prospecting', 1000, '2026-03-01', 0);
        deal.run('006000000000002AAA', 'Prospecting', 500, '2026-03-09', 0);
        deal.run('006000000000003AAA', 'Closed Lost', null, null, 1);
      }
      migrate(db);
      expect(db.pragma('user_version', { simple: true })).toBe(schemaVersion);
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      if (version > 0) {
        expect(db.prepare('SELECT name FROM sf_lead').pluck().get()).toBe('Ada');
        expect(searchByObject(db, 'analyt lov', 5)).toEqual([
          {
            object: 'Lead',
            hits: [
              { id: '00Q000000000001AAA', title: 'Ada Lovelace', subtitle: 'Analytical Engines' },
            ],
          },
        ]);
        const { kept, rows } = rollupBesideRows(db);
        expect(kept).toHaveLength(3);
        expect(kept).toEqual(rows);
        expect(db.prepare('SELECT cursor, scope FROM sync_state').get()).toEqual({
          cursor: 'c',
          // Migration 4 marks what earlier versions synced as "all"; later, a sync records it.
          scope: version < 4 ? 'all' : null,
        });
      }
    },
  );

  it('opens a cache written with 4 KB pages before new caches took 8 KB ones', () => {
    const file = path.join(tempDir('schema'), 'c.sqlite');
    const old = new Database(file);
    old.pragma('page_size = 4096');
    old.pragma('journal_mode = WAL');
    migrations.slice(0, 6).forEach((step, i) => {
      step(old);
      old.pragma(`user_version = ${i + 1}`);
    });
    old
      .prepare(
        `INSERT INTO sf_lead (id, system_modstamp, json, name) VALUES ('00Q000000000001AAA', '', '{}', 'Ada')`,
      )
      .run();
    old.close();
    const db = openDatabase(file);
    expect(db.pragma('page_size', { simple: true })).toBe(4096);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.prepare('SELECT name FROM sf_lead').pluck().all()).toEqual(['Ada']);
    db.close();
  });

  it('refuses a cache written by a newer Roadbook instead of damaging it', () => {
    const db = new Database(':memory:');
    db.pragma(`user_version = ${schemaVersion + 1}`);
    expect(() => migrate(db)).toThrow(/newer Roadbook/);
  });
});

describe('search index', () => {
  const db = openDatabase(':memory:');

  it.each([
    ['acme corp', '"acme"* "corp"*'],
    ['"quoted', '"quoted"*'],
    ['a* OR -b NEAR(c)', '"a"* "or"* "b"* "near"* "c"*'],
    ["O'Brien, Müller", '"o"* "brien"* "muller"*'],
    ['+1 (415) 555-12', '"1"* "415"* "555"* "12"*'],
    ['   ', undefined],
    ['-- ** ""', undefined],
  ])('turns %j into a safe MATCH query', (input, expected) =>
    expect(toMatchQuery(db, input)).toBe(expected),
  );

  it('takes any character a rep can type without an error from the index', () => {
    const match = db.prepare('SELECT rowid FROM search_index WHERE search_index MATCH ?');
    const failures: string[] = [];
    // Every BMP code point, and a spread of the rest, between letters: SQLite's tokenizer and
    // JavaScript's Unicode tables disagree about thousands of them.
    for (let c = 0; c <= 0x10ffff; c += c < 0x10000 ? 1 : 97) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const text = `a${String.fromCodePoint(c)}b`;
      const query = toMatchQuery(db, text);
      try {
        if (query) match.all(query);
      } catch {
        failures.push(c.toString(16));
      }
    }
    expect(failures).toEqual([]);
  });

  it('finds synced records by name, email and phone prefix, and survives hostile input', async () => {
    const h = await syncHarness({ dataset: 'tiny' });
    await h.sync();
    const contact = h.fake.control.all('Contact')[0]!;
    const contactIds = (text: string) =>
      searchByObject(h.db, text, 50)
        .filter((g) => g.object === 'Contact')
        .flatMap((g) => g.hits.map((hit) => hit.id));
    expect(contactIds(String(contact['LastName']).slice(0, 3))).toContain(contact.Id);
    expect(contactIds(String(contact['Email']))).toContain(contact.Id);
    const digits = String(contact['Phone']).replace(/\D/g, '');
    expect(contactIds(digits.slice(0, 6))).toContain(contact.Id);
    const odd = h.fake.control.all('Contact')[1]!;
    // A decomposed "ễ" (as macOS file names and some imports write it) and a script whose vowel
    // signs are combining marks.
    h.fake.control.update('Contact', odd.Id, {
      FirstName: 'हिन्दी',
      LastName: 'Nguye\u0302\u0303n',
    });
    await h.sync();
    expect(contactIds('nguyen')).toContain(odd.Id);
    expect(contactIds('Nguyễn')).toContain(odd.Id);
    expect(contactIds('हिन्दी ngu')).toContain(odd.Id);
    for (const hostile of [
      '"',
      '*',
      '-',
      'AND OR NOT',
      '株式会社',
      "'; DROP TABLE sf_contact; --",
      '\u0000',
      'x'.repeat(5000),
    ]) {
      expect(() => searchByObject(h.db, hostile, 10)).not.toThrow();
    }
    expect(h.db.prepare('SELECT COUNT(*) AS n FROM sf_contact').get()).toEqual({
      n: h.fake.control.all('Contact').length,
    });
  });

  it('finds the few records of a small object among many matches of a big one', () => {
    const cache = openDatabase(':memory:');
    const leads = recordWriter(cache, specFor('Lead'));
    const events = recordWriter(cache, specFor('Event'));
    const stamp = '2026-03-01T00:00:00.000+0000';
    for (let i = 0; i < 300; i++)
      leads.load(
        { Id: `00Q${String(i).padStart(15, '0')}`, SystemModstamp: stamp, Name: `Sandra ${i}` },
        1,
      );
    for (const [i, subject] of ['Budget review', 'Sandbox demo', 'Sandwich lunch'].entries())
      events.load(
        { Id: `00U${String(i).padStart(15, '0')}`, SystemModstamp: stamp, Subject: subject },
        1,
      );
    const found = Object.fromEntries(
      searchByObject(cache, 'sand', 5).map((group) => [
        group.object,
        group.hits.map((hit) => hit.title),
      ]),
    );
    expect(found).toEqual({
      Lead: ['Sandra 0', 'Sandra 1', 'Sandra 2', 'Sandra 3', 'Sandra 4'],
      Event: ['Sandbox demo', 'Sandwich lunch'],
    });
    cache.close();
  });
});
