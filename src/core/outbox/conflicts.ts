import type Database from 'better-sqlite3';
import type { FieldValue } from '../../shared/editing';
import { IpcError } from '../../shared/ipc/result';
import type { ServerRecord } from '../salesforce/serverRecord';
import { cachedDescribe } from '../schema/fieldList';
import { localRecords, type LocalRow } from './localRecord';
import {
  mergedFields,
  opFields,
  outboxStore,
  type OutboxOp,
  type SentValues,
} from '../store/outboxStore';

type Values = Record<string, unknown>;
type StoredField = {
  field: string;
  label: string;
  base: FieldValue;
  mine: FieldValue;
  theirs: FieldValue;
};
/** What the row keeps while the rep decides: the fields in conflict, plus the server record. */
export type StoredConflict =
  | { kind: 'fields'; fields: StoredField[]; theirs?: ServerRecord; changedById?: string }
  | { kind: 'deleted' };

/** Salesforce answers null where a form had '' (and undefined where a field was not asked for). */
export const sameValue = (a: unknown, b: unknown) =>
  (a ?? null) === (b ?? null) || (a ?? '') === (b ?? '');

/**
 * Three-way merge of one record's changed fields. A field only the server changed is not in
 * `mine` and stays as the server has it; a field both changed to different values conflicts,
 * unless the server holds a value this outbox sent for it earlier (`sent`): that is the rep's
 * own write whose answer was lost, and their newer value simply goes out again.
 */
export function mergeFields(base: Values, mine: Values, theirs: Values, sent: SentValues = {}) {
  const fields = Object.keys(mine);
  const ours = (f: string) =>
    sameValue(theirs[f], mine[f]) || (sent[f] ?? []).some((v) => sameValue(theirs[f], v));
  return {
    conflicting: fields.filter((f) => !sameValue(theirs[f], base[f]) && !ours(f)),
    /** Salesforce already holds every value we meant to send (our earlier try got through). */
    applied: fields.every((f) => sameValue(theirs[f], mine[f])),
  };
}

const value = (v: unknown): FieldValue => (v === undefined ? null : (v as FieldValue));

/** Parks a change for the rep: these fields differ between their edit and Salesforce's. */
export function raiseFieldConflict(
  db: Database.Database,
  ops: OutboxOp[],
  row: LocalRow,
  server: { theirs: ServerRecord; changedById: string | undefined },
  fields: string[],
): void {
  const { theirs, changedById } = server;
  const records = localRecords(db, ops[0]!.object);
  const labels = new Map((cachedDescribe(db, ops[0]!.object) ?? []).map((f) => [f.name, f.label]));
  const base = JSON.parse(row.base_json ?? row.json) as Values;
  const mine = mergedFields(ops);
  const conflict: StoredConflict = {
    kind: 'fields',
    fields: fields.map((field) => ({
      field,
      label: labels.get(field) ?? field,
      base: value(base[field]),
      mine: value(mine[field]),
      theirs: value(theirs[field]),
    })),
    theirs,
    ...(changedById ? { changedById } : {}),
  };
  records.setConflict(row.rowid, conflict);
  db.prepare(`UPDATE ${records.spec.table} SET server_json = ? WHERE rowid = ?`).run(
    JSON.stringify(theirs),
    row.rowid,
  );
  for (const op of ops) outboxStore(db).setStatus(op.op_id, 'conflict');
}

export function raiseDeletedConflict(
  db: Database.Database,
  ops: OutboxOp[],
  row: LocalRow | undefined,
) {
  if (row) localRecords(db, ops[0]!.object).setConflict(row.rowid, { kind: 'deleted' });
  for (const op of ops) outboxStore(db).setStatus(op.op_id, 'conflict', 'Deleted in Salesforce');
}

/**
 * Lays Salesforce's version under the row with the changes still waiting on top (localRecords'
 * rebase). A conflict another change on the record still waits on stays as it was, with the
 * server version it was raised against: settled, its change is rebased on that version and goes
 * out against it, so anything a colleague changed since is merged or raised, never overwritten.
 */
export function rebaseRow(
  db: Database.Database,
  object: string,
  row: LocalRow,
  theirs: ServerRecord,
) {
  const records = localRecords(db, object);
  const ops = outboxStore(db).forRecord(object, row.id);
  records.rebase(row, theirs, mergedFields(ops));
  if (!row.conflict || !ops.some((op) => op.status === 'conflict')) return;
  db.prepare(`UPDATE ${records.spec.table} SET conflict = ?, server_json = ? WHERE rowid = ?`).run(
    row.conflict,
    row.server_json,
    row.rowid,
  );
}

/**
 * Settles conflicting fields: 'theirs' drops the rep's value, 'mine' keeps it. Once none are
 * left the change goes out again, based on the server version the rep has now seen.
 */
function settle(db: Database.Database, op: OutboxOp, choices: Record<string, 'mine' | 'theirs'>) {
  const records = localRecords(db, op.object);
  const row = records.get(op.record_id);
  const stored = row?.conflict ? (JSON.parse(row.conflict) as StoredConflict) : undefined;
  if (!row || !stored) throw new IpcError('NOT_ALLOWED', 'This change has no conflict to resolve.');
  if (stored.kind === 'deleted')
    throw new IpcError('NOT_ALLOWED', 'The record was deleted in Salesforce; discard the change.');
  const fields = opFields(op);
  for (const [field, choice] of Object.entries(choices))
    if (choice === 'theirs') delete fields[field];
  const open = stored.fields.filter((f) => !(f.field in choices));
  const outbox = outboxStore(db);
  if (open.length) {
    outbox.setFields(op.op_id, fields);
    records.setConflict(row.rowid, { ...stored, fields: open });
    return;
  }
  if (Object.keys(fields).length) {
    outbox.setFields(op.op_id, fields);
    outbox.retry(op.op_id);
  } else outbox.remove(op.op_id);
  if (stored.theirs) rebaseRow(db, op.object, row, stored.theirs);
}

export function resolveConflict(
  db: Database.Database,
  opId: number,
  choices: Record<string, 'mine' | 'theirs'>,
): void {
  db.transaction(() => {
    const op = outboxStore(db).get(opId);
    if (!op || op.status !== 'conflict')
      throw new IpcError('NOT_ALLOWED', 'This change has no conflict to resolve.');
    settle(db, op, choices);
  }).immediate();
}

/** The rep typed a new value over a conflicting field: that value is theirs to keep. */
export function dropSettledConflicts(db: Database.Database, opId: number, fields: string[]) {
  const op = outboxStore(db).get(opId)!;
  const row = localRecords(db, op.object).get(op.record_id);
  const stored = row?.conflict ? (JSON.parse(row.conflict) as StoredConflict) : undefined;
  if (stored?.kind !== 'fields') return;
  const settled = stored.fields.filter((f) => fields.includes(f.field));
  if (settled.length) settle(db, op, Object.fromEntries(settled.map((f) => [f.field, 'mine'])));
}
