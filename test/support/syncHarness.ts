import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import type { Connection } from 'jsforce';
import { afterEach } from 'vitest';
import { apiVersion } from '../../src/core/salesforce/apiVersion';
import { openDatabase } from '../../src/core/store/openDatabase';
import { objectSpecs } from '../../src/core/schema/objectSpecs';
import { syncableFields } from '../../src/core/schema/syncableFields';
import { dayWindow } from '../../src/core/sync/objectScope';
import { defaultEventWindow } from '../../src/shared/ipc/syncSettings';
import { parseSfDateTime } from '../../src/core/salesforce/soqlTime';
import { syncOrg, type SyncOptions } from '../../src/core/sync/syncOrg';
import { startFakeOrg, type FakeOrg, type FakeOrgOptions } from '../fake-org';
import { rollupBesideRows } from './pipelineRollup';
import { signIn } from './fakeOrgSignIn';
import { tempDir } from './tempDir';

const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

export type Harness = {
  fake: FakeOrg;
  conn: Connection;
  db: Database.Database;
  file: string;
  sync(extra?: Partial<SyncOptions>): ReturnType<typeof syncOrg>;
};

/** A fake org, a signed-in jsforce connection and an empty cache file. */
export async function syncHarness(options: FakeOrgOptions = {}): Promise<Harness> {
  const fake = await startFakeOrg({ autoApprove: true, ...options });
  cleanups.push(() => fake.stop());
  const conn = await signIn(fake);
  const dir = tempDir('sync');
  const file = path.join(dir, `${fake.orgId}-${fake.userId}.sqlite`);
  const db = openDatabase(file);
  cleanups.push(() => {
    db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });
  return {
    fake,
    conn,
    db,
    file,
    sync: (extra = {}) => syncOrg({ db, conn, apiVersion, userId: fake.userId, ...extra }),
  };
}

/** Every cached row of every synced object, as the server would answer for them. */
export function cachedRecords(
  db: Database.Database,
  object: string,
): Map<string, Record<string, unknown>> {
  const spec = objectSpecs.find((s) => s.name === object)!;
  const rows = db.prepare(`SELECT id, json FROM ${spec.table}`).all() as Array<{
    id: string;
    json: string;
  }>;
  return new Map(rows.map((r) => [r.id, JSON.parse(r.json) as Record<string, unknown>]));
}

/** Whether a record is in its object's sync window around the org's today, as the last sync saw it. */
function inWindow(fake: FakeOrg, windowField: string | undefined, record: Record<string, unknown>) {
  if (!windowField) return true;
  const window = dayWindow(fake.control.state().now, defaultEventWindow);
  const at = parseSfDateTime(String(record[windowField]));
  return at >= window.from && at < window.to;
}

/** What the server holds for the fields Roadbook caches, live rows in scope only. */
export function serverRecords(
  fake: FakeOrg,
  object: string,
  hidden: string[] = [],
): Map<string, Record<string, unknown>> {
  const spec = objectSpecs.find((s) => s.name === object)!;
  const fields = syncableFields(fake.org.store.schema.findObject(object)!.fields, spec)
    .map((f) => f.name)
    .filter((f) => f !== 'IsDeleted' && !hidden.includes(f));
  return new Map(
    fake.control
      .all(object)
      .filter(
        (r) =>
          !r['IsDeleted'] &&
          (!spec.mineOnly || r['OwnerId'] === fake.userId) &&
          inWindow(fake, spec.windowField, r),
      )
      .map((r) => [r.Id, Object.fromEntries(fields.map((f) => [f, r[f] ?? null]))]),
  );
}

export function expectCacheEqualsServer(
  h: Harness,
  expect: (v: unknown) => { toEqual(v: unknown): void },
  hidden: Record<string, string[]> = {},
) {
  for (const spec of objectSpecs) {
    const cached = cachedRecords(h.db, spec.name);
    const server = serverRecords(h.fake, spec.name, hidden[spec.name]);
    expect([...cached.keys()].sort()).toEqual([...server.keys()].sort());
    for (const [id, record] of server) expect(cached.get(id)).toEqual(record);
  }
  const { kept, rows } = rollupBesideRows(h.db);
  expect(kept).toEqual(rows);
}
