import type Database from 'better-sqlite3';
import { ranOutItsDeadline } from '../salesforce/deadlineTransport';
import { specFor } from '../schema/objectSpecs';
import { parseSfDateTime, soqlDateTime } from '../salesforce/soqlTime';
import { sameValue } from './conflicts';
import { opFields, outboxStore, type OutboxOp } from '../store/outboxStore';
import { groupBy, refresh, type PushContext, type Values } from './pushCalls';
import { replaceLocalId } from './replaceLocalId';

/** How far before a lost create's send time its record may be stamped (clock and commit skew). */
const createSkewMs = 5 * 60_000;

/**
 * How far before the send a record already cached may be stamped and still be this create's.
 * Such a record came in with a pull after the send (so it is no older than the send, give or
 * take the whole second Salesforce stamps and the second our estimate of its clock may be
 * ahead), or it was made before, as the same call logged twice a minute apart.
 */
const cachedSkewMs = 30_000;

/**
 * Creates whose request went out but whose answer never came back: the record may exist. Look
 * for it (created by this user since just before the send, with exactly these values) and
 * adopt it; only when none is there may the create be sent again.
 */
export async function findLostCreates(ctx: PushContext, lost: OutboxOp[]) {
  for (const [object, ops] of groupBy(lost, (op) => op.object)) {
    const since =
      Math.min(...ops.map((op) => Date.parse(op.inflight_at ?? op.created_at))) - createSkewMs;
    const fields = [...new Set(ops.flatMap((op) => Object.keys(opFields(op))))];
    ctx.countCall();
    let page = await ctx.conn.query<Values & { Id: string; CreatedDate: string }>(
      `SELECT Id, CreatedDate, ${fields.filter((f) => f !== 'CreatedDate').join(', ')} FROM ${object} WHERE CreatedById = '${ctx.userId.replace(/'/g, '')}' AND CreatedDate >= ${soqlDateTime(since)} ORDER BY CreatedDate, Id`,
    );
    const candidates = [...page.records];
    while (!page.done && page.nextRecordsUrl) {
      ctx.countCall();
      page = await ctx.conn.queryMore<Values & { Id: string; CreatedDate: string }>(
        page.nextRecordsUrl,
      );
      candidates.push(...page.records);
    }
    const table = specFor(object).table;
    const cached = ctx.db
      .prepare(`SELECT local_state FROM ${table} WHERE id = ?`)
      .pluck() as Database.Statement<[string], string>;
    /** A record with changes here, or cached from before the send, is some other record. */
    const couldBe = (candidate: { Id: string; CreatedDate: string }, sentAt: number) => {
      const state = cached.get(candidate.Id);
      return (
        state === undefined ||
        (state === 'clean' && parseSfDateTime(candidate.CreatedDate) >= sentAt - cachedSkewMs)
      );
    };
    const taken = new Set<string>();
    const adopted: string[] = [];
    ctx.db.transaction(() => {
      for (const op of ops) {
        const values = opFields(op);
        const sentAt = Date.parse(op.inflight_at ?? op.created_at);
        const match = candidates.find(
          (c) =>
            !taken.has(c.Id) &&
            couldBe(c, sentAt) &&
            Object.entries(values).every(([k, v]) => sameValue(c[k], v)),
        );
        if (!match) {
          // A create whose call ran out its deadline may still be under way at Salesforce:
          // sent again now, it could be made twice. It is looked for again until it is found
          // or Salesforce has surely given up on it.
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
