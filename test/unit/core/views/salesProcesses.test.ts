import { describe, expect, it } from 'vitest';
import { homeSummary } from '../../../../src/core/views/homeSummary';
import { pipelineBoard } from '../../../../src/core/views/pipelineBoard';
import { syncHarness, type Harness } from '../../../support/syncHarness';

type Deal = { Id: string; StageName: string; Amount: number | null; OwnerId: string };

/** What Salesforce says: each open deal's amount in the rep's currency, by convertCurrency(). */
async function convertedOpenDeals(h: Harness, recordTypeIds: string[]): Promise<Deal[]> {
  const found = await h.conn
    .query<Deal>(
      `SELECT Id, StageName, convertCurrency(Amount), OwnerId FROM Opportunity
       WHERE IsClosed = false AND RecordTypeId IN ('${recordTypeIds.join("','")}')`,
    )
    .run({ autoFetch: true, maxFetch: 100_000 });
  return found.records;
}

/** Salesforce rounds each deal's converted amount; Roadbook rounds the sum once. */
const expectSum = (actual: number, deals: Deal[]) =>
  expect(Math.abs(actual - deals.reduce((sum, d) => sum + (d.Amount ?? 0), 0))).toBeLessThanOrEqual(
    0.005 * deals.length + 0.01,
  );

describe('the board per sales process, in the rep’s currency', () => {
  it('shows exactly each process’s stages, counts and converted totals', async () => {
    const h = await syncHarness({ dataset: 'realistic' });
    await h.sync({ objects: ['User', 'OpportunityStage', 'Opportunity'] });
    const context = { userId: h.fake.userId, now: new Date(h.fake.control.state().now) };
    const types = h.fake.control
      .all('RecordType')
      .filter((t) => t['SobjectType'] === 'Opportunity');
    const processes = h.fake.control.all('BusinessProcess');
    const processName = (typeId: unknown) =>
      processes.find((p) => p.Id === types.find((t) => t.Id === typeId)!['BusinessProcessId'])![
        'Name'
      ] as string;
    const closedStages = new Set(
      h.fake.control
        .all('OpportunityStage')
        .filter((s) => s['IsClosed'])
        .map((s) => s['ApiName']),
    );
    const stagesOf = (name: string) =>
      (h.fake.org.store.schema.processes.find((p) => p.name === name)!.values as string[]).filter(
        (s) => !closedStages.has(s),
      );

    const first = pipelineBoard(
      h.db,
      { owner: 'all', close: { period: 'any' }, cardsPerStage: 5 },
      context,
    );
    expect(first.processes).toEqual(['New Business', 'Renewal']);
    expect(first.process).toBe('New Business');
    expect(first.currency).toEqual({ code: 'USD', converted: true });

    for (const name of first.processes) {
      const board = pipelineBoard(
        h.db,
        { owner: 'all', close: { period: 'any' }, process: name, cardsPerStage: 5 },
        context,
      );
      expect(board.process).toBe(name);
      expect(board.stages.map((s) => s.stage)).toEqual(stagesOf(name));
      const deals = await convertedOpenDeals(
        h,
        types.filter((t) => processName(t.Id) === name).map((t) => t.Id),
      );
      for (const column of board.stages) {
        const inStage = deals.filter((d) => d.StageName === column.stage);
        expect(column.sums.count).toBe(inStage.length);
        expectSum(column.sums.total, inStage);
        for (const card of column.cards) expect(['USD', 'EUR', 'JPY']).toContain(card.currency);
      }
    }

    const home = homeSummary(h.db, context);
    const mine = (
      await convertedOpenDeals(
        h,
        types.map((t) => t.Id),
      )
    ).filter((d) => d.OwnerId === h.fake.userId);
    expect(home.currency).toEqual({ code: 'USD', converted: true });
    expect(home.openPipeline.count).toBe(mine.length);
    expectSum(home.openPipeline.total, mine);
  });

  it('marks ≈ only the figures that add amounts from another currency', async () => {
    const h = await syncHarness({ dataset: 'realistic' });
    const now = new Date(h.fake.control.state().now);
    const month = now.toISOString().slice(0, 7);
    const open = h.fake.control
      .all('Opportunity')
      .filter((o) => o['OwnerId'] === h.fake.userId && !o['IsClosed']);
    // This month's deals all in dollars, the rep's currency; one deal in euros later on.
    const later = open.find((o) => !String(o['CloseDate']).startsWith(month))!;
    for (const deal of open)
      if (String(deal['CloseDate']).startsWith(month))
        h.fake.control.update('Opportunity', deal.Id, { CurrencyIsoCode: 'USD' });
    h.fake.control.update('Opportunity', later.Id, { CurrencyIsoCode: 'EUR' });
    await h.sync({ objects: ['User', 'OpportunityStage', 'Opportunity'] });

    const home = homeSummary(h.db, { userId: h.fake.userId, now });
    expect(home.figureCurrencies.openPipeline).toEqual({ code: 'USD', converted: true });
    expect(home.figureCurrencies.closingThisMonth).toEqual({ code: 'USD', converted: false });
    expect(home.currency).toEqual({ code: 'USD', converted: true });
  });

  it('converts each deal at the rates of its close date where the org has dated rates', async () => {
    const today = new Date().toISOString().slice(0, 10);
    const h = await syncHarness({
      dataset: 'realistic',
      datedRates: [
        { isoCode: 'EUR', conversionRate: 0.5, startDate: today },
        { isoCode: 'JPY', conversionRate: 100, startDate: today },
      ],
    });
    await h.sync({ objects: ['User', 'OpportunityStage', 'Opportunity'] });
    const context = { userId: h.fake.userId, now: new Date(h.fake.control.state().now) };
    const types = h.fake.control
      .all('RecordType')
      .filter((t) => t['SobjectType'] === 'Opportunity');
    const deals = await convertedOpenDeals(
      h,
      types.map((t) => t.Id),
    );
    const home = homeSummary(h.db, context);
    const mine = deals.filter((d) => d.OwnerId === h.fake.userId);
    expect(home.openPipeline.count).toBe(mine.length);
    expectSum(home.openPipeline.total, mine);
    const board = pipelineBoard(
      h.db,
      { owner: 'all', close: { period: 'any' }, process: 'Renewal', cardsPerStage: 1 },
      context,
    );
    const renewal = await convertedOpenDeals(
      h,
      types.filter((t) => t['DeveloperName'] === 'Renewal').map((t) => t.Id),
    );
    for (const column of board.stages)
      expectSum(
        column.sums.total,
        renewal.filter((d) => d.StageName === column.stage),
      );
  });

  it('keeps an org without record types or currencies as it was', async () => {
    const h = await syncHarness({ dataset: 'tiny' });
    await h.sync({ objects: ['User', 'OpportunityStage', 'Opportunity'] });
    const context = { userId: h.fake.userId, now: new Date(h.fake.control.state().now) };
    const board = pipelineBoard(
      h.db,
      { owner: 'all', close: { period: 'any' }, process: 'Renewal', cardsPerStage: 5 },
      context,
    );
    expect(board.processes).toEqual([]);
    expect(board.process).toBeNull();
    expect(board.currency).toBeNull();
    expect(board.stages.flatMap((s) => s.cards).every((c) => c.currency === null)).toBe(true);
    expect(homeSummary(h.db, context).currency).toBeNull();
  });
});
