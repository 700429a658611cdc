import { describe, expect, it } from 'vitest';
import { invokeHandler } from '../../../../src/core/ipc/invokeHandler';
import { createRecord } from '../../../../src/core/outbox/localEdits';
import type { EventsInput, Meeting } from '../../../../src/shared/ipc/calendar';
import type { InvokeOutput } from '../../../../src/shared/ipc/contract';
import { connectedCore } from '../../../support/connectedCore';

type Ctx = Awaited<ReturnType<typeof connectedCore>>;
const dayMs = 86_400_000;

async function eventsOn(ctx: Ctx, input: EventsInput): Promise<Meeting[]> {
  const result = await invokeHandler(ctx.core.handlers, 'calendar.events', input);
  if (!result.ok) throw new Error(result.message);
  return (result.value as InvokeOutput<'calendar.events'>).events;
}

describe('the rep’s Events over a run of days', () => {
  it('lists today’s meetings with the account’s address and the contact’s name and phone', async () => {
    const ctx = await connectedCore({ autoApprove: true, dataset: 'tiny' });
    const { fake } = ctx;
    const now = fake.control.state().now;
    const today = new Date(now).toISOString().slice(0, 10);
    const tomorrow = new Date(now + dayMs).toISOString().slice(0, 10);
    const account = fake.control.create('Account', {
      Name: 'Harbour Works',
      BillingStreet: '4 Quay Road',
      BillingCity: 'Bristol',
      BillingPostalCode: 'BS1 4RN',
      BillingCountry: 'United Kingdom',
    });
    const contact = fake.control.create('Contact', {
      LastName: 'Okafor',
      FirstName: 'Ngozi',
      Phone: '+44 117 496 0000',
      AccountId: account.Id,
    });
    const deal = fake.control.create('Opportunity', {
      Name: 'Harbour cranes',
      StageName: 'Prospecting',
      CloseDate: tomorrow,
      AccountId: account.Id,
    });
    const lead = fake.control.create('Lead', {
      LastName: 'Ruiz',
      Company: 'Ruiz Ltd',
      Phone: '555-0100',
    });
    const other = fake.control.state().users.find((u) => u.id !== fake.userId)!.id;
    const meet = (values: Record<string, unknown>, owner = fake.userId) =>
      fake.control.create('Event', { DurationInMinutes: 60, ...values }, owner).Id;
    const visit = meet({
      Subject: 'Site visit',
      StartDateTime: `${today}T09:00:00Z`,
      WhatId: account.Id,
      WhoId: contact.Id,
      Location: 'Dock 4',
    });
    const review = meet({
      Subject: 'Deal review',
      StartDateTime: `${today}T14:00:00Z`,
      WhatId: deal.Id,
    });
    const call = meet({ Subject: 'Intro', StartDateTime: `${today}T21:00:00Z`, WhoId: lead.Id });
    const fair = meet({
      Subject: 'Trade fair',
      IsAllDayEvent: true,
      ActivityDate: today,
      DurationInMinutes: 1440,
    });
    const later = meet({ Subject: 'Tomorrow', StartDateTime: `${tomorrow}T09:00:00Z` });
    const theirs = meet({ Subject: 'Not mine', StartDateTime: `${today}T10:00:00Z` }, other);
    await ctx.core.sync.syncNow();

    const events = await eventsOn(ctx, { fromDay: today, toDay: today, utcOffsetMinutes: 0 });
    const ids = events.map((e) => e.id);
    for (const id of [later, theirs]) expect(ids).not.toContain(id);
    const ours = events.filter((e) => [fair, visit, review, call].includes(e.id));
    expect(ours.map((e) => e.subject)).toEqual([
      'Trade fair',
      'Site visit',
      'Deal review',
      'Intro',
    ]);
    const address = {
      id: account.Id,
      name: 'Harbour Works',
      street: '4 Quay Road',
      city: 'Bristol',
      state: null,
      postalCode: 'BS1 4RN',
      country: 'United Kingdom',
      phone: null,
    };
    expect(ours[0]).toMatchObject({ allDay: true, account: null, who: null });
    expect(ours[1]).toMatchObject({
      start: `${today}T09:00:00.000+0000`,
      end: `${today}T10:00:00.000+0000`,
      location: 'Dock 4',
      unsent: false,
      account: address,
      who: { id: contact.Id, object: 'Contact', name: 'Ngozi Okafor', phone: '+44 117 496 0000' },
    });
    expect(ours[2]).toMatchObject({
      account: address,
      opportunity: { id: deal.Id, name: 'Harbour cranes' },
    });
    expect(ours[3]).toMatchObject({
      who: { id: lead.Id, object: 'Lead', name: 'Ruiz', phone: '555-0100' },
    });

    // Four hours ahead of UTC, the 21:00 UTC call falls on the rep's next day.
    const east = await eventsOn(ctx, { fromDay: tomorrow, toDay: tomorrow, utcOffsetMinutes: 240 });
    expect(east.map((e) => e.id)).toEqual(expect.arrayContaining([call, later]));
    expect(east.map((e) => e.id)).not.toContain(visit);
  });

  it('shows a meeting made offline at once, marked unsent', async () => {
    const ctx = await connectedCore({ autoApprove: true, dataset: 'tiny' });
    const today = new Date(ctx.fake.control.state().now).toISOString().slice(0, 10);
    const db = ctx.core.caches.open(ctx.key);
    const made = createRecord(
      db,
      'Event',
      { Subject: 'Coffee', StartDateTime: `${today}T11:00:00Z`, EndDateTime: `${today}T11:30:00Z` },
      ctx.fake.userId,
      Date.now(),
    );
    const events = await eventsOn(ctx, { fromDay: today, toDay: today, utcOffsetMinutes: 0 });
    expect(events.find((e) => made.saved && e.id === made.id)).toMatchObject({
      subject: 'Coffee',
      unsent: true,
    });
    // A search hit on it opens its record.
    const id = made.saved ? made.id : '';
    const opened = await invokeHandler(ctx.core.handlers, 'records.get', { object: 'Event', id });
    expect(opened).toMatchObject({ ok: true, value: { record: { Subject: 'Coffee' } } });
  });

  it('refuses a range that ends before it starts or is too long', async () => {
    const ctx = await connectedCore({ autoApprove: true, dataset: 'tiny' });
    for (const input of [
      { fromDay: '2026-03-02', toDay: '2026-03-01', utcOffsetMinutes: 0 },
      { fromDay: '2026-01-01', toDay: '2026-12-31', utcOffsetMinutes: 0 },
      { fromDay: '2026-02-30', toDay: '2026-03-01', utcOffsetMinutes: 0 },
      { fromDay: '2026-03-01', toDay: '2026-03-01', utcOffsetMinutes: 24 * 60 },
    ]) {
      const refused = await invokeHandler(ctx.core.handlers, 'calendar.events', input);
      expect(refused).toMatchObject({ ok: false, code: 'INVALID_INPUT' });
    }
  });
});
