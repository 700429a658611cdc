import { opFields, outboxStore, type OutboxOp } from '../store/outboxStore';
import { chunks, groupBy, iso, post, refresh, stillToSend, type PushContext } from './pushCalls';
import { replaceLocalId } from './replaceLocalId';
import { isRetryable, verdictOf, type SaveError } from './saveErrors';
import { settleFailure } from './settleFailure';

type SaveResult = { id?: string; success: boolean; errors: SaveError[] };

const collectionSize = 200;

/** Creates, 200 records to a /composite/sobjects call; answers the number Salesforce created. */
export async function sendCreates(ctx: PushContext, creates: OutboxOp[]): Promise<number> {
  let sent = 0;
  for (const batch of chunks(creates, collectionSize)) sent += await sendCreateBatch(ctx, batch);
  return sent;
}

async function sendCreateBatch(ctx: PushContext, planned: OutboxOp[]): Promise<number> {
  const outbox = outboxStore(ctx.db);
  const ops = ctx.db.transaction(() => {
    const current = stillToSend(ctx, planned);
    outbox.markInflight(
      current.map((op) => op.op_id),
      iso(ctx.serverNow()),
    );
    return current;
  })();
  if (!ops.length) return 0;
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
