import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../../src/core/store/openDatabase';
import type { ServerRecord } from '../../../../src/core/salesforce/serverRecord';
import { recordWriter } from '../../../../src/core/store/recordWriter';
import { searchByObject } from '../../../../src/core/store/searchIndex';
import { specFor } from '../../../../src/core/schema/objectSpecs';

const lead = (stamp: string, company: string, extra: Record<string, unknown> = {}) =>
  ({
    Id: '00Q000000000001AAA',
    SystemModstamp: `2026-03-0${stamp}T00:00:00.000+0000`,
    Name: 'Ada Lovelace',
    Company: company,
    Status: 'Open - Not Contacted',
    ...extra,
  }) as ServerRecord;

describe('a first load meeting a record twice', () => {
  const setup = () => {
    const db = openDatabase(':memory:');
    const writer = recordWriter(db, specFor('Lead'));
    const row = () =>
      db.prepare('SELECT company, local_state, server_json FROM sf_lead').all() as Array<{
        company: string;
        local_state: string;
        server_json: string | null;
      }>;
    const found = (text: string) =>
      searchByObject(db, text, 5).flatMap((g) => g.hits.map((h) => h.subtitle));
    return { db, writer, row, found };
  };

  it('keeps the newer version, once, and searches it', () => {
    const { writer, row, found } = setup();
    writer.load(lead('1', 'Analytical Engines'), 1);
    writer.load(lead('2', 'Difference Engines'), 1);
    writer.load(lead('1', 'Analytical Engines'), 1);
    expect(row()).toEqual([
      { company: 'Difference Engines', local_state: 'clean', server_json: null },
    ]);
    expect(found('differ')).toHaveLength(1);
    expect(found('analyt')).toEqual([]);
  });

  it('keeps an edit made here and holds the server version beside it', () => {
    const { db, writer, row } = setup();
    writer.load(lead('1', 'Analytical Engines'), 1);
    db.prepare(`UPDATE sf_lead SET local_state = 'dirty', company = 'Edited here'`).run();
    writer.load(lead('2', 'Difference Engines'), 1);
    expect(row()).toEqual([
      {
        company: 'Edited here',
        local_state: 'dirty',
        server_json: expect.stringContaining('Difference Engines') as string,
      },
    ]);
  });

  it('drops a record deleted on the server and never adds a deleted one', () => {
    const { writer, row, found } = setup();
    writer.load(lead('1', 'Analytical Engines', { IsDeleted: true }), 1);
    expect(row()).toEqual([]);
    writer.load(lead('1', 'Analytical Engines'), 1);
    writer.load(lead('2', 'Analytical Engines', { IsDeleted: true }), 1);
    expect(row()).toEqual([]);
    expect(found('analyt')).toEqual([]);
  });
});

describe('a newer version of a cached record', () => {
  it('takes the fields that changed, keeps the others, and is found by what it says now', () => {
    const db = openDatabase(':memory:');
    const writer = recordWriter(db, specFor('Lead'));
    const row = () =>
      db.prepare('SELECT company, status, is_converted, json FROM sf_lead').get() as {
        company: string | null;
        status: string;
        is_converted: number;
        json: string;
      };
    const found = (text: string) =>
      searchByObject(db, text, 5).flatMap((g) => g.hits.map((h) => h.subtitle));
    writer.load(lead('1', 'Analytical Engines', { IsConverted: false }), 1);
    writer.apply(lead('2', 'Analytical Engines', { Status: 'Working', IsConverted: true }), 2);
    expect(row()).toMatchObject({
      company: 'Analytical Engines',
      status: 'Working',
      is_converted: 1,
    });
    expect(found('analyt')).toEqual(['Analytical Engines']);
    writer.apply(lead('3', 'Difference Engines', { Status: 'Working' }), 3);
    expect(found('differ')).toEqual(['Difference Engines']);
    expect(found('analyt')).toEqual([]);
    writer.apply(lead('4', '', { Status: 'Working', Rating: 'Hot' }), 4);
    expect(row().company).toBeNull();
    expect(JSON.parse(row().json)).toMatchObject({
      Rating: 'Hot',
      SystemModstamp: lead('4', '').SystemModstamp,
    });
    expect(found('differ')).toEqual([]);
    expect(found('ada')).toEqual(['']);
  });
});
