import type Database from 'better-sqlite3';
import { IpcError } from '../../shared/ipc/result';
import { localIdsIn } from './localId';
import { localRecords } from './localRecord';
import { opFields, outboxStore, type OutboxOp } from '../store/outboxStore';

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
 * here disappears, with the changes that only make sense with it (a call logged on it).
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
    for (const dependant of outbox.all())
      if (localIdsIn(opFields(dependant)).includes(op.record_id)) discard(db, dependant);
    return;
  }
  records.restore(row);
}
