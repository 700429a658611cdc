import { describe, expect, it } from 'vitest';
import { deferIndexes } from '../../../../src/core/store/deferredIndexes';
import { openDatabase } from '../../../../src/core/store/openDatabase';
import { pauseRollup, rollupPaused } from '../../../../src/core/store/opportunityRollup';
import { objectSpecs } from '../../../../src/core/schema/objectSpecs';
import { rollupBesideRows } from '../../../support/pipelineRollup';
import { expectCacheEqualsServer, syncHarness, type Harness } from '../../../support/syncHarness';

const liveLeadCount = (h: Harness) =>
  h.fake.control.all('Lead').filter((l) => !l['IsDeleted']).length;

const tableCounts = (h: Harness) =>
  objectSpecs.map((spec) => h.db.prepare(`SELECT COUNT(*) FROM ${spec.table}`).pluck().get());

describe('sync: pull into the cache', () => {
  it('loads every object over REST pages and equals the server exactly', async () => {
    const h = await syncHarness({ dataset: 'demo' });
    const summary = await h.sync();
    expect(summary.outcome).toBe('done');
    expectCacheEqualsServer(h, expect);
    const integrity = h.db.pragma('integrity_check', { simple: true });
    expect(integrity).toBe('ok');
  });

  it('loads big objects through Bulk API 2.0 over several result pages', async () => {
    const h = await syncHarness({ dataset: 'demo' });
    h.fake.control.resetRequestCounts();
    const summary = await h.sync({ bulkThreshold: 2500, bulkPageSize: 1500 });
    const counts = h.fake.control.requestCounts();
    const big = ['Contact', 'Opportunity', 'Lead', 'OpportunityContactRole'].map(
      (o) => h.fake.control.all(o).length,
    );
    expect(big.every((n) => n > 2500)).toBe(true);
    expect(counts['bulk2.create']).toBe(big.length);
    expect(counts['bulk2.results']).toBe(big.reduce((pages, n) => pages + Math.ceil(n / 1500), 0));
    expectCacheEqualsServer(h, expect);
    expect(summary.outcome === 'done' && summary.objects.map((o) => o.cached)).toEqual(
      tableCounts(h),
    );
  });

  it('asks once more for a Bulk results page whose connection closed unanswered; twice is the network', async () => {
    const h = await syncHarness({ dataset: 'demo' });
    h.fake.control.addFault({ kind: 'drop', route: 'bulk2.results', nth: [2] });
    h.fake.control.resetRequestCounts();
    const once = await h.sync({ bulkThreshold: 2500, bulkPageSize: 1500 });
    expect(once.outcome).toBe('done');
    const big = ['Contact', 'Opportunity', 'Lead', 'OpportunityContactRole'].map(
      (o) => h.fake.control.all(o).length,
    );
    const pages = big.reduce((sum, n) => sum + Math.ceil(n / 1500), 0);
    expect(h.fake.control.requestCounts()['bulk2.results']).toBe(pages + 1);
    expectCacheEqualsServer(h, expect);

    const again = await syncHarness({ dataset: 'demo' });
    again.fake.control.addFault({ kind: 'drop', route: 'bulk2.results', nth: [2, 3] });
    await expect(
      again.sync({ objects: ['Lead'], bulkThreshold: 2500, bulkPageSize: 1500 }),
    ).rejects.toThrow(/connection to Salesforce failed/);
    await again.sync({ bulkThreshold: 2500, bulkPageSize: 1500 });
    expectCacheEqualsServer(again, expect);
  });

  it('builds the indexes and triggers of a first load after its rows; a load cut short gets them back at open', async () => {
    const h = await syncHarness({ dataset: 'demo' });
    const schemaSql = `SELECT name, sql FROM sqlite_master WHERE type IN ('index', 'trigger') ORDER BY name`;
    const indexes = () => h.db.prepare(schemaSql).all();
    const schema = indexes();
    const leadIndexes = schema.filter((i) => (i as { name: string }).name.startsWith('sf_lead_'));
    expect(leadIndexes.length).toBeGreaterThan(5);
    const dropped: number[] = [];
    await h.sync({
      bulkThreshold: 2500,
      bulkPageSize: 1500,
      onProgress: (p) => {
        if (p.object === 'Lead') dropped.push(schema.length - indexes().length);
      },
    });
    expect(Math.min(...dropped)).toBeGreaterThanOrEqual(leadIndexes.length);
    expect(indexes()).toEqual(schema);
    const plan = h.db
      .prepare(`EXPLAIN QUERY PLAN SELECT id FROM sf_lead ORDER BY name COLLATE NOCASE LIMIT 5`)
      .all();
    expect(JSON.stringify(plan)).toContain('sf_lead_name_ci');

    deferIndexes(h.db, 'sf_lead');
    expect(indexes().length).toBe(schema.length - leadIndexes.length);
    // A first load of deals cut short: the triggers are gone and deals arrived without them.
    pauseRollup(h.db, 'sf_opportunity');
    deferIndexes(h.db, 'sf_opportunity');
    expect(indexes().filter((i) => (i as { name: string }).name.includes('rollup'))).toEqual([]);
    h.db.prepare('DELETE FROM sf_opportunity WHERE rowid % 3 = 0').run();
    h.db.close();
    const reopened = openDatabase(h.file);
    expect(reopened.prepare(schemaSql).all()).toEqual(schema);
    expect(reopened.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(rollupPaused(reopened)).toBe(false);
    const { kept, rows } = rollupBesideRows(reopened);
    expect(kept).toEqual(rows);
    reopened.close();
  });

  it.each([
    ['REST pages', {}],
    ['Bulk API 2.0 pages', { bulkThreshold: 1000, bulkPageSize: 1000 }],
  ])(
    'after a crash mid-load over %s, the resumed sync re-reads at most one page of the object',
    async (_name, paging) => {
      const h = await syncHarness({ dataset: 'demo' });
      const total = liveLeadCount(h);
      const pageSize = 'bulkPageSize' in paging ? paging.bulkPageSize : 2000;
      expect(total).toBeGreaterThan(pageSize * 1.5);
      let crashed = false;
      await expect(
        h.sync({
          ...paging,
          onProgress: (p) => {
            // The page after this one is downloading: a crash now loses it.
            if (p.object === 'Lead' && !crashed) {
              crashed = true;
              throw new Error('killed');
            }
          },
        }),
      ).rejects.toThrow('killed');
      const committed = h.db.prepare('SELECT COUNT(*) FROM sf_lead').pluck().get() as number;
      expect(committed).toBeGreaterThan(0);
      expect(committed).toBeLessThan(total);

      const resumed = await h.sync(paging);
      if (resumed.outcome !== 'done') throw new Error(resumed.reason);
      const leads = resumed.objects.find((o) => o.object === 'Lead')!;
      expect(leads.fetched).toBeGreaterThanOrEqual(total - committed);
      expect(leads.fetched).toBeLessThanOrEqual(total - committed + pageSize);
      expectCacheEqualsServer(h, expect);
    },
  );

  it('a record changed while the sync reads is right after the next sync', async () => {
    const h = await syncHarness({ dataset: 'demo' });
    const byAge = [...h.fake.control.all('Lead')]
      .filter((l) => !l['IsDeleted'])
      .sort((a, b) => String(a['SystemModstamp']).localeCompare(String(b['SystemModstamp'])));
    const [alreadyRead, notYetRead, deleted] = [byAge[0]!, byAge.at(-1)!, byAge.at(-2)!];
    let changed = false;
    const first = await h.sync({
      onProgress: (p) => {
        if (p.object !== 'Lead' || changed) return;
        changed = true;
        h.fake.control.update('Lead', alreadyRead.Id, { Title: 'Changed after it was read' });
        h.fake.control.update('Lead', notYetRead.Id, { Title: 'Changed before it was read' });
        h.fake.control.remove('Lead', deleted.Id);
      },
    });
    expect(first.outcome).toBe('done');
    expect(changed).toBe(true);
    h.fake.control.advanceClock(60_000);
    await h.sync();
    expectCacheEqualsServer(h, expect);
    const title = (id: string) =>
      JSON.parse(h.db.prepare('SELECT json FROM sf_lead WHERE id = ?').pluck().get(id) as string)
        .Title as string;
    expect(title(alreadyRead.Id)).toBe('Changed after it was read');
    expect(title(notYetRead.Id)).toBe('Changed before it was read');
  });

  it('applies server edits, deletes and undeletes incrementally, and a no-change sync costs one call per object', async () => {
    const h = await syncHarness({ dataset: 'tiny' });
    await h.sync();
    const [account] = h.fake.control.all('Account');
    const [lead, doomedLead] = h.fake.control.all('Lead');
    h.fake.control.advanceClock(60_000);
    h.fake.control.update('Account', account!.Id, { Name: 'Renamed by a colleague' });
    h.fake.control.remove('Lead', doomedLead!.Id);
    h.fake.control.create('Contact', { LastName: 'Newcomer', AccountId: account!.Id });
    h.fake.control.remove('Lead', lead!.Id);
    h.fake.control.undelete('Lead', lead!.Id);
    h.fake.control.advanceClock(60_000);
    const changed = await h.sync();
    expectCacheEqualsServer(h, expect);
    expect(changed.outcome === 'done' && changed.objects.map((o) => o.cached)).toEqual(
      tableCounts(h),
    );

    h.fake.control.advanceClock(60_000);
    h.fake.control.resetRequestCounts();
    const quiet = await h.sync();
    expect(quiet.outcome === 'done' && quiet.apiCalls).toBe(1 + objectSpecs.length);
    expect(h.fake.control.requestCounts()).toEqual({ limits: 1, queryAll: objectSpecs.length });
  });

  it('never overwrites a row with local edits; keeps the server version as theirs', async () => {
    const h = await syncHarness({ dataset: 'tiny' });
    await h.sync();
    const [opp] = h.fake.control.all('Opportunity');
    h.db
      .prepare(
        `UPDATE sf_opportunity SET local_state = 'updated', json = json_set(json, '$.Amount', 1) WHERE id = ?`,
      )
      .run(opp!.Id);
    // Its change waits for the rep (a push leaves it alone; a row with no change waiting would
    // be laid under Salesforce's version).
    h.db
      .prepare(
        `INSERT INTO outbox (object, record_id, op, fields, created_at, status)
         VALUES ('Opportunity', ?, 'update', '{"Amount":1}', ?, 'failed')`,
      )
      .run(opp!.Id, new Date().toISOString());
    h.fake.control.advanceClock(60_000);
    h.fake.control.update('Opportunity', opp!.Id, { Amount: 999 });
    h.fake.control.advanceClock(60_000);
    await h.sync();
    const row = h.db
      .prepare('SELECT json, server_json FROM sf_opportunity WHERE id = ?')
      .get(opp!.Id) as { json: string; server_json: string };
    expect(JSON.parse(row.json).Amount).toBe(1);
    expect(JSON.parse(row.server_json).Amount).toBe(999);
  });

  it('syncs only the fields a user can see, and only their own records with scope "mine"', async () => {
    const h = await syncHarness({ dataset: 'tiny' });
    h.fake.control.setVisibility(h.fake.userId, {
      hiddenFields: { Account: ['AnnualRevenue', 'Industry'] },
    });
    await h.sync({ mine: true, objects: ['Account'] });
    const rows = h.db.prepare('SELECT json, industry FROM sf_account').all() as Array<{
      json: string;
      industry: string | null;
    }>;
    const owned = h.fake.control.all('Account').filter((a) => a['OwnerId'] === h.fake.userId);
    expect(rows).toHaveLength(owned.length);
    expect(rows.every((r) => !('AnnualRevenue' in JSON.parse(r.json)) && r.industry === null)).toBe(
      true,
    );
  });
});

describe('sync: reconcile', () => {
  it('removes records deleted beyond the recycle bin, and records no longer visible', async () => {
    const h = await syncHarness({ dataset: 'tiny' });
    await h.sync();
    const ids = (table: string) =>
      (h.db.prepare(`SELECT id FROM ${table}`).all() as Array<{ id: string }>).map((r) => r.id);
    const [gone] = h.fake.control.all('Account');
    h.fake.control.remove('Account', gone!.Id);
    h.fake.control.advanceClock(16 * 86_400_000);
    h.fake.control.purgeRecycleBin();
    await h.sync();
    expect(ids('sf_account')).not.toContain(gone!.Id);
    expect(ids('sf_account')).toHaveLength(h.fake.control.all('Account').length);

    h.fake.control.setVisibility(h.fake.userId, { mode: 'own' });
    await h.sync();
    expect(ids('sf_lead')).toHaveLength(h.fake.control.all('Lead').length);
    await h.sync({ reconcile: true });
    const owned = h.fake.control.all('Lead').filter((l) => l['OwnerId'] === h.fake.userId);
    expect(ids('sf_lead').sort()).toEqual(owned.map((l) => l.Id).sort());
  });

  it('runs by itself when the last full pass is more than a week old', async () => {
    const h = await syncHarness({ dataset: 'tiny' });
    await h.sync();
    h.fake.control.advanceClock(8 * 86_400_000);
    h.fake.control.resetRequestCounts();
    await h.sync();
    // One id query per object; Events' window moved too, so they reload, counted first; the
    // org's record types and currencies are read again, as describe is, once a day.
    expect(h.fake.control.requestCounts()['query']).toBe(objectSpecs.length + 1 + 2);
  });
});

describe('sync: each object’s reach', () => {
  const leadIds = (h: Harness) =>
    (h.db.prepare('SELECT id FROM sf_lead').pluck().all() as string[]).sort();
  const liveLeads = (h: Harness) => h.fake.control.all('Lead').filter((l) => !l['IsDeleted']);

  it('reloads an object whose scope changed, and only that one', async () => {
    const h = await syncHarness({ dataset: 'tiny' });
    await h.sync();
    const accounts = (h.db.prepare('SELECT id FROM sf_account').pluck().all() as string[]).sort();
    const owned = liveLeads(h)
      .filter((l) => l['OwnerId'] === h.fake.userId)
      .map((l) => l.Id)
      .sort();
    expect(owned.length).toBeLessThan(liveLeads(h).length);

    h.fake.control.resetRequestCounts();
    await h.sync({ scopes: { Lead: { scope: 'mine', cap: null } } });
    expect(leadIds(h)).toEqual(owned);
    expect(h.db.prepare('SELECT id FROM sf_account').pluck().all().sort()).toEqual(accounts);
    // Lead reloads and reconciles (2 queries); every other object only asks what changed.
    expect(h.fake.control.requestCounts()['queryAll']).toBe(objectSpecs.length);

    await h.sync({ scopes: { Lead: { scope: 'all', cap: null } } });
    expectCacheEqualsServer(h, expect);
  });

  it('keeps the most recently changed records of a capped object, also as the org changes', async () => {
    const h = await syncHarness({ dataset: 'demo' });
    const cap = 500;
    const newestFirst = <T extends Record<string, unknown>>(rows: T[]) =>
      [...rows].sort((a, b) =>
        String(b['SystemModstamp']).localeCompare(String(a['SystemModstamp'])),
      );
    const expectNewest = () => {
      const cached = new Set(leadIds(h));
      const ranked = newestFirst(liveLeads(h));
      expect(cached.size).toBeGreaterThan(cap * 0.8);
      expect(cached.size).toBeLessThanOrEqual(cap);
      // Exactly a prefix of the server's leads, newest first.
      expect(ranked.slice(0, cached.size).every((l) => cached.has(l.Id))).toBe(true);
    };
    expect(liveLeads(h).length).toBeGreaterThan(cap * 4);
    await h.sync({ scopes: { Lead: { scope: 'all', cap } }, bulkThreshold: 200 });
    expectNewest();

    // Salesforce refuses any change to a converted lead.
    const oldest = newestFirst(liveLeads(h))
      .filter((l) => l['IsConverted'] !== true)
      .at(-1)!;
    h.fake.control.advanceClock(60_000);
    h.fake.control.update('Lead', oldest.Id, { Title: 'Back in play' });
    h.fake.control.advanceClock(60_000);
    await h.sync({ scopes: { Lead: { scope: 'all', cap } } });
    expect(leadIds(h)).toContain(oldest.Id);
    expectNewest();

    await h.sync({ scopes: { Lead: { scope: 'all', cap: 100 } } });
    expect(leadIds(h)).toHaveLength(100);
    expect(leadIds(h)).toContain(oldest.Id);
  });
});
