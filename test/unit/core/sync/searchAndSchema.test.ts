import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate, migrations, schemaVersion } from '../../../../src/core/store/migrations';
import { openDatabase } from '../../../../src/core/store/openDatabase';
import { searchByObject, toMatchQuery } from '../../../../src/core/store/searchIndex';
import { rollupBesideRows } from '../../../support/pipelineRollup';
import { syncHarness } from './syncHarness';

describe('cache schema', () => {
  it('migrates an empty file to the current version, once', () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'roadbook-schema-')), 'c.sqlite');
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
          `INSERT INTO sf_lead (id, system_modstamp, json, name) VALUES ('00Q000000000001AAA', '2026-01-01T00:00:00.000+0000', '{}', 'Ada')`,
        ).run();
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

  it('refuses a cache written by a newer Roadbook instead of damaging it', () => {
    const db = new Database(':memory:');
    db.pragma(`user_version = ${schemaVersion + 1}`);
    expect(() => migrate(db)).toThrow(/newer Roadbook/);
  });
});

describe('search index', () => {
  it.each([
    ['acme corp', '"acme"* "corp"*'],
    ['"quoted', '"""quoted"*'],
    ['a* OR -b NEAR(c)', '"a*"* "OR"* "-b"* "NEAR(c)"*'],
    ['   ', undefined],
  ])('turns %j into a safe MATCH query', (input, expected) =>
    expect(toMatchQuery(input)).toBe(expected),
  );

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
});
