import { raiseDeletedConflict } from './conflicts';
import { localRecords } from './localRecord';
import { outboxStore, type OutboxOp } from '../store/outboxStore';
import type { PushContext } from './pushCalls';
import { messageOf, type SaveError, type verdictOf } from './saveErrors';

/** A refused or failed op: retried later, a deleted-record conflict, or an error on its record. */
export function settleFailure(
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
