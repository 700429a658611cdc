import type Database from 'better-sqlite3';
import type { Conflict, LocalState, OutboxEntry } from '../../shared/ipc/edits';
import { localRecords } from './localRecord';
import { opFields, outboxStore, type OutboxOp } from '../store/outboxStore';
import type { StoredConflict } from './conflicts';
import { changeCurrencies } from './recordCurrency';
import { changeLines, changedBy, fieldInfo, withName, type FieldInfo } from './changeLines';

const statusOf = {
  pending: 'waiting',
  inflight: 'sending',
  failed: 'failed',
  conflict: 'conflict',
} as const;

function conflictOf(db: Database.Database, info: FieldInfo, stored: StoredConflict): Conflict {
  if (stored.kind === 'deleted') return { kind: 'deleted' };
  return {
    kind: 'fields',
    fields: stored.fields.map((f) => {
      const { type } = info(f.field);
      return {
        field: f.field,
        label: f.label,
        type,
        mine: withName(db, type, f.mine),
        theirs: withName(db, type, f.theirs),
      };
    }),
    ...changedBy(db, stored),
  };
}

function entry(db: Database.Database, op: OutboxOp, info: FieldInfo): OutboxEntry {
  const row = localRecords(db, op.object).get(op.record_id);
  const record = row ? (JSON.parse(row.json) as Record<string, unknown>) : {};
  const stored = row?.conflict ? (JSON.parse(row.conflict) as StoredConflict) : null;
  const conflict = op.status === 'conflict' && stored ? conflictOf(db, info, stored) : null;
  // An edit is shown against the version it was made on; a new record has no before.
  const before =
    op.op === 'create' || !row
      ? null
      : (JSON.parse(row.base_json ?? row.json) as Record<string, unknown>);
  return {
    opId: op.op_id,
    object: op.object,
    recordId: op.record_id,
    recordName: String(record['Name'] ?? record['Subject'] ?? op.record_id),
    op: op.op,
    fields: opFields(op),
    lines: changeLines(db, info, before, opFields(op)),
    ...changeCurrencies(record, before, opFields(op)),
    status: statusOf[op.status],
    attempts: op.attempts,
    nextAttemptAt: op.next_attempt_at ? Date.parse(op.next_attempt_at) : null,
    error: op.status === 'conflict' && conflict?.kind === 'fields' ? null : op.last_error,
    conflict,
    createdAt: Date.parse(op.created_at),
  };
}

/** Every change not yet in Salesforce, oldest first, with its record's name and state. */
export function listChanges(db: Database.Database): OutboxEntry[] {
  const infos = new Map<string, FieldInfo>();
  const infoFor = (object: string) => {
    let info = infos.get(object);
    if (!info) infos.set(object, (info = fieldInfo(db, object)));
    return info;
  };
  return outboxStore(db)
    .all()
    .map((op) => entry(db, op, infoFor(op.object)));
}

/** What the record panel shows about a record's unsent changes. */
export function localStateOf(db: Database.Database, object: string, id: string): LocalState | null {
  const row = localRecords(db, object).get(id);
  if (!row) return null;
  const ops = outboxStore(db).forRecord(object, id);
  const latest = ops.find((op) => op.status === 'conflict' || op.status === 'failed') ?? ops.at(-1);
  return {
    state: row.local_state,
    pendingFields: JSON.parse(row.dirty_fields ?? '[]') as string[],
    change: latest ? entry(db, latest, fieldInfo(db, object)) : null,
  };
}
