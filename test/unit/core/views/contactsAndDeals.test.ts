import { csvParseRows } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { invokeHandler } from '../../../../src/core/ipc/invokeHandler';
import { listFilter, listSql } from '../../../../src/core/views/listRecords';
import type { InvokeChannel } from '../../../../src/shared/ipc/channels';
import type { InvokeInput, InvokeOutput } from '../../../../src/shared/ipc/contract';
import type { ListQuestion } from '../../../../src/shared/ipc/views';
import { periodRange } from '../../../../src/shared/periods';
import { connectedCore } from '../../../support/connectedCore';

type Ctx = Awaited<ReturnType<typeof connectedCore>>;
type Row = Record<string, unknown>;
type DealFilter = Extract<ListQuestion, { object: 'Opportunity' }>['filter'];

async function ask<C extends InvokeChannel>(ctx: Ctx, channel: C, input: InvokeInput<C>) {
  const result = await invokeHandler(ctx.core.handlers, channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.message}`);
  return result.value as InvokeOutput<C>;
}

const live = (ctx: Ctx, object: string): Row[] =>
  ctx.fake.control.all(object).filter((r) => !r['IsDeleted']);

describe('Contacts and Opportunities tables', () => {
  it('count, filter and sort contacts and deals as the org holds them, with account names', async () => {
    const ctx = await connectedCore({ autoApprove: true });
    const contacts = live(ctx, 'Contact');
    const everyone = await ask(ctx, 'records.list', {
      object: 'Contact',
      filter: { owner: 'all' },
      sort: { column: 'Name', desc: false },
      offset: 0,
      limit: 500,
    });
    expect(everyone.total).toBe(contacts.length);
    const names = everyone.rows.map((r) => String(r['Name']));
    expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    const withAccount = contacts.find((c) => c['AccountId'])!;
    const account = live(ctx, 'Account').find((a) => a.Id === withAccount['AccountId'])!;
    expect(everyone.rows.find((r) => r['Id'] === withAccount.Id)?.['AccountName']).toBe(
      account['Name'],
    );
    const mine = await ask(ctx, 'records.list', {
      object: 'Contact',
      filter: { owner: 'me' },
      sort: { column: 'AccountName', desc: true },
      offset: 0,
      limit: 500,
    });
    expect(mine.total).toBe(contacts.filter((c) => c['OwnerId'] === ctx.fake.userId).length);

    const deals = live(ctx, 'Opportunity');
    const stage = String(deals.find((d) => !d['IsClosed'])!['StageName']);
    const range = periodRange('this-quarter', new Date());
    const cases: Array<[DealFilter, (d: Row) => boolean]> = [
      [{ state: 'open' }, (d: Row) => !d['IsClosed']],
      [{ state: 'won' }, (d: Row) => Boolean(d['IsWon'])],
      [{ state: 'lost' }, (d: Row) => Boolean(d['IsClosed']) && !d['IsWon']],
      [{ state: 'open', stage: [stage] }, (d: Row) => !d['IsClosed'] && d['StageName'] === stage],
      [
        { close: { period: 'this-quarter' } },
        (d: Row) => String(d['CloseDate']) >= range.from! && String(d['CloseDate']) <= range.to!,
      ],
    ];
    for (const [filter, truth] of cases) {
      const got = await ask(ctx, 'records.list', {
        object: 'Opportunity',
        filter: { owner: 'all', ...filter },
        sort: { column: 'Amount', desc: true },
        offset: 0,
        limit: 500,
      });
      expect(got.total, JSON.stringify(filter)).toBe(deals.filter(truth).length);
      const amounts = got.rows.map((r) => (r['Amount'] as number | null) ?? -Infinity);
      expect(amounts).toEqual([...amounts].sort((a, b) => b - a));
    }
    const facets = await ask(ctx, 'records.facets', { object: 'Opportunity' });
    expect(facets.facets['stage']?.find((f) => f.value === stage)?.count).toBe(
      deals.filter((d) => d['StageName'] === stage).length,
    );
  });

  it('sorts contacts by name and deals by close date from an index', async () => {
    const ctx = await connectedCore({ autoApprove: true });
    const db = ctx.core.caches.open(ctx.key);
    const questions: ListQuestion[] = [
      { object: 'Contact', filter: {}, sort: { column: 'Name', desc: false } },
      { object: 'Opportunity', filter: {}, sort: { column: 'CloseDate', desc: true } },
    ];
    for (const question of questions) {
      const sql = listSql(db, question, listFilter(db, question, { userId: 'x', now: new Date() }));
      const plan = (
        db.prepare(`EXPLAIN QUERY PLAN ${sql.rows}`).all(100, 0) as Array<{ detail: string }>
      )
        .map((p) => p.detail)
        .join(' | ');
      expect(plan, question.object).toMatch(/USING (COVERING )?INDEX/);
      expect(plan, question.object).not.toMatch(/TEMP B-TREE/);
    }
  });

  it('exports every filtered row in the sort and columns asked, and saves through the shell', async () => {
    const saved: Array<{ name: string; contents: string }> = [];
    let answer = true;
    const ctx = await connectedCore(
      { autoApprove: true },
      {
        saveFile: async (name, contents) => {
          saved.push({ name, contents });
          return answer;
        },
      },
    );
    const question = {
      object: 'Opportunity' as const,
      filter: { owner: 'all' as const, state: 'open' as const },
      sort: { column: 'Name' as const, desc: false },
    };
    const columns = [
      { field: 'Name', label: 'Name' },
      { field: 'AccountName', label: 'Account' },
      { field: 'Amount', label: 'Amount' },
    ];
    const result = await ask(ctx, 'records.export', { question, columns });
    const open = live(ctx, 'Opportunity').filter((d) => !d['IsClosed']);
    expect(result).toEqual({ outcome: 'saved', rows: open.length });
    expect(saved[0]!.name).toMatch(/^Opportunities \d{4}-\d{2}-\d{2}\.csv$/);
    const [header, ...lines] = csvParseRows(saved[0]!.contents);
    expect(header).toEqual(['Name', 'Account', 'Amount']);
    expect(lines).toHaveLength(open.length);
    const table = await ask(ctx, 'records.list', { ...question, offset: 0, limit: 500 });
    expect(lines.map((l) => l[0])).toEqual(table.rows.map((r) => String(r['Name'])));

    answer = false;
    expect(await ask(ctx, 'records.export', { question, columns })).toEqual({
      outcome: 'cancelled',
    });
  });

  it('without a save dialog, hands back the CSV to download', async () => {
    const ctx = await connectedCore({ autoApprove: true });
    const result = await ask(ctx, 'records.export', {
      question: {
        object: 'Contact',
        filter: { owner: 'me' },
        sort: { column: 'Name', desc: true },
      },
      columns: [{ field: 'Email', label: 'Email' }],
    });
    const mine = live(ctx, 'Contact').filter((c) => c['OwnerId'] === ctx.fake.userId);
    if (result.outcome !== 'download')
      throw new Error(`expected a download, got ${result.outcome}`);
    expect(result.rows).toBe(mine.length);
    expect(csvParseRows(result.csv)).toHaveLength(mine.length + 1);
  });

  it('opens a record in Salesforce at its Lightning page, and refuses one not there yet', async () => {
    const ctx = await connectedCore({ autoApprove: true });
    const lead = live(ctx, 'Lead')[0]!;
    expect(
      await ask(ctx, 'records.openInSalesforce', { object: 'Lead', id: String(lead.Id) }),
    ).toEqual({ opened: true });
    expect(ctx.opened.at(-1)).toBe(`${ctx.fake.url}/lightning/r/Lead/${String(lead.Id)}/view`);
    const local = await invokeHandler(ctx.core.handlers, 'records.openInSalesforce', {
      object: 'Lead',
      id: 'localABCDEFGHIJKLM',
    });
    expect(local).toMatchObject({ ok: false, code: 'NOT_ALLOWED' });
  });
});
