import { describe, expect, it } from 'vitest';
import { invokeHandler } from '../../../../src/core/ipc/invokeHandler';
import type { InvokeChannel } from '../../../../src/shared/ipc/channels';
import type { InvokeInput, InvokeOutput } from '../../../../src/shared/ipc/contract';
import type { Sums } from '../../../../src/shared/ipc/views';
import {
  accounts,
  closedOpportunities,
  leads,
  leadsCreatedThisWeek,
  openOpportunities,
  openStageLabels,
  pipelineByStage,
  sumsOf,
} from '../../../support/truth';
import { connectedCore } from '../../../support/connectedCore';

type Ctx = Awaited<ReturnType<typeof connectedCore>>;

async function ask<C extends InvokeChannel>(ctx: Ctx, channel: C, input: InvokeInput<C>) {
  const result = await invokeHandler(ctx.core.handlers, channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.message}`);
  return result.value as InvokeOutput<C>;
}

const close = (a: number, b: number) => expect(a).toBeCloseTo(b, 2);

/** SQLite's NOCASE folds ASCII letters only; Roadbook's tables sort that way. */
const nocase = (a: string, b: string) => {
  const x = a.replace(/[A-Z]/g, (c) => c.toLowerCase());
  const y = b.replace(/[A-Z]/g, (c) => c.toLowerCase());
  return x < y ? -1 : x > y ? 1 : 0;
};

describe('views over the cache', () => {
  it('counts the pipeline per stage in the org order, and Home counts the rep’s own numbers', async () => {
    const ctx = await connectedCore({ autoApprove: true, dataset: 'demo' });
    const board = await ask(ctx, 'pipeline.board', {
      owner: 'all',
      close: { period: 'any' },
      cardsPerStage: 5,
    });
    const truth = pipelineByStage(ctx.fake);
    expect(board.stages.map((s) => s.label)).toEqual(openStageLabels(ctx.fake));
    for (const column of board.stages) {
      const expected = truth.get(column.stage) ?? { count: 0, total: 0, weighted: 0 };
      expect(column.sums.count).toBe(expected.count);
      close(column.sums.total, expected.total);
      close(column.sums.weighted, expected.weighted);
      expect(column.cards.length).toBe(Math.min(5, expected.count));
    }
    expect((await ctx.core.auth.state()).connections[0]?.currency).toBe('USD');

    // Every deal (read from the rollup) and the rep's own (read from the rows), any close date
    // and this quarter: the same figures as the records.
    for (const owner of ['all', 'me'] as const) {
      for (const period of ['any', 'this-quarter'] as const) {
        const reach = { ...(owner === 'me' ? { ownerId: ctx.fake.userId } : {}), period };
        const got = await ask(ctx, 'pipeline.board', {
          owner,
          close: { period },
          cardsPerStage: 1,
        });
        const open = openOpportunities(ctx.fake, reach);
        const closed = closedOpportunities(ctx.fake, reach);
        const pairs: Array<[Sums, Sums]> = [
          [got.won, sumsOf(closed.filter((r) => r['IsWon']))],
          [got.lost, sumsOf(closed.filter((r) => !r['IsWon']))],
          ...got.stages.map((column): [Sums, Sums] => [
            column.sums,
            sumsOf(open.filter((r) => r['StageName'] === column.stage)),
          ]),
        ];
        const months = [...new Set(open.map((r) => String(r['CloseDate']).slice(0, 7)))].sort();
        expect(got.byMonth.map((m) => m.month)).toEqual(months);
        for (const { month, sums } of got.byMonth) {
          pairs.push([sums, sumsOf(open.filter((r) => String(r['CloseDate']).startsWith(month)))]);
        }
        for (const [have, want] of pairs) {
          expect(have.count).toBe(want.count);
          close(have.total, want.total);
          close(have.weighted, want.weighted);
        }
        expect(got.won.count + got.lost.count).toBe(closed.length);
        expect(closed.length).toBeGreaterThan(0);
      }
    }

    const mine = await ask(ctx, 'pipeline.board', {
      owner: 'me',
      close: { period: 'this-quarter' },
      cardsPerStage: 1000,
    });
    const cards = mine.stages.flatMap((s) => s.cards.map((c) => c.id)).sort();
    expect(cards).toEqual(
      openOpportunities(ctx.fake, { ownerId: ctx.fake.userId, period: 'this-quarter' })
        .map((r) => r['Id'])
        .sort(),
    );

    // A column scrolled to its end gets the next cards, in order, until its count is reached.
    const all = await ask(ctx, 'pipeline.board', {
      owner: 'all',
      close: { period: 'any' },
      cardsPerStage: 5000,
    });
    const widest = all.stages.reduce((a, b) => (b.sums.count > a.sums.count ? b : a));
    const paged: string[] = [];
    for (let offset = 0; offset < widest.sums.count + 7; offset += 7) {
      const page = await ask(ctx, 'pipeline.cards', {
        owner: 'all',
        close: { period: 'any' },
        stage: widest.stage,
        offset,
        limit: 7,
      });
      paged.push(...page.cards.map((c) => c.id));
    }
    expect(paged).toEqual(widest.cards.map((c) => c.id));
    expect(all.stages.flatMap((s) => s.cards).some((c) => c.pending)).toBe(false);

    const home = await ask(ctx, 'home.summary', {});
    const own = { ownerId: ctx.fake.userId };
    const sums = (period?: 'this-month' | 'this-quarter' | 'overdue') =>
      sumsOf(openOpportunities(ctx.fake, { ...own, ...(period ? { period } : {}) }));
    for (const [got, want] of [
      [home.openPipeline, sums()],
      [home.closingThisMonth, sums('this-month')],
      [home.closingThisQuarter, sums('this-quarter')],
      [home.overdue, sums('overdue')],
    ] as const) {
      expect(got.count).toBe(want.count);
      close(got.total, want.total);
      close(got.weighted, want.weighted);
    }
    expect(home.overdue.count).toBeGreaterThan(0);
    expect(home.newLeadsThisWeek).toBe(leadsCreatedThisWeek(ctx.fake, ctx.fake.userId));
    const today = new Date().toISOString().slice(0, 10);
    const myOpenTasks = ctx.fake.control
      .all('Task')
      .filter((t) => !t['IsDeleted'] && t['OwnerId'] === ctx.fake.userId && !t['IsClosed']);
    expect(home.openTasks).toEqual({
      count: myOpenTasks.length,
      overdue: myOpenTasks.filter((t) => t['ActivityDate'] && String(t['ActivityDate']) < today)
        .length,
    });
    expect(home.openTasks.count).toBeGreaterThan(0);
    expect(ctx.core.sync.status().lastSuccess).toBeGreaterThan(Date.now() - 60_000);
  });

  it('marks a card whose move is not yet in Salesforce, until the push takes it there', async () => {
    const ctx = await connectedCore({ autoApprove: true });
    const board = () =>
      ask(ctx, 'pipeline.board', { owner: 'all', close: { period: 'any' }, cardsPerStage: 50 });
    const [from, to] = (await board()).stages;
    const card = from!.cards[0]!;
    const saved = await ask(ctx, 'edits.save', {
      object: 'Opportunity',
      id: card.id,
      changes: { StageName: to!.stage },
    });
    expect(saved.saved).toBe(true);
    const moved = (await board()).stages[1]!.cards.find((c) => c.id === card.id);
    expect(moved?.pending).toBe(true);

    await ctx.core.sync.syncNow();
    const sent = (await board()).stages[1]!.cards.find((c) => c.id === card.id);
    expect(sent?.pending).toBe(false);
    expect(ctx.fake.control.get('Opportunity', card.id)['StageName']).toBe(to!.stage);
    // The save also armed a push for later; it must not outlive the test's folder.
    await ctx.core.sync.stop();
  });

  it('sorts and filters leads and accounts exactly as the records say', async () => {
    const ctx = await connectedCore({ autoApprove: true, dataset: 'demo' });
    const all = leads(ctx.fake);
    const byName = await ask(ctx, 'records.list', {
      object: 'Lead',
      filter: {},
      sort: { column: 'Name', desc: false },
      offset: 0,
      limit: 500,
    });
    expect(byName.total).toBe(all.length);
    expect(byName.rows.map((r) => r['Name'])).toEqual(
      all
        .map((r) => String(r['Name']))
        .sort(nocase)
        .slice(0, 500),
    );
    const last = await ask(ctx, 'records.list', {
      object: 'Lead',
      filter: {},
      sort: { column: 'CreatedDate', desc: true },
      offset: all.length - 10,
      limit: 100,
    });
    expect(last.rows.map((r) => r['CreatedDate'])).toEqual(
      all
        .map((r) => String(r['CreatedDate']))
        .sort()
        .reverse()
        .slice(-10),
    );

    const hot = await ask(ctx, 'records.list', {
      object: 'Lead',
      filter: {
        status: ['Working - Contacted', 'Open - Not Contacted'],
        rating: ['Hot', ''],
        owner: 'me',
      },
      sort: { column: 'Company', desc: false },
      offset: 0,
      limit: 500,
    });
    const hotTruth = all.filter(
      (r) =>
        ['Working - Contacted', 'Open - Not Contacted'].includes(String(r['Status'])) &&
        (r['Rating'] === 'Hot' || r['Rating'] === null) &&
        r['OwnerId'] === ctx.fake.userId,
    );
    expect(hot.total).toBe(hotTruth.length);
    expect(hot.rows.map((r) => r['Id']).sort()).toEqual(hotTruth.map((r) => r['Id']).sort());

    const someone = all[7]!;
    const found = await ask(ctx, 'records.list', {
      object: 'Lead',
      filter: { text: String(someone['Email']).slice(0, 12) },
      sort: { column: 'Name', desc: false },
      offset: 0,
      limit: 50,
    });
    expect(found.rows.map((r) => r['Id'])).toContain(someone['Id']);

    const industry = String(accounts(ctx.fake)[0]!['Industry']);
    const byIndustry = await ask(ctx, 'records.list', {
      object: 'Account',
      filter: { industry: [industry] },
      sort: { column: 'AnnualRevenue', desc: true },
      offset: 0,
      limit: 500,
    });
    const industryTruth = accounts(ctx.fake).filter((r) => r['Industry'] === industry);
    expect(byIndustry.total).toBe(industryTruth.length);
    const revenues = byIndustry.rows.map((r) => (r['AnnualRevenue'] as number | null) ?? -1);
    expect(revenues).toEqual([...revenues].sort((a, b) => b - a));

    const facets = await ask(ctx, 'records.facets', { object: 'Lead' });
    for (const { value, count } of facets.facets['status']!) {
      expect(count).toBe(all.filter((r) => (r['Status'] ?? '') === value).length);
    }
    expect(facets.owners.map((o) => o.id)).toContain(ctx.fake.userId);
  });

  it('answers every sort from an index, so a window never sorts the whole table', async () => {
    const ctx = await connectedCore({ autoApprove: true });
    const db = ctx.core.caches.open(ctx.key);
    const { listFilter, listSql } = await import('../../../../src/core/views/listRecords');
    const { leadColumns, accountColumns } = await import('../../../../src/shared/ipc/views');
    const plans: Array<[string, string]> = [];
    for (const [object, columns] of [
      ['Lead', leadColumns],
      ['Account', accountColumns],
    ] as const) {
      for (const column of columns.filter((c) => c !== 'OwnerName')) {
        const input = { object, filter: {}, sort: { column, desc: true }, offset: 0, limit: 100 };
        const sql = listSql(
          db,
          input as never,
          listFilter(db, input as never, { userId: 'x', now: new Date() }),
        );
        const plan = db.prepare(`EXPLAIN QUERY PLAN ${sql.rows}`).all(100, 0) as Array<{
          detail: string;
        }>;
        plans.push([`${object}.${column}`, plan.map((p) => p.detail).join(' | ')]);
      }
    }
    for (const [what, plan] of plans) {
      expect(plan, what).toMatch(/USING (COVERING )?INDEX/);
      expect(plan, what).not.toMatch(/TEMP B-TREE/);
    }
  });

  it('opens an account with its contacts and deals, and refuses ids that are not Salesforce ids', async () => {
    const ctx = await connectedCore({ autoApprove: true, dataset: 'demo' });
    const withDeals = ctx.fake.control
      .all('Opportunity')
      .find((o) => !o['IsDeleted'] && o['AccountId'])!;
    const accountId = String(withDeals['AccountId']);
    const detail = await ask(ctx, 'accounts.detail', { id: accountId });
    expect(detail.account?.['Id']).toBe(accountId);
    const contacts = ctx.fake.control.all('Contact').filter((c) => c['AccountId'] === accountId);
    expect(detail.contacts.map((c) => c['Id']).sort()).toEqual(contacts.map((c) => c.Id).sort());
    const deals = ctx.fake.control.all('Opportunity').filter((o) => o['AccountId'] === accountId);
    expect(
      [...detail.openOpportunities, ...detail.closedOpportunities].map((o) => o['Id']).sort(),
    ).toEqual(deals.map((o) => o.Id).sort());

    for (const id of ["001' OR 1=1 --", '', 'x'.repeat(19), '<script>']) {
      const refused = await invokeHandler(ctx.core.handlers, 'accounts.detail', { id });
      expect(refused).toMatchObject({ ok: false, code: 'INVALID_INPUT' });
    }
    const missing = await ask(ctx, 'accounts.detail', { id: '001000000000000AAA' });
    expect(missing.account).toBeNull();
  });
});
