import { describe, expect, it } from 'vitest';
import { invokeHandler } from '../../../../src/core/ipc/invokeHandler';
import { deferIndexes } from '../../../../src/core/store/deferredIndexes';
import type { InvokeChannel } from '../../../../src/shared/ipc/channels';
import {
  invokeContract,
  type InvokeInput,
  type InvokeOutput,
} from '../../../../src/shared/ipc/contract';
import type { HandlerTable } from '../../../../src/core/ipc/handlerTable';
import { connectedCore, restartableCore } from '../../../support/connectedCore';

/** An answer, checked against the contract's output schema as the window would get it. */
async function ask<C extends InvokeChannel>(
  handlers: HandlerTable,
  channel: C,
  input: InvokeInput<C>,
) {
  const result = await invokeHandler(handlers, channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.message}`);
  return invokeContract[channel].output.parse(result.value) as InvokeOutput<C>;
}

const leadQuestion = {
  object: 'Lead',
  filter: { owner: 'all' },
  sort: { column: 'Name', desc: false },
} as const;
const leads = { ...leadQuestion, offset: 0, limit: 10 } as const;
const contacts = { ...leads, object: 'Contact' } as const;
const board = { owner: 'all', close: { period: 'any' }, cardsPerStage: 5 } as const;

describe('views while a table loads', () => {
  it('answer "loading" for the objects being loaded, and rows for the others as before', async () => {
    const ctx = await connectedCore({ autoApprove: true, dataset: 'demo' });
    const { handlers } = ctx.core;
    const before = {
      contacts: await ask(handlers, 'records.list', contacts),
      home: await ask(handlers, 'home.summary', {}),
    };
    expect(before.contacts.loading).toEqual([]);
    expect(before.home.loading).toEqual([]);
    expect((await ask(handlers, 'search.query', { text: 'a', perType: 3 })).loading).toEqual([]);
    expect((await ask(handlers, 'records.list', leads)).rows.length).toBe(10);

    // What the sync worker does at the start of a first load into an empty table.
    const db = ctx.core.caches.open(ctx.key);
    deferIndexes(db, 'sf_lead');
    deferIndexes(db, 'sf_opportunity');

    expect(await ask(handlers, 'records.list', leads)).toEqual({
      rows: [],
      total: 0,
      loading: ['Lead'],
    });
    expect(await ask(handlers, 'records.facets', { object: 'Lead' })).toEqual({
      facets: {},
      owners: [],
      loading: ['Lead'],
    });
    const exported = await invokeHandler(handlers, 'records.export', {
      question: leadQuestion,
      columns: [{ field: 'Name', label: 'Name' }],
    });
    expect(exported).toMatchObject({ ok: false, message: expect.stringMatching(/still loading/) });
    const pipeline = await ask(handlers, 'pipeline.board', board);
    expect(pipeline).toMatchObject({ stages: [], loading: ['Opportunity'] });
    expect(await ask(handlers, 'records.list', contacts)).toEqual(before.contacts);
    // Their search entries are written when the load ends: search says so.
    const search = await ask(handlers, 'search.query', { text: 'a', perType: 3 });
    expect(search.loading).toEqual(['Opportunity', 'Lead']);

    const home = await ask(handlers, 'home.summary', {});
    expect(home.loading).toEqual(['Lead', 'Opportunity']);
    expect(home).toMatchObject({ newLeadsThisWeek: 0, keyDeals: [] });
    expect(home.openPipeline).toEqual({ count: 0, total: 0, weighted: 0 });
    // The tasks are all here: Home still shows them.
    expect(home.openTasks).toEqual(before.home.openTasks);
    expect(home.dueTasks).toEqual(before.home.dueTasks);

    const contactId = before.contacts.rows[0]!['Id'] as string;
    const related = await ask(handlers, 'records.related', { object: 'Contact', id: contactId });
    expect(related).toMatchObject({ openTasks: [], loading: ['Opportunity'] });
  });

  it('answer rows again once a crashed load’s indexes are rebuilt at the next open', async () => {
    const ctx = await restartableCore({ autoApprove: true, dataset: 'tiny' });
    const total = (await ask(ctx.core.handlers, 'records.list', leads)).total;
    // The worker stopped mid-load: the marker stays in the cache for the next open.
    deferIndexes(ctx.core.caches.open(ctx.key), 'sf_lead');
    expect((await ask(ctx.core.handlers, 'records.list', leads)).loading).toEqual(['Lead']);

    const reopened = ctx.restart();
    const after = await ask(reopened.handlers, 'records.list', leads);
    expect(after).toMatchObject({ total, loading: [] });
    expect(after.rows.length).toBe(Math.min(total, leads.limit));
  });
});
