import type { ServerRecord } from '../salesforce/serverRecord';
import { ranOutItsDeadline } from '../salesforce/deadlineTransport';
import { specFor } from '../schema/objectSpecs';
import { editableObjects } from '../../shared/editing';
import { parseSfDateTime, soqlDateTime } from '../salesforce/soqlTime';
import { mergeFields, raiseDeletedConflict, raiseFieldConflict, sameValue } from './conflicts';
import { isLocalId, localIdsIn } from './localId';
import { localRecords } from './localRecord';
import {
  mergedFields,
  opFields,
  outboxStore,
  sentValues,
  type OutboxOp,
} from '../store/outboxStore';
import { replaceLocalId } from './replaceLocalId';
import {
  chunks,
  groupBy,
  post,
  refresh,
  retrieve,
  type PushContext,
  type Values,
} from './pushCalls';
import { isRetryable, messageOf, verdictOf, type SaveError } from './saveErrors';

export type PushSummary = { sent: number; waiting: number; attention: number };

type SaveResult = { id?: string; success: boolean; errors: SaveError[] };
type SubResponse = { body: unknown; httpStatusCode: number; referenceId: string };

const collectionSize = 200;
const compositeSize = 25;
/** How far before a lost create's send time its record may be stamped (clock and commit skew). */
const createSkewMs = 5 * 60_000;

const recordKey = (op: OutboxOp) => `${op.object}/${op.record_id}`;
const iso = (ms: number) => new Date(ms).toISOString();
const httpDate = (sfDateTime: string) => new Date(parseSfDateTime(sfDateTime)).toUTCString();

/**
 * Sends what the outbox holds: creates first (children after the parents they point at), then
 * updates with If-Unmodified-Since. Every op is marked in flight before its request, so after a
 * crash an update is resent (idempotent: absolute values) and a create is first looked for.
 */
export async function pushOutbox(ctx: PushContext): Promise<PushSummary> {
  const outbox = outboxStore(ctx.db);
  let sent = 0;
  if (ctx.skipBackoff) outbox.endBackoff();
  for (let round = 0; round < 4; round++) {
    let due = outbox.due(iso(Date.now()));
    const lost = due.filter((op) => op.op === 'create' && op.status === 'inflight');
    if (lost.length) {
      await findLostCreates(ctx, lost);
      due = outbox.due(iso(Date.now()));
    }
    // Ops pointing at a record not yet created wait for a later round.
    const ready = due.filter((op) => localIdsIn(opFields(op)).length === 0);
    const creates = ready.filter((op) => op.op === 'create' && op.status !== 'inflight');
    // A record's later edit waits with an earlier one that is backing off: sent alone, it would
    // land first and be overwritten when the earlier one goes.
    const dueIds = new Set(due.map((op) => op.op_id));
    const held = new Set(
      outbox
        .all()
        .filter(
          (op) => (op.status === 'pending' || op.status === 'inflight') && !dueIds.has(op.op_id),
        )
        .map(recordKey),
    );
    const updates = ready.filter(
      (op) => op.op === 'update' && !isLocalId(op.record_id) && !held.has(recordKey(op)),
    );
    if (!creates.length && !updates.length) break;
    for (const batch of chunks(creates, collectionSize)) sent += await sendCreates(ctx, batch);
    const byRecord = groupBy(updates, recordKey);
    sent += await sendUpdates(ctx, [...byRecord.values()]);
  }
  await refreshAnswered(ctx);
  return { sent, ...outbox.counts() };
}

/**
 * Rows whose write Salesforce answered but whose version never came back (the retrieve after
 * it failed): no op is left to bring it, and a pull keeps a changed row as it is.
 */
async function refreshAnswered(ctx: PushContext) {
  for (const spec of editableObjects.map(specFor)) {
    const ids = ctx.db
      .prepare(
        `SELECT id FROM ${spec.table} WHERE local_state != 'clean'
           AND id NOT IN (SELECT record_id FROM outbox WHERE object = ?)`,
      )
      .pluck()
      .all(spec.name) as string[];
    await refresh(ctx, spec.name, ids);
  }
}

/**
 * Creates whose request went out but whose answer never came back: the record may exist. Look
 * for it (created by this user since just before the send, with exactly these values) and
 * adopt it; only when none is there may the create be sent again.
 */
async function findLostCreates(ctx: PushContext, lost: OutboxOp[]) {
  for (const [object, ops] of groupBy(lost, (op) => op.object)) {
    const since =
      Math.min(...ops.map((op) => Date.parse(op.inflight_at ?? op.created_at))) - createSkewMs;
    const fields = [...new Set(ops.flatMap((op) => Object.keys(opFields(op))))];
    ctx.countCall();
    let page = await ctx.conn.query<Values & { Id: string }>(
      `SELECT Id, ${fields.join(', ')} FROM ${object} WHERE CreatedById = '${ctx.userId.replace(/'/g, '')}' AND CreatedDate >= ${soqlDateTime(since)} ORDER BY CreatedDate, Id`,
    );
    const candidates = [...page.records];
    while (!page.done && page.nextRecordsUrl) {
      ctx.countCall();
      page = await ctx.conn.queryMore<Values & { Id: string }>(page.nextRecordsUrl);
      candidates.push(...page.records);
    }
    const table = specFor(object).table;
    const known = ctx.db.prepare(`SELECT 1 FROM ${table} WHERE id = ? AND local_state != 'clean'`);
    const taken = new Set<string>();
    const adopted: string[] = [];
    ctx.db.transaction(() => {
      for (const op of ops) {
        const values = opFields(op);
        const match = candidates.find(
          (c) =>
            !taken.has(c.Id) &&
            !known.get(c.Id) &&
            Object.entries(values).every(([k, v]) => sameValue(c[k], v)),
        );
        if (!match) {
          // A create whose call ran out its deadline may still be under way at Salesforce:
          // sent again now, it could be made twice. It is looked for again until it is found
          // or Salesforce has surely given up on it.
          const sentAt = Date.parse(op.inflight_at ?? op.created_at);
          if (ranOutItsDeadline(op.last_error) && ctx.serverNow() - sentAt < ctx.serverMs)
            outboxStore(ctx.db).backOff(op.op_id, 'inflight', op.last_error!, Date.now());
          else outboxStore(ctx.db).setStatus(op.op_id, 'pending');
          continue;
        }
        taken.add(match.Id);
        adopted.push(match.Id);
        ctx.log(
          `${object} ${op.record_id} was created before a crash as ${match.Id}; not sending it again`,
        );
        outboxStore(ctx.db).remove(op.op_id);
        replaceLocalId(ctx.db, object, op.record_id, match.Id);
      }
    })();
    await refresh(ctx, object, adopted);
  }
}

async function sendCreates(ctx: PushContext, ops: OutboxOp[]): Promise<number> {
  const outbox = outboxStore(ctx.db);
  ctx.db.transaction(() =>
    outbox.markInflight(
      ops.map((op) => op.op_id),
      iso(ctx.serverNow()),
    ),
  )();
  let results: SaveResult[];
  try {
    results = await post<SaveResult[]>(ctx, '/composite/sobjects', {
      allOrNone: false,
      records: ops.map((op) => ({ attributes: { type: op.object }, ...opFields(op) })),
    });
  } catch (error) {
    // Whether Salesforce created them is unknown: they stay in flight and are looked for first.
    ctx.db.transaction(() => {
      for (const op of ops)
        outbox.backOff(op.op_id, 'inflight', (error as Error).message, Date.now());
    })();
    if (isRetryable(error)) return 0;
    throw error;
  }
  const created: Array<{ object: string; id: string }> = [];
  ctx.db.transaction(() => {
    ops.forEach((op, i) => {
      const result = results[i] ?? {
        success: false,
        errors: [{ message: 'No answer for this record' }],
      };
      if (result.success && result.id) {
        outbox.remove(op.op_id);
        replaceLocalId(ctx.db, op.object, op.record_id, result.id);
        created.push({ object: op.object, id: result.id });
      } else {
        // A create has no version to be stale against; a missing lookup target is the rep's to fix.
        const verdict = verdictOf(400, result.errors);
        settleFailure(ctx, [op], verdict === 'transient' ? verdict : 'refused', result.errors);
      }
    });
  })();
  for (const [object, group] of groupBy(created, (c) => c.object))
    await refresh(
      ctx,
      object,
      group.map((c) => c.id),
    );
  return created.length;
}

function settleFailure(
  ctx: PushContext,
  ops: OutboxOp[],
  verdict: ReturnType<typeof verdictOf>,
  errors: SaveError[],
) {
  const outbox = outboxStore(ctx.db);
  const message = messageOf(errors);
  const records = localRecords(ctx.db, ops[0]!.object);
  const row = records.get(ops[0]!.record_id);
  if (verdict === 'transient') {
    for (const op of ops) outbox.backOff(op.op_id, 'pending', message, Date.now());
  } else if (verdict === 'gone') {
    raiseDeletedConflict(ctx.db, ops, row);
  } else {
    for (const op of ops) outbox.setStatus(op.op_id, 'failed', message);
    if (row) records.setError(row.rowid, JSON.stringify(errors));
  }
}

type Plan = { ops: OutboxOp[]; object: string; id: string; fields: Values };

/**
 * Changed fields, 25 records to a /composite call, each conditional on its base version; then
 * one retrieve per 2,000 answered records lays Salesforce's version under them.
 */
async function sendUpdates(ctx: PushContext, groups: OutboxOp[][]): Promise<number> {
  const answered: Array<{ plan: Plan; accepted: boolean }> = [];
  for (const batch of chunks(groups, compositeSize)) {
    const sent = await sendUpdateBatch(ctx, batch);
    if (!sent) break;
    answered.push(...sent);
  }
  for (const [object, group] of groupBy(answered, (a) => a.plan.object)) {
    const theirs = await retrieve(
      ctx,
      object,
      group.map((a) => a.plan.id),
    );
    ctx.db.transaction(() => {
      for (const { plan, accepted } of group)
        settleAnswered(ctx, plan, theirs.get(plan.id) ?? null, accepted);
    })();
  }
  return answered.filter((a) => a.accepted).length;
}

/** One /composite call; undefined when the network failed (the ops wait for the next try). */
async function sendUpdateBatch(ctx: PushContext, groups: OutboxOp[][]) {
  const outbox = outboxStore(ctx.db);
  const plans: Plan[] = groups.map((ops) => ({
    ops,
    object: ops[0]!.object,
    id: ops[0]!.record_id,
    fields: mergedFields(ops),
  }));
  ctx.db.transaction(() => {
    outbox.markInflight(
      groups.flat().map((op) => op.op_id),
      iso(ctx.serverNow()),
    );
    for (const plan of plans) for (const op of plan.ops) outbox.recordSent(op.op_id, plan.fields);
  })();
  let responses: SubResponse[];
  try {
    ({ compositeResponse: responses } = await post<{ compositeResponse: SubResponse[] }>(
      ctx,
      '/composite',
      {
        allOrNone: false,
        compositeRequest: plans.map((p) => {
          const base = localRecords(ctx.db, p.object).get(p.id)?.base_lmd;
          return {
            method: 'PATCH',
            url: `/services/data/v${ctx.apiVersion}/sobjects/${p.object}/${p.id}`,
            referenceId: `op${p.ops[0]!.op_id}`,
            body: p.fields,
            ...(base ? { httpHeaders: { 'If-Unmodified-Since': httpDate(base) } } : {}),
          };
        }),
      },
    ));
  } catch (error) {
    // Resending absolute values is safe, so these simply wait for the next try.
    ctx.db.transaction(() => {
      for (const op of groups.flat())
        outbox.backOff(op.op_id, 'pending', (error as Error).message, Date.now());
    })();
    if (isRetryable(error)) return undefined;
    throw error;
  }
  const answered: Array<{ plan: Plan; accepted: boolean }> = [];
  ctx.db.transaction(() => {
    plans.forEach((plan, i) => {
      const response = responses[i];
      const status = response?.httpStatusCode ?? 500;
      if (status >= 200 && status < 300) return answered.push({ plan, accepted: true });
      const errors = (
        Array.isArray(response?.body) ? response.body : [{ message: `HTTP ${status}` }]
      ) as SaveError[];
      const verdict = verdictOf(status, errors);
      if (verdict === 'stale') return answered.push({ plan, accepted: false });
      settleFailure(ctx, plan.ops, verdict, errors);
    });
  })();
  return answered;
}

/**
 * A 2xx, or a 412 with the server's version in hand. A 412 whose values are already ours was
 * our own earlier try; fields only Salesforce changed merge; the same field changed both ways
 * goes to the rep.
 */
function settleAnswered(
  ctx: PushContext,
  plan: Plan,
  theirs: ServerRecord | null,
  accepted: boolean,
) {
  const outbox = outboxStore(ctx.db);
  const records = localRecords(ctx.db, plan.object);
  const row = records.get(plan.id);
  const waiting = () => mergedFields(outbox.forRecord(plan.object, plan.id));
  if (accepted || !row) {
    for (const op of plan.ops) outbox.remove(op.op_id);
    if (row && theirs) records.rebase(row, theirs, waiting());
    return;
  }
  if (!theirs) return raiseDeletedConflict(ctx.db, plan.ops, row);
  const base = JSON.parse(row.base_json ?? row.json) as Values;
  // Every try of every op on this record, this one's and those still backing off alike.
  const sent = sentValues(outbox.forRecord(plan.object, plan.id));
  const { conflicting, applied } = mergeFields(base, plan.fields, theirs, sent);
  if (applied) {
    for (const op of plan.ops) outbox.remove(op.op_id);
    return records.rebase(row, theirs, waiting());
  }
  if (conflicting.length) return raiseFieldConflict(ctx.db, plan.ops, row, theirs, conflicting);
  // Only Salesforce's other fields moved: take them, and send ours again on the new base.
  for (const op of plan.ops) outbox.setStatus(op.op_id, 'pending');
  records.rebase(row, theirs, waiting());
}
