import { listChanges } from '../../../../src/core/outbox/listChanges';
import { createRecord, saveEdit } from '../../../../src/core/outbox/localEdits';
import type { SyncSummary } from '../../../../src/core/sync/syncOrg';
import type { FaultKind } from '../../../fake-org/faults';
import type { Harness } from '../../../support/syncHarness';

/** Short, so a faulted call costs the tests about a second. */
const deadlines = { callMs: 800, pageMs: 800, serverMs: 20_000 };
/** Far past any sync here, yet short of vitest's timeouts: "hung" is a result, not a timeout. */
const hungAfterMs = 60_000;

/** Every fault kind of the fake org, an answer past the deadline included. */
export const faultKinds: Array<[string, FaultKind]> = [
  ['a connection reset mid-body', { kind: 'reset' }],
  ['a connection dropped unanswered', { kind: 'drop' }],
  ['a body cut in half', { kind: 'truncated-json' }],
  ['an answer past the deadline', { kind: 'latency', ms: deadlines.callMs + 700 }],
  ['headers, then silence', { kind: 'stall' }],
  ['half a body, then silence', { kind: 'stall', midBody: true }],
  ['a 500', { kind: 'status', status: 500 }],
  ['a 503', { kind: 'status', status: 503 }],
  ['a 429', { kind: 'status', status: 429 }],
  ['an expired session (401)', { kind: 'invalid-session' }],
  ['the daily API limit (403)', { kind: 'request-limit' }],
];

type Outcome = { summary?: SyncSummary; error?: unknown };

/** One sync with the short deadlines; throws only if it never settles. */
export async function settledSync(h: Harness, extra: Parameters<Harness['sync']>[0] = {}) {
  let timer: NodeJS.Timeout | undefined;
  const hung = new Promise<'hung'>((resolve) => (timer = setTimeout(resolve, hungAfterMs, 'hung')));
  const outcome = h.sync({ bulkThreshold: 10, bulkPageSize: 10, deadlines, ...extra }).then(
    (summary): Outcome => ({ summary }),
    (error: unknown): Outcome => ({ error }),
  );
  try {
    const result = await Promise.race([outcome, hung]);
    if (result === 'hung') throw new Error(`a sync did not settle within ${hungAfterMs} ms`);
    return result;
  } finally {
    clearTimeout(timer);
  }
}

/**
 * A failed sync is the network's doing or Salesforce's answer, never code tripping over a cut
 * answer (jsforce hands truncated JSON over as a string).
 */
export function expectNoCrash(error: unknown) {
  if (error instanceof TypeError || error instanceof SyntaxError || error instanceof RangeError)
    throw error;
}

/**
 * Syncs until one finishes with nothing waiting; every try must settle. Failed tries are
 * counted; tries that only wait (a create Salesforce may still be making) are bounded in time.
 */
export async function syncUntilDone(h: Harness, failures = 12) {
  const errors: string[] = [];
  const waitUntil = Date.now() + 30_000;
  while (errors.length < failures) {
    const { summary, error } = await settledSync(h);
    expectNoCrash(error);
    if (summary?.outcome === 'done' && summary.pushed.waiting === 0) return;
    if (summary?.outcome === 'done' && Date.now() < waitUntil) continue;
    errors.push(summary?.outcome === 'paused' ? summary.reason : String(error ?? 'changes wait'));
  }
  throw new Error(`no sync finished: ${errors.join(' | ')}`);
}

/** What the rep and a colleague did between two syncs; the rep's part, to check at the end. */
export type Edits = { updates: Array<[string, string, string, string]>; creates: string[] };
export const noEdits = (): Edits => ({ updates: [], creates: [] });

export function changeBothSides(h: Harness, round: number, edits: Edits) {
  const live = (object: string) => h.fake.control.all(object).filter((r) => !r['IsDeleted']);
  h.fake.control.advanceClock(60_000);
  const accounts = live('Account');
  h.fake.control.update('Account', accounts[round % accounts.length]!.Id, {
    Phone: `+1 555 01${round}`,
  });
  h.fake.control.create('Contact', { LastName: `Round ${round}` });
  const deals = live('Opportunity').filter((o) => !o['IsClosed']);
  const deal = deals[round % deals.length]!;
  // Salesforce refuses any change to a converted lead.
  const leads = live('Lead').filter(
    (l) => !String(l['LastName']).startsWith('Offline') && l['IsConverted'] !== true,
  );
  const lead = leads[round % leads.length]!;
  const now = Date.now();
  const step = `Step ${round}`;
  if (saveEdit(h.db, 'Opportunity', deal.Id, { NextStep: step }, now).saved)
    edits.updates.push(['Opportunity', deal.Id, 'NextStep', step]);
  if (saveEdit(h.db, 'Lead', lead.Id, { Title: `Title ${round}` }, now).saved)
    edits.updates.push(['Lead', lead.Id, 'Title', `Title ${round}`]);
  const name = `Offline ${round}`;
  const created = createRecord(
    h.db,
    'Lead',
    { LastName: name, Company: 'Train Co', Status: 'Open - Not Contacted' },
    h.fake.userId,
    now,
  );
  if (created.saved) edits.creates.push(name);
  h.fake.control.advanceClock(60_000);
}

/** Every change the rep made is in Salesforce, each created record once, and nothing waits. */
export function expectEditsLanded(
  h: Harness,
  edits: Edits,
  expect: (v: unknown) => { toEqual(v: unknown): void },
) {
  expect(listChanges(h.db)).toEqual([]);
  // Later edits of one record and field win; every record keeps its last one.
  const last = new Map(edits.updates.map(([o, id, f, v]) => [`${o}/${id}/${f}`, v]));
  for (const [key, value] of last) {
    const [object, id, field] = key.split('/') as [string, string, string];
    expect([key, h.fake.control.get(object, id)[field]]).toEqual([key, value]);
  }
  const leads = h.fake.control.all('Lead').filter((l) => !l['IsDeleted']);
  for (const name of edits.creates)
    expect([name, leads.filter((l) => l['LastName'] === name).length]).toEqual([name, 1]);
}
