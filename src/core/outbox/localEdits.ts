import type Database from 'better-sqlite3';
import {
  isConvertedLead,
  validateFields,
  type CreatableObject,
  type EditableObject,
  type FieldValue,
} from '../../shared/editing';
import type { SaveOutput } from '../../shared/ipc/edits';
import { IpcError } from '../../shared/ipc/result';
import { eventTimes } from '../../shared/eventTimes';
import { sfDateTime } from '../salesforce/soqlTime';
import { typeForNewRecord } from '../schema/newRecordTypes';
import { processErrors } from '../schema/recordTypePicklists';
import { formFields } from './formFields';
import { localRecords } from './localRecord';
import { newLocalId } from './localId';
import { newRecordCurrency } from './recordCurrency';
import { opFields, outboxStore } from '../store/outboxStore';
import { dropSettledConflicts } from './conflicts';
import { convertedLeadMessage } from './saveErrors';

type Changes = Record<string, FieldValue>;

const gone = () => new IpcError('NOT_ALLOWED', 'This record is not on this computer any more.');

/** A call or meeting pointed at a converted lead, which Salesforce refuses. */
function convertedWho(db: Database.Database, values: Changes): Record<string, string> {
  const who = values['WhoId'];
  if (typeof who !== 'string') return {};
  const lead = localRecords(db, 'Lead').get(who);
  return lead && isConvertedLead('Lead', JSON.parse(lead.json) as Record<string, unknown>)
    ? { WhoId: 'This lead was converted: log it on its contact instead.' }
    : {};
}

/**
 * The form's checks, then the object's own: an Event's times are checked together and come
 * back in the form Salesforce takes; a stage or lead status must be one the record's process
 * has. `current` is the cached record, or for a new one its record type alone.
 */
function checked(
  db: Database.Database,
  object: EditableObject,
  current: Record<string, unknown> | null,
  changes: Changes,
  mode: 'create' | 'update',
): { ok: true; values: Changes } | { ok: false; errors: Record<string, string> } {
  const times =
    object === 'Event' ? eventTimes(current, changes) : { ok: true as const, values: changes };
  const values = times.ok ? times.values : changes;
  const recordTypeId = current?.['RecordTypeId'];
  const changed = Object.keys(values);
  const errors = {
    ...convertedWho(db, values),
    ...validateFields(
      formFields(db, object, typeof recordTypeId === 'string' ? recordTypeId : null),
      values,
      mode,
      mode === 'update' ? (current ?? undefined) : undefined,
    ),
    ...(times.ok ? {} : times.errors),
    // A new record is checked against its type's process whatever it sets, the default type's too.
    ...processErrors(
      db,
      object,
      { ...current, ...values },
      mode === 'create' ? [...changed, 'RecordTypeId'] : changed,
    ),
  };
  return Object.keys(errors).length ? { ok: false, errors } : { ok: true, values };
}

/**
 * A rep's edit: the cached record changes at once, keeping the version the edit was made on (a
 * push sends it as If-Unmodified-Since), and the changed fields wait in the outbox. Edits to a
 * record coalesce into the change not yet sent.
 */
export function saveEdit(
  db: Database.Database,
  object: EditableObject,
  id: string,
  edits: Changes,
  now: number,
): SaveOutput {
  const cached = localRecords(db, object).get(id);
  if (!cached) throw gone();
  const current = JSON.parse(cached.json) as Record<string, unknown>;
  if (isConvertedLead(object, current)) throw new IpcError('NOT_ALLOWED', convertedLeadMessage);
  const check = checked(db, object, current, edits, 'update');
  if (!check.ok) return { saved: false, errors: check.errors };
  const changes = check.values;
  // Immediate, as every write of the window's thread: see store/immediateTransactions.ts.
  db.transaction(() => {
    const records = localRecords(db, object);
    const row = records.get(id);
    if (!row) throw gone();
    records.markEdited(row, Object.keys(changes));
    records.show(row.rowid, JSON.parse(row.json) as { Id: string }, changes);
    const outbox = outboxStore(db);
    const ops = outbox.forRecord(object, id);
    // A record not yet in Salesforce, whose create is not on its way: it is created with
    // everything since (changes made while it was sent wait for it, so none of them went).
    const create = ops.find((op) => op.op === 'create' && op.status !== 'inflight');
    if (create) {
      const later = ops.filter((op) => op.op_id > create.op_id);
      outbox.setFields(
        create.op_id,
        Object.assign(opFields(create), ...later.map(opFields), changes),
      );
      for (const op of later) outbox.remove(op.op_id);
      if (create.status === 'failed') outbox.retry(create.op_id);
      return;
    }
    // An op already on its way stays as sent; a new one follows it.
    const open = ops.filter((op) => op.status !== 'inflight').at(-1);
    if (!open) {
      outbox.add({ object, record_id: id, op: 'update' }, changes, new Date(now).toISOString());
      return;
    }
    outbox.setFields(open.op_id, { ...opFields(open), ...changes });
    if (open.status === 'failed') outbox.retry(open.op_id);
    if (open.status === 'conflict') dropSettledConflicts(db, open.op_id, Object.keys(changes));
  }).immediate();
  return { saved: true, id };
}

/**
 * A new record, usable at once under a local id, created in Salesforce by the next push. It
 * takes the record type chosen, else the rep's default, and that type goes with the create.
 */
export function createRecord(
  db: Database.Database,
  object: CreatableObject,
  given: Changes,
  userId: string,
  now: number,
  recordTypeId?: string | null,
): SaveOutput {
  const type = typeForNewRecord(db, object, recordTypeId);
  if (!type.ok) return { saved: false, errors: { RecordTypeId: type.error } };
  const typed = type.id ? { RecordTypeId: type.id } : {};
  const check = checked(db, object, type.id ? typed : null, given, 'create');
  if (!check.ok) return { saved: false, errors: check.errors };
  const fields = { ...typed, ...check.values };
  const id = newLocalId();
  db.transaction(() => {
    const records = localRecords(db, object);
    const currency = newRecordCurrency(db, object, userId);
    const record = {
      Id: id,
      OwnerId: userId,
      CreatedDate: sfDateTime(now),
      ...(currency ? { CurrencyIsoCode: currency } : {}),
    };
    records.writer.createLocal({ ...record, ...fields }, Object.keys(fields));
    records.show(records.get(id)!.rowid, { ...record, ...fields }, fields);
    outboxStore(db).add(
      { object, record_id: id, op: 'create' },
      fields,
      new Date(now).toISOString(),
    );
  }).immediate();
  return { saved: true, id };
}
