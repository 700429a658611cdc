import type { Connection } from 'jsforce';
import { afterEach, describe, expect, it } from 'vitest';
import { startFakeOrg, type FakeOrg, type FakeOrgOptions } from '../../fake-org';
import type { SfRecord } from '../../fake-org/store';
import { failure, signIn } from '../../support/fakeOrgSignIn';

let fake: FakeOrg;
let conn: Connection;
afterEach(async () => fake?.stop());

async function start(options: FakeOrgOptions = {}) {
  fake = await startFakeOrg({ autoApprove: true, ...options });
  conn = await signIn(fake);
}

describe('fake org Events', () => {
  it('creates, reads, moves and deletes an Event with the times Salesforce derives', async () => {
    await start();
    const account = fake.control.all('Account')[0]!;
    const { id } = await conn.sobject('Event').create({
      Subject: 'Site visit',
      StartDateTime: '2026-03-02T09:00:00.000Z',
      DurationInMinutes: 60,
      Location: 'Dock 4',
      WhatId: account.Id,
    });
    const read = await conn.query<SfRecord>(
      `SELECT Subject, EndDateTime, ActivityDateTime, ActivityDate, IsAllDayEvent, What.Name, Owner.Name FROM Event WHERE Id = '${id}'`,
    );
    expect(read.records[0]).toMatchObject({
      Subject: 'Site visit',
      EndDateTime: '2026-03-02T10:00:00.000+0000',
      ActivityDateTime: '2026-03-02T09:00:00.000+0000',
      ActivityDate: '2026-03-02',
      IsAllDayEvent: false,
      What: { Name: account['Name'] },
    });
    await conn.sobject('Event').update({ Id: id!, StartDateTime: '2026-03-02T13:30:00Z' });
    expect(fake.control.get('Event', id!)).toMatchObject({
      EndDateTime: '2026-03-02T14:30:00.000+0000',
      DurationInMinutes: 60,
    });
    await conn.sobject('Event').destroy(id!);
    expect(fake.control.get('Event', id!)?.['IsDeleted']).toBe(true);
  });

  it('refuses a timed Event with neither end nor duration', async () => {
    await start();
    const error = await failure(
      conn
        .sobject('Event')
        .create({ Subject: 'Open ended', StartDateTime: '2026-03-02T09:00:00Z' }),
    );
    expect(error).toMatchObject({ errorCode: 'REQUIRED_FIELD_MISSING' });
  });

  it('lists an account’s Events as a child relationship and deletes them with it', async () => {
    await start();
    const account = fake.control.create('Account', { Name: 'Meets a lot' });
    const event = fake.control.create('Event', {
      Subject: 'Kick-off',
      IsAllDayEvent: true,
      ActivityDate: '2026-04-01',
      WhatId: account.Id,
    });
    const result = await conn.query<SfRecord>(
      `SELECT Name, (SELECT Subject, DurationInMinutes FROM Events) FROM Account WHERE Id = '${account.Id}'`,
    );
    expect(result.records[0]!['Events']).toMatchObject({
      totalSize: 1,
      records: [{ Subject: 'Kick-off', DurationInMinutes: 1440 }],
    });
    fake.control.remove('Account', account.Id);
    expect(fake.control.get('Event', event.Id)?.['IsDeleted']).toBe(true);
  });

  it('shares Events as Tasks: private sharing shows a rep only their own', async () => {
    await start({ sharing: 'private' });
    const mine = await conn.query<SfRecord>('SELECT OwnerId FROM Event');
    expect(mine.records.length).toBeGreaterThan(0);
    expect(new Set(mine.records.map((r) => r['OwnerId']))).toEqual(new Set([fake.userId]));
    const others = fake.control.all('Event').filter((e) => e['OwnerId'] !== fake.userId);
    expect(others.length).toBeGreaterThan(0);
    const error = await failure(conn.sobject('Event').update({ Id: others[0]!.Id, Subject: 'x' }));
    expect(error.errorCode).toMatch(/NOT_FOUND|INSUFFICIENT_ACCESS/);
  });

  it('generates meetings in the tiny org between 30 days back and 90 ahead', async () => {
    await start({ now: Date.parse('2026-03-02T12:00:00Z') });
    const events = fake.control.all('Event');
    expect(events).toHaveLength(12);
    for (const e of events) {
      const day = Date.parse(String(e['ActivityDate']));
      expect(day).toBeGreaterThanOrEqual(Date.parse('2026-01-31'));
      expect(day).toBeLessThanOrEqual(Date.parse('2026-05-31'));
      expect(Date.parse(String(e['EndDateTime']).replace('+0000', 'Z'))).toBeGreaterThanOrEqual(
        Date.parse(String(e['StartDateTime']).replace('+0000', 'Z')),
      );
    }
  });
});
