import { describe, expect, it } from 'vitest';
import { invokeHandler } from '../../../../src/core/ipc/invokeHandler';
import type { InvokeChannel } from '../../../../src/shared/ipc/channels';
import type { InvokeInput, InvokeOutput } from '../../../../src/shared/ipc/contract';
import { connectedCore } from '../../../support/connectedCore';

type Ctx = Awaited<ReturnType<typeof connectedCore>>;
const dayMs = 86_400_000;

async function ask<C extends InvokeChannel>(ctx: Ctx, channel: C, input: InvokeInput<C>) {
  const result = await invokeHandler(ctx.core.handlers, channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.message}`);
  return result.value as InvokeOutput<C>;
}

/** An account with a contact and a deal, their calls, tasks and meetings, and one elsewhere. */
async function accountWithActivity(org: { contactRoles?: number } = {}) {
  const ctx = await connectedCore({ autoApprove: true, dataset: 'tiny', scale: org });
  const { control, userId } = ctx.fake;
  const now = control.state().now;
  const dayOf = (offset: number) => new Date(now + offset * dayMs).toISOString().slice(0, 10);
  const today = dayOf(0);
  const account = control.create('Account', { Name: 'Harbour Works' });
  const contact = control.create('Contact', { LastName: 'Okafor', AccountId: account.Id });
  const deal = control.create('Opportunity', {
    Name: 'Harbour cranes',
    StageName: 'Prospecting',
    CloseDate: dayOf(30),
    AccountId: account.Id,
  });
  const elsewhere = control.create('Account', { Name: 'Elsewhere' });
  const task = (values: Record<string, unknown>) =>
    control.create('Task', { Status: 'Not Started', ...values }, userId).Id;
  const meet = (values: Record<string, unknown>) =>
    control.create('Event', { DurationInMinutes: 60, ...values }, userId).Id;
  const ids = {
    call: task({
      Subject: 'Intro call',
      TaskSubtype: 'Call',
      Status: 'Completed',
      ActivityDate: dayOf(-2),
      WhoId: contact.Id,
    }),
    quote: task({ Subject: 'Send quote', ActivityDate: dayOf(-1), WhatId: deal.Id }),
    later: task({ Subject: 'Renewal prep', ActivityDate: dayOf(5), WhatId: account.Id }),
    morning: meet({
      Subject: 'Site visit',
      StartDateTime: `${today}T09:00:00Z`,
      WhatId: account.Id,
    }),
    afternoon: meet({ Subject: 'Demo', StartDateTime: `${today}T14:00:00Z`, WhoId: contact.Id }),
    fair: meet({
      Subject: 'Trade fair',
      IsAllDayEvent: true,
      ActivityDate: dayOf(-3),
      DurationInMinutes: 1440,
      WhatId: deal.Id,
    }),
    other: task({ Subject: 'Not theirs', ActivityDate: today, WhatId: elsewhere.Id }),
  };
  // Roadbook keeps the rep's own tasks and meetings. A change to the contact is not activity: it must not show.
  control.update('Contact', contact.Id, { Phone: '555-0101' });
  await ctx.core.sync.syncNow();
  return { ctx, account, contact, deal, ids, dayOf };
}

const subjects = (timeline: InvokeOutput<'activity.timeline'>) =>
  timeline.days.map((d) => [d.day, d.items.map((i) => `${i.kind}:${i.subject}`)]);

describe('a record’s activity timeline', () => {
  it('rolls an account’s calls, tasks and meetings up by day, newest first, and pages', async () => {
    const { ctx, account, dayOf } = await accountWithActivity();
    const all = await ask(ctx, 'activity.timeline', {
      id: account.Id,
      limit: 50,
      utcOffsetMinutes: 0,
    });
    expect(all.total).toBe(6);
    expect(subjects(all)).toEqual([
      [dayOf(5), ['task:Renewal prep']],
      [dayOf(0), ['meeting:Demo', 'meeting:Site visit']],
      [dayOf(-1), ['task:Send quote']],
      [dayOf(-2), ['call:Intro call']],
      [dayOf(-3), ['meeting:Trade fair']],
    ]);
    const demo = all.days[1]!.items[0]!;
    expect(demo).toMatchObject({
      start: `${dayOf(0)}T14:00:00.000+0000`,
      end: `${dayOf(0)}T15:00:00.000+0000`,
      status: null,
      pending: false,
      who: { object: 'Contact', name: 'Okafor' },
    });
    expect(all.days[3]!.items[0]).toMatchObject({ closed: true, status: 'Completed' });
    expect(all.days[4]!.items[0]).toMatchObject({ start: null, what: { name: 'Harbour cranes' } });

    const firstPage = await ask(ctx, 'activity.timeline', {
      id: account.Id,
      limit: 2,
      utcOffsetMinutes: 0,
    });
    expect(firstPage.total).toBe(6);
    expect(subjects(firstPage)).toEqual([
      [dayOf(5), ['task:Renewal prep']],
      [dayOf(0), ['meeting:Demo']],
    ]);
  });

  it('shows a contact only its own, and a call logged offline at once at the top of its day', async () => {
    const { ctx, contact, dayOf } = await accountWithActivity();
    await ask(ctx, 'edits.create', {
      object: 'Task',
      fields: {
        Subject: 'Call about pricing',
        Status: 'Completed',
        TaskSubtype: 'Call',
        ActivityDate: dayOf(0),
        WhoId: contact.Id,
      },
    });
    const timeline = await ask(ctx, 'activity.timeline', {
      id: contact.Id,
      limit: 50,
      utcOffsetMinutes: 0,
    });
    expect(subjects(timeline)).toEqual([
      [dayOf(0), ['call:Call about pricing', 'meeting:Demo']],
      [dayOf(-2), ['call:Intro call']],
    ]);
    expect(timeline.days[0]!.items[0]).toMatchObject({ pending: true, closed: true });
  });

  it.each([
    { offset: 0, day: 0 },
    { offset: 60, day: 1 },
    { offset: -300, day: 0 },
  ])('puts a 23:30 UTC meeting on the rep’s day  minutes east of UTC', async ({ offset, day }) => {
    const { ctx, account, dayOf } = await accountWithActivity();
    ctx.fake.control.create(
      'Event',
      {
        Subject: 'Late call',
        StartDateTime: `${dayOf(0)}T23:30:00Z`,
        DurationInMinutes: 30,
        WhatId: account.Id,
      },
      ctx.fake.userId,
    );
    await ctx.core.sync.syncNow();
    const timeline = await ask(ctx, 'activity.timeline', {
      id: account.Id,
      limit: 50,
      utcOffsetMinutes: offset,
    });
    const late = timeline.days.find((d) => d.items.some((i) => i.subject === 'Late call'));
    expect(late?.day).toBe(dayOf(day));
  });
});

describe('a record’s related lists', () => {
  it('gives a deal its contact roles, the primary first, and a contact its deals with its role', async () => {
    const { ctx, account, contact, deal } = await accountWithActivity();
    const { control } = ctx.fake;
    const buyer = control.create('Contact', { LastName: 'Adeyemi', AccountId: account.Id });
    control.create('OpportunityContactRole', {
      OpportunityId: deal.Id,
      ContactId: contact.Id,
      Role: 'Evaluator',
    });
    control.create('OpportunityContactRole', {
      OpportunityId: deal.Id,
      ContactId: buyer.Id,
      Role: 'Economic Buyer',
      IsPrimary: true,
    });
    await ctx.core.sync.syncNow();

    const onDeal = await ask(ctx, 'records.related', { object: 'Opportunity', id: deal.Id });
    expect(onDeal.accountContacts).toBeNull();
    expect(onDeal.contactRoles?.map((c) => [c.name, c.role, c.primary])).toEqual([
      ['Adeyemi', 'Economic Buyer', true],
      ['Okafor', 'Evaluator', false],
    ]);

    const onContact = await ask(ctx, 'records.related', { object: 'Contact', id: contact.Id });
    expect(onContact.accountDeals).toBeNull();
    expect(onContact.contactDeals).toEqual([
      {
        id: deal.Id,
        name: 'Harbour cranes',
        stage: 'Prospecting',
        amount: null,
        closeDate: deal['CloseDate'],
        closed: false,
        roleId: expect.any(String),
        role: 'Evaluator',
        primary: false,
      },
    ]);
    const lonely = await ask(ctx, 'records.related', {
      object: 'Contact',
      id: control.create('Contact', { LastName: 'Nobody' }).Id,
    });
    expect(lonely.contactDeals).toEqual([]);
  });

  it('without contact roles in the cache, gives a contact its account’s deals, a deal its account’s contacts', async () => {
    const { ctx, account, contact, deal } = await accountWithActivity({ contactRoles: 0 });
    const onAccount = await ask(ctx, 'records.related', { object: 'Account', id: account.Id });
    expect(onAccount.openTasks.map((t) => t.subject)).toEqual(['Send quote', 'Renewal prep']);
    expect(onAccount).toMatchObject({
      openTaskCount: 2,
      accountDeals: null,
      accountContacts: null,
      contactDeals: null,
      contactRoles: null,
    });

    const onContact = await ask(ctx, 'records.related', { object: 'Contact', id: contact.Id });
    expect(onContact.openTaskCount).toBe(0);
    expect(onContact.accountDeals).toEqual({
      account: { id: account.Id, name: 'Harbour Works' },
      deals: [
        {
          id: deal.Id,
          name: 'Harbour cranes',
          stage: 'Prospecting',
          amount: null,
          closeDate: deal['CloseDate'],
          closed: false,
        },
      ],
    });

    const onDeal = await ask(ctx, 'records.related', { object: 'Opportunity', id: deal.Id });
    expect(onDeal.openTasks.map((t) => t.subject)).toEqual(['Send quote']);
    expect(onDeal.accountContacts?.contacts).toEqual([
      { id: contact.Id, name: 'Okafor', title: null, phone: '555-0101', email: null },
    ]);
  });
});
