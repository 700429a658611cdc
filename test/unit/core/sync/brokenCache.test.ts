import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { invokeHandler } from '../../../../src/core/ipc/invokeHandler';
import { connectedCore, restartableCore } from '../../../support/connectedCore';
import { pagesOf, zeroPages } from '../../../support/cacheDamage';

const accounts = {
  object: 'Account',
  filter: {},
  sort: { column: 'Name', desc: false },
  offset: 0,
  limit: 500,
} as const;

describe('a cache that cannot be used', () => {
  it('shows a damaged cache to the rep, and Rebuild keeps the waiting changes, which reach Salesforce', async () => {
    const { core, fake, key, dataDir, restart } = await restartableCore({
      dataset: 'tiny',
      autoApprove: true,
    });
    const damage = pagesOf(core.caches.open(key), 'sf_account', { keepRoot: true });
    await core.sync.stop();
    zeroPages(path.join(dataDir, `${key}.sqlite`), damage);

    const restarted = restart();
    expect(await invokeHandler(restarted.handlers, 'records.list', accounts)).toEqual({
      ok: false,
      code: 'CACHE_DAMAGED',
      message: expect.stringContaining('Rebuild it'),
    });
    expect(restarted.sync.status()).toMatchObject({
      state: 'needs-attention',
      cacheProblem: 'CACHE_DAMAGED',
      message: expect.stringContaining('keeps the changes waiting for Salesforce'),
    });

    // A sync says the same, instead of "did not finish" every time it runs.
    const account = fake.control.all('Account')[0]!;
    fake.control.update('Account', account.Id, { Phone: '+1 555 0100' });
    expect(await restarted.sync.syncNow()).toMatchObject({
      state: 'needs-attention',
      cacheProblem: 'CACHE_DAMAGED',
    });

    // The rep keeps working on leads, whose pages are sound.
    const lead = fake.control.all('Lead')[0]!;
    const edit = { object: 'Lead', id: lead.Id, changes: { Title: 'Saved in the damaged cache' } };
    expect(await invokeHandler(restarted.handlers, 'edits.save', edit)).toMatchObject({ ok: true });
    const created = {
      object: 'Lead',
      fields: {
        LastName: 'Created in the damaged cache',
        Company: 'Train Co',
        Status: 'Open - Not Contacted',
      },
    };
    expect(await invokeHandler(restarted.handlers, 'edits.create', created)).toMatchObject({
      ok: true,
    });
    expect(await invokeHandler(restarted.handlers, 'cache.rebuild', {})).toMatchObject({
      ok: true,
      value: { cacheProblem: null, changes: { waiting: 2 } },
    });
    expect(fs.existsSync(path.join(dataDir, `${key}.sqlite.damaged`))).toBe(true);
    const afterRebuild = await restarted.sync.syncNow();
    expect(afterRebuild).toMatchObject({
      state: 'idle',
      changes: { waiting: 0, attention: 0 },
    });
    expect(fake.control.get('Lead', lead.Id)?.['Title']).toBe('Saved in the damaged cache');
    const named = fake.control
      .all('Lead')
      .filter((l) => l['LastName'] === 'Created in the damaged cache');
    expect(named).toHaveLength(1);
    const listed = await invokeHandler(restarted.handlers, 'records.list', accounts);
    expect(listed).toMatchObject({
      ok: true,
      value: { total: fake.control.all('Account').length },
    });
    expect(restarted.caches.open(key).pragma('quick_check', { simple: true })).toBe('ok');
  });

  it('says the disk is full when the cache cannot grow', async () => {
    const { core, key } = await connectedCore({ autoApprove: true });
    const db = core.caches.open(key);
    db.pragma(`max_page_count = ${db.pragma('page_count', { simple: true }) as number}`);
    let answer: Awaited<ReturnType<typeof invokeHandler>> = { ok: true, value: null };
    for (let i = 0; i < 5000 && answer.ok; i++)
      answer = await invokeHandler(core.handlers, 'edits.create', {
        object: 'Lead',
        fields: {
          LastName: `Lead ${i}`,
          Company: 'Filling the disk',
          Status: 'Open - Not Contacted',
        },
      });
    expect(answer).toEqual({
      ok: false,
      code: 'DISK_FULL',
      message: expect.stringContaining('Free some space'),
    });
    expect(core.sync.status()).toMatchObject({ cacheProblem: 'DISK_FULL' });
  });

  it('says a cache problem once, even to a listener that reads the status again', async () => {
    const { core, key, dataDir, restart } = await restartableCore({
      dataset: 'tiny',
      autoApprove: true,
    });
    await core.sync.stop();
    const db = new Database(path.join(dataDir, `${key}.sqlite`));
    db.pragma('user_version = 999');
    db.close();
    const restarted = restart();
    // The tray redraws on every status event, and drawing reads the status.
    const heard: unknown[] = [];
    restarted.events.subscribe((event, payload) => {
      if (event !== 'sync.status') return;
      heard.push(payload);
      restarted.sync.status();
    });
    expect(restarted.sync.status()).toMatchObject({ cacheProblem: 'CACHE_NEWER' });
    expect(restarted.sync.status()).toMatchObject({ cacheProblem: 'CACHE_NEWER' });
    expect(heard).toHaveLength(1);
  });
});
