import { describe, expect, it } from 'vitest';
import { listChanges } from '../../../../src/core/outbox/listChanges';
import { createRecord, saveEdit } from '../../../../src/core/outbox/localEdits';
import { syncHarness, type Harness } from '../../../support/syncHarness';

const cachedEvent = (h: Harness, id: string) => {
  const row = h.db
    .prepare('SELECT json, local_state, start_date_time FROM sf_event WHERE id = ?')
    .get(id) as { json: string; local_state: string; start_date_time: string } | undefined;
  return row && { ...(JSON.parse(row.json) as Record<string, unknown>), ...row, json: undefined };
};

async function synced() {
  const h = await syncHarness({ dataset: 'tiny' });
  await h.sync();
  h.fake.control.advanceClock(60_000);
  return h;
}

const dayMs = 86_400_000;
const day = (h: Harness, days: number) =>
  new Date(h.fake.control.state().now + days * dayMs).toISOString().slice(0, 10);

describe('Events created and edited offline', () => {
  it('creates a meeting on an account offline; Salesforce gets its fields and its id replaces the local one', async () => {
    const h = await synced();
    const account = h.db.prepare('SELECT id FROM sf_account LIMIT 1').pluck().get() as string;
    const contact = h.db.prepare('SELECT id FROM sf_contact LIMIT 1').pluck().get() as string;
    const tomorrow = day(h, 1);
    const made = createRecord(
      h.db,
      'Event',
      {
        Subject: 'Site visit',
        StartDateTime: `${tomorrow}T09:00:00Z`,
        EndDateTime: `${tomorrow}T10:30:00Z`,
        Location: 'Dock 4',
        WhatId: account,
        WhoId: contact,
      },
      h.fake.userId,
      Date.now(),
    );
    if (!made.saved) throw new Error(JSON.stringify(made.errors));
    expect(made.id).toMatch(/^local/);
    expect(cachedEvent(h, made.id)).toMatchObject({
      local_state: 'created',
      start_date_time: `${tomorrow}T09:00:00.000+0000`,
      DurationInMinutes: 90,
      ActivityDate: tomorrow,
    });

    await h.sync();
    const server = h.fake.control
      .all('Event')
      .filter((e) => e['Subject'] === 'Site visit' && e['Location'] === 'Dock 4');
    expect(server).toHaveLength(1);
    expect(server[0]).toMatchObject({
      OwnerId: h.fake.userId,
      StartDateTime: `${tomorrow}T09:00:00.000+0000`,
      EndDateTime: `${tomorrow}T10:30:00.000+0000`,
      DurationInMinutes: 90,
      IsAllDayEvent: false,
      WhatId: account,
      WhoId: contact,
    });
    expect(cachedEvent(h, made.id)).toBeUndefined();
    expect(cachedEvent(h, server[0]!.Id)).toMatchObject({
      local_state: 'clean',
      Subject: 'Site visit',
    });
    expect(listChanges(h.db)).toEqual([]);
  });

  it('creates an all-day event from its dates', async () => {
    const h = await synced();
    const made = createRecord(
      h.db,
      'Event',
      {
        Subject: 'Trade fair',
        IsAllDayEvent: true,
        StartDateTime: day(h, 3),
        EndDateTime: day(h, 4),
      },
      h.fake.userId,
      Date.now(),
    );
    expect(made.saved).toBe(true);
    await h.sync();
    const fair = h.fake.control.all('Event').find((e) => e['Subject'] === 'Trade fair');
    expect(fair).toMatchObject({
      IsAllDayEvent: true,
      ActivityDate: day(h, 3),
      DurationInMinutes: 2 * 24 * 60,
    });
  });

  it('sends an edit: a meeting moved later keeps its length in Salesforce and here', async () => {
    const h = await synced();
    const event = h.db
      .prepare(`SELECT id, json FROM sf_event WHERE is_all_day_event = 0 LIMIT 1`)
      .get() as { id: string; json: string };
    const before = JSON.parse(event.json) as { StartDateTime: string; DurationInMinutes: number };
    const later = new Date(Date.parse(before.StartDateTime.replace('+0000', 'Z')) + 2 * 3_600_000);
    const moved = saveEdit(
      h.db,
      'Event',
      event.id,
      { StartDateTime: later.toISOString(), Location: 'Room 2' },
      Date.now(),
    );
    expect(moved).toEqual({ saved: true, id: event.id });
    const end = new Date(later.getTime() + before.DurationInMinutes * 60_000)
      .toISOString()
      .replace('Z', '+0000');
    expect(cachedEvent(h, event.id)).toMatchObject({ EndDateTime: end, local_state: 'updated' });
    await h.sync();
    expect(h.fake.control.get('Event', event.id)).toMatchObject({
      StartDateTime: later.toISOString().replace('Z', '+0000'),
      EndDateTime: end,
      Location: 'Room 2',
    });
    expect(cachedEvent(h, event.id)).toMatchObject({ EndDateTime: end, local_state: 'clean' });
  });

  it('refuses an event without a subject or ending before it starts, and queues nothing', async () => {
    const h = await synced();
    const tomorrow = day(h, 1);
    expect(
      createRecord(
        h.db,
        'Event',
        {
          Subject: '',
          StartDateTime: `${tomorrow}T10:00:00Z`,
          EndDateTime: `${tomorrow}T09:00:00Z`,
        },
        h.fake.userId,
        Date.now(),
      ),
    ).toEqual({ saved: false, errors: { Subject: 'Subject is required.' } });
    expect(
      createRecord(
        h.db,
        'Event',
        {
          Subject: 'Backwards',
          StartDateTime: `${tomorrow}T10:00:00Z`,
          EndDateTime: `${tomorrow}T09:00:00Z`,
        },
        h.fake.userId,
        Date.now(),
      ),
    ).toEqual({ saved: false, errors: { EndDateTime: 'End must not be before Start.' } });
    expect(listChanges(h.db)).toEqual([]);
  });
});
