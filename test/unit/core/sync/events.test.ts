import fs from 'node:fs';
import Database from 'better-sqlite3';
import { describe, expect, it, onTestFinished } from 'vitest';
import { apiVersion } from '../../../../src/core/salesforce/apiVersion';
import { v006OpportunityRollup } from '../../../../src/core/store/frozenMigrations/v006OpportunityRollup';
import { openDatabase } from '../../../../src/core/store/openDatabase';
import { objectSpecs } from '../../../../src/core/schema/objectSpecs';
import { syncOrg } from '../../../../src/core/sync/syncOrg';
import { expectCacheEqualsServer, syncHarness, type Harness } from '../../../support/syncHarness';

const dayMs = 86_400_000;

/** Takes back what migration 11 added: its tables, the deals' columns, the rollup it rekeyed. */
const withoutV011AndV012 = `
DROP TABLE layout_cache;
DROP TRIGGER opportunity_rollup_insert;
DROP TRIGGER opportunity_rollup_delete;
DROP TRIGGER opportunity_rollup_update;
DROP TABLE opportunity_rollup;
DROP TABLE record_type;
DROP TABLE record_type_picklist;
DROP TABLE currency_type;
DROP TABLE org_metadata_state;
ALTER TABLE sf_opportunity DROP COLUMN record_type_id;
ALTER TABLE sf_opportunity DROP COLUMN currency_iso_code;
${v006OpportunityRollup.slice(v006OpportunityRollup.indexOf('CREATE TABLE opportunity_rollup'))}`;
const cachedEvents = (h: Harness) =>
  h.db.prepare('SELECT id FROM sf_event ORDER BY id').pluck().all() as string[];

/** A timed hour-long Event starting `days` from the org's now. */
function eventIn(h: Harness, days: number, subject: string, owner = h.fake.userId) {
  const start = h.fake.control.state().now + days * dayMs;
  return h.fake.control.create(
    'Event',
    { Subject: subject, StartDateTime: new Date(start).toISOString(), DurationInMinutes: 60 },
    owner,
  ).Id;
}

describe('sync: the rep’s Events', () => {
  it('keeps the rep’s own Events within 30 days back and 90 ahead, and no others', async () => {
    const h = await syncHarness({ dataset: 'tiny' });
    const soon = eventIn(h, 10, 'Site visit');
    const lastMonth = eventIn(h, -20, 'Review');
    const longAgo = eventIn(h, -45, 'Old lunch');
    const farAhead = eventIn(h, 120, 'Next year’s kick-off');
    const someoneElse = h.fake.control.state().users.find((u) => u.id !== h.fake.userId)!.id;
    const theirs = eventIn(h, 1, 'Their demo', someoneElse);
    await h.sync();
    const cached = cachedEvents(h);
    expect(cached).toEqual(expect.arrayContaining([soon, lastMonth]));
    for (const id of [longAgo, farAhead, theirs]) expect(cached).not.toContain(id);
    expectCacheEqualsServer(h, expect);
  });

  it('follows the window as the days pass: an Event it reaches arrives, one it leaves goes', async () => {
    const h = await syncHarness({ dataset: 'tiny' });
    const leaving = eventIn(h, -29.5, 'Leaves the window');
    const arriving = eventIn(h, 92, 'Comes into the window');
    await h.sync();
    expect(cachedEvents(h)).toContain(leaving);
    expect(cachedEvents(h)).not.toContain(arriving);
    h.fake.control.advanceClock(3 * dayMs);
    await h.sync();
    expect(cachedEvents(h)).not.toContain(leaving);
    expect(cachedEvents(h)).toContain(arriving);
    expectCacheEqualsServer(h, expect);
  });

  it('syncs the window the rep chose', async () => {
    const h = await syncHarness({ dataset: 'tiny' });
    const nextWeek = eventIn(h, 7, 'Next week');
    const tomorrow = eventIn(h, 1, 'Tomorrow');
    await h.sync({ eventWindow: { daysBack: 0, daysAhead: 3 } });
    expect(cachedEvents(h)).toContain(tomorrow);
    expect(cachedEvents(h)).not.toContain(nextWeek);
  });

  it('gives a cache made before Events its Events on the next sync, without reloading the rest', async () => {
    const h = await syncHarness({ dataset: 'tiny' });
    const meeting = eventIn(h, 2, 'Meeting');
    // The cache as the version before Events left it: synced without Events, then taken back to
    // version 9: version 14 without what 11 to 14 added and without the Event table (the
    // migration tests hold that).
    h.db.close();
    fs.rmSync(h.file);
    const later = ['Event', 'OpportunityContactRole'];
    const before = objectSpecs.filter((s) => !later.includes(s.name)).map((s) => s.name);
    const seeded = openDatabase(h.file);
    await syncOrg({ db: seeded, conn: h.conn, apiVersion, userId: h.fake.userId, objects: before });
    seeded.close();
    const old = new Database(h.file);
    old.exec('DROP INDEX sf_opportunity_owner_sums');
    old.exec(withoutV011AndV012);
    old.exec('DROP TABLE sf_event');
    old.exec('DROP TABLE sf_opportunity_contact_role');
    old.pragma('user_version = 9');
    old.close();
    h.fake.control.advanceClock(60_000);

    const db = openDatabase(h.file);
    onTestFinished(() => void db.close());
    Object.assign(h, { db });
    const summary = await syncOrg({ db, conn: h.conn, apiVersion, userId: h.fake.userId });
    if (summary.outcome !== 'done') throw new Error(summary.outcome);
    const fetched = Object.fromEntries(summary.objects.map((o) => [o.object, o.fetched]));
    // Version 11 reloads these once, to give them record types and currencies.
    const reloaded = ['User', 'Account', 'Opportunity'];
    for (const object of before.filter((o) => !reloaded.includes(o)))
      expect(fetched[object]).toBe(0);
    expect(fetched['Event']).toBeGreaterThan(0);
    expect(fetched['OpportunityContactRole']).toBeGreaterThan(0);
    expect(cachedEvents(h)).toContain(meeting);
    expectCacheEqualsServer(h, expect);
  });
});
