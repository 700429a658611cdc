import { describe, expect, it } from 'vitest';
import { mergeFields } from '../../../../src/core/outbox/conflicts';
import { listChanges } from '../../../../src/core/outbox/listChanges';
import { saveEdit } from '../../../../src/core/outbox/localEdits';
import { outboxStore } from '../../../../src/core/store/outboxStore';
import type { Harness } from '../../../support/syncHarness';
import { syncedDeal } from '../../../support/pushHarness';

type Values = Record<string, unknown>;
type Case = {
  base: Values;
  mine: Values;
  /** What Salesforce answers with the 412. */
  theirs: Values;
  /** Every value this outbox sent for each field before. */
  sent: Record<string, unknown[]>;
  conflicting: string[];
  applied: boolean;
};
const cases: Array<[string, Case]> = [
  [
    'nobody else changed it',
    {
      base: { F: 'a' },
      mine: { F: 'b' },
      theirs: { F: 'a' },
      sent: {},
      conflicting: [],
      applied: false,
    },
  ],
  [
    'it already holds mine',
    {
      base: { F: 'a' },
      mine: { F: 'b' },
      theirs: { F: 'b' },
      sent: {},
      conflicting: [],
      applied: true,
    },
  ],
  [
    'a colleague changed it',
    {
      base: { F: 'a' },
      mine: { F: 'b' },
      theirs: { F: 'x' },
      sent: {},
      conflicting: ['F'],
      applied: false,
    },
  ],
  [
    'it holds a value I sent before',
    {
      base: { F: 'a' },
      mine: { F: 'c' },
      theirs: { F: 'b' },
      sent: { F: ['b'] },
      conflicting: [],
      applied: false,
    },
  ],
  [
    'it holds a value I never sent',
    {
      base: { F: 'a' },
      mine: { F: 'c' },
      theirs: { F: 'x' },
      sent: { F: ['b'] },
      conflicting: ['F'],
      applied: false,
    },
  ],
  [
    'it holds a value I sent for another field',
    {
      base: { F: 'a', G: 1 },
      mine: { F: 'c', G: 2 },
      theirs: { F: 'b', G: 2 },
      sent: { G: ['b'] },
      conflicting: ['F'],
      applied: false,
    },
  ],
  [
    'it holds null where I sent an empty text',
    {
      base: { F: 'a' },
      mine: { F: 'c' },
      theirs: { F: null },
      sent: { F: [''] },
      conflicting: [],
      applied: false,
    },
  ],
];

describe('a 412 merge: whose change is it', () => {
  it.each(cases)('%s', (_name, { base, mine, theirs, sent, conflicting, applied }) => {
    expect(mergeFields(base, mine, theirs, sent)).toEqual({ conflicting, applied });
  });
});

const deadlines = { callMs: 1_500, pageMs: 1_500 };
const push = (h: Harness) => h.sync({ pushOnly: true, deadlines });

describe('your own writes are never "theirs"', () => {
  it('an edit after a push whose answer was lost goes out, with no conflict', async () => {
    const { h, deal } = await syncedDeal();
    saveEdit(h.db, 'Opportunity', deal.Id, { NextStep: 'First call' }, Date.now());
    h.fake.control.addFault({ route: 'composite', kind: 'reset', times: 1 });
    await expect(push(h)).resolves.toMatchObject({ outcome: 'done' });
    // Salesforce took the first value; Roadbook never heard.
    expect(h.fake.control.get('Opportunity', deal.Id)).toMatchObject({ NextStep: 'First call' });
    h.fake.control.advanceClock(60_000);
    saveEdit(h.db, 'Opportunity', deal.Id, { NextStep: 'Second call' }, Date.now());
    await push(h);
    expect(listChanges(h.db)).toEqual([]);
    expect(h.fake.control.get('Opportunity', deal.Id)).toMatchObject({ NextStep: 'Second call' });
  });

  it('an edit made while the first was in flight, its answer lost, goes out, with no conflict', async () => {
    const { h, deal } = await syncedDeal();
    saveEdit(h.db, 'Opportunity', deal.Id, { NextStep: 'First call' }, Date.now());
    h.fake.control.addFault({ route: 'composite', kind: 'stall', times: 1 });
    const first = push(h);
    const inFlight = () => outboxStore(h.db).all()[0]?.status === 'inflight';
    await expect.poll(inFlight, { timeout: 30_000, interval: 20 }).toBe(true);
    saveEdit(h.db, 'Opportunity', deal.Id, { NextStep: 'Second call' }, Date.now());
    await first;
    expect(h.fake.control.get('Opportunity', deal.Id)).toMatchObject({ NextStep: 'First call' });
    h.fake.control.advanceClock(60_000);
    await push(h);
    expect(listChanges(h.db)).toEqual([]);
    expect(h.fake.control.get('Opportunity', deal.Id)).toMatchObject({ NextStep: 'Second call' });
  });
});
