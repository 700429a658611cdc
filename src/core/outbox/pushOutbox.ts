import { editableObjects } from '../../shared/editing';
import { specFor } from '../schema/objectSpecs';
import { findLostCreates } from './findLostCreates';
import { isLocalId, localIdsIn } from './localId';
import { opFields, outboxStore, type OutboxOp } from '../store/outboxStore';
import { groupBy, iso, refresh, type PushContext } from './pushCalls';
import { sendCreates } from './pushCreates';
import { sendUpdates } from './pushUpdates';

export type PushSummary = { sent: number; waiting: number; attention: number };

/**
 * Rounds of sending in one push. Each round sends what the one before unblocked: the longest
 * chain an offline session builds is three deep (a lead created, a task logged on it, that
 * task edited), so three rounds send it all and one more covers a lost create found again as
 * pending. Whatever still waits goes at the next sync; the bound keeps a push from looping on
 * ops that never become ready.
 */
const sendRounds = 4;

const recordKey = (op: OutboxOp) => `${op.object}/${op.record_id}`;

/**
 * Sends what the outbox holds: creates first (children after the parents they point at), then
 * updates with If-Unmodified-Since. Every op is marked in flight before its request, so after a
 * crash an update is resent (idempotent: absolute values) and a create is first looked for.
 */
export async function pushOutbox(ctx: PushContext): Promise<PushSummary> {
  const outbox = outboxStore(ctx.db);
  let sent = 0;
  if (ctx.skipBackoff) outbox.endBackoff();
  for (let round = 0; round < sendRounds; round++) {
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
    sent += await sendCreates(ctx, creates);
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
