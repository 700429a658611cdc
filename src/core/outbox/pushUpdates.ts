import type { ServerRecord } from '../salesforce/serverRecord';
import { parseSfDateTime } from '../salesforce/soqlTime';
import { mergeFields, raiseDeletedConflict, raiseFieldConflict, rebaseRow } from './conflicts';
import { localRecords } from './localRecord';
import { mergedFields, outboxStore, sentValues, type OutboxOp } from '../store/outboxStore';
import {
  chunks,
  groupBy,
  iso,
  post,
  retrieve,
  stillToSend,
  type PushContext,
  type Values,
} from './pushCalls';
import { isRetryable, verdictOf, type SaveError } from './saveErrors';
import { settleFailure } from './settleFailure';

type SubResponse = { body: unknown; httpStatusCode: number; referenceId: string };

const compositeSize = 25;

const httpDate = (sfDateTime: string) => new Date(parseSfDateTime(sfDateTime)).toUTCString();

type Plan = { ops: OutboxOp[]; object: string; id: string; fields: Values };

/**
 * Changed fields, 25 records to a /composite call, each conditional on its base version; then
 * one retrieve per 2,000 answered records lays Salesforce's version under them.
 */
export async function sendUpdates(ctx: PushContext, groups: OutboxOp[][]): Promise<number> {
  const answered: Array<{ plan: Plan; accepted: boolean }> = [];
  for (const batch of chunks(groups, compositeSize)) {
    const sent = await sendUpdateBatch(ctx, batch);
    if (!sent) break;
    answered.push(...sent);
  }
  for (const [object, group] of groupBy(answered, (a) => a.plan.object)) {
    const changedBy = new Map<string, string>();
    const theirs = await retrieve(
      ctx,
      object,
      group.map((a) => a.plan.id),
      changedBy,
    );
    ctx.db.transaction(() => {
      for (const { plan, accepted } of group)
        settleAnswered(ctx, plan, theirs.get(plan.id) ?? null, accepted, changedBy.get(plan.id));
    })();
  }
  return answered.filter((a) => a.accepted).length;
}

/** One /composite call; undefined when the network failed (the ops wait for the next try). */
async function sendUpdateBatch(ctx: PushContext, groups: OutboxOp[][]) {
  const outbox = outboxStore(ctx.db);
  const plans = ctx.db.transaction(() => {
    const current: Plan[] = groups
      .map((ops) => stillToSend(ctx, ops))
      .filter((ops) => ops.length > 0)
      .map((ops) => ({
        ops,
        object: ops[0]!.object,
        id: ops[0]!.record_id,
        fields: mergedFields(ops),
      }));
    outbox.markInflight(
      current.flatMap((plan) => plan.ops.map((op) => op.op_id)),
      iso(ctx.serverNow()),
    );
    for (const plan of current) for (const op of plan.ops) outbox.recordSent(op.op_id, plan.fields);
    return current;
  })();
  if (!plans.length) return [];
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
      for (const op of plans.flatMap((plan) => plan.ops))
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
  changedById: string | undefined,
) {
  const outbox = outboxStore(ctx.db);
  const records = localRecords(ctx.db, plan.object);
  const row = records.get(plan.id);
  if (accepted || !row) {
    for (const op of plan.ops) outbox.remove(op.op_id);
    if (row && theirs) rebaseRow(ctx.db, plan.object, row, theirs);
    return;
  }
  if (!theirs) return raiseDeletedConflict(ctx.db, plan.ops, row);
  const base = JSON.parse(row.base_json ?? row.json) as Values;
  // Every try of every op on this record, this one's and those still backing off alike.
  const sent = sentValues(outbox.forRecord(plan.object, plan.id));
  const { conflicting, applied } = mergeFields(base, plan.fields, theirs, sent);
  if (applied) {
    for (const op of plan.ops) outbox.remove(op.op_id);
    return rebaseRow(ctx.db, plan.object, row, theirs);
  }
  if (conflicting.length)
    return raiseFieldConflict(ctx.db, plan.ops, row, { theirs, changedById }, conflicting);
  // Only Salesforce's other fields moved: take them, and send ours again on the new base.
  for (const op of plan.ops) outbox.setStatus(op.op_id, 'pending');
  rebaseRow(ctx.db, plan.object, row, theirs);
}
