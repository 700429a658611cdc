import type Database from 'better-sqlite3';
import { IpcError } from '../../shared/ipc/result';
import { isLocalId } from './localId';
import { localRecords } from './localRecord';
import { mergedFields, opFields, outboxStore, type OutboxOp } from '../store/outboxStore';

function opOrThrow(db: Database.Database, opId: number): OutboxOp {
  const op = outboxStore(db).get(opId);
  if (!op) throw new IpcError('NOT_ALLOWED', 'This change is no longer waiting.');
  return op;
}

/** Send a refused or waiting change again at the next push, without waiting out its backoff. */
export function retryChange(db: Database.Database, opId: number): void {
  db.transaction(() => {
    const op = opOrThrow(db, opId);
    if (op.status === 'conflict')
      throw new IpcError(
        'NOT_ALLOWED',
        'Resolve the conflict first: keep your values or Salesforce’s.',
      );
    if (op.status !== 'inflight') outboxStore(db).retry(opId);
  }).immediate();
}

/**
 * The rep throws a change away: the record goes back to Salesforce's version. A record created
 * here disappears, with the changes that only make sense with it (a call logged on it); on a
 * record that exists, only the fields pointing at it go back.
 */
export function discardChange(db: Database.Database, opId: number): void {
  db.transaction(() => discard(db, opOrThrow(db, opId))).immediate();
}

function discard(db: Database.Database, op: OutboxOp): void {
  const outbox = outboxStore(db);
  if (op.status === 'inflight')
    throw new IpcError(
      'NOT_ALLOWED',
      'This change is being sent right now; try again in a moment.',
    );
  const records = localRecords(db, op.object);
  const row = records.get(op.record_id);
  for (const other of outbox.forRecord(op.object, op.record_id)) outbox.remove(other.op_id);
  if (!row) return;
  const gone = row.conflict && (JSON.parse(row.conflict) as { kind: string }).kind === 'deleted';
  if (op.op === 'create' || gone) {
    records.writer.removeRow(row.rowid);
    // Only a record made here can be named by changes not yet sent.
    if (isLocalId(op.record_id)) dropPointers(db, op.record_id);
    return;
  }
  records.restore(row);
}

/**
 * The changes naming a new record being thrown away: a new record made on it goes with it; on a
 * record that exists, only the fields naming it go back. Each change is read afresh, as throwing
 * one away may have changed the next.
 */
function dropPointers(db: Database.Database, localId: string): void {
  const outbox = outboxStore(db);
  for (const { op_id } of outbox.all()) {
    const dependant = outbox.get(op_id);
    if (!dependant) continue;
    const fields = opFields(dependant);
    const pointing = Object.keys(fields).filter((f) => fields[f] === localId);
    if (!pointing.length) continue;
    if (dependant.op === 'create') discard(db, dependant);
    else dropFields(db, dependant, pointing);
  }
}

/**
 * The change keeps its other fields (none left: it goes, and the record's other changes stay);
 * the dropped ones show what is still waiting for them, else Salesforce's value.
 */
function dropFields(db: Database.Database, op: OutboxOp, dropped: string[]): void {
  const outbox = outboxStore(db);
  const rest = opFields(op);
  for (const field of dropped) delete rest[field];
  if (Object.keys(rest).length) outbox.setFields(op.op_id, rest);
  else outbox.remove(op.op_id);
  const records = localRecords(db, op.object);
  const row = records.get(op.record_id);
  if (!row) return;
  const left = outbox.forRecord(op.object, op.record_id);
  if (!left.length) return records.restore(row);
  const waiting = mergedFields(left);
  const server = JSON.parse(row.server_json ?? row.base_json ?? row.json) as Record<
    string,
    unknown
  >;
  const settled = dropped.filter((field) => !(field in waiting));
  records.revertFields(
    row,
    Object.fromEntries(dropped.map((f) => [f, f in waiting ? waiting[f] : (server[f] ?? null)])),
    settled,
  );
}
