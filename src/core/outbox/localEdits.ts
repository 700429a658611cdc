import type Database from 'better-sqlite3';
import {
  validateFields,
  type CreatableObject,
  type EditableObject,
  type FieldValue,
} from '../../shared/editing';
import type { SaveOutput } from '../../shared/ipc/edits';
import { IpcError } from '../../shared/ipc/result';
import { sfDateTime } from '../salesforce/soqlTime';
import { formFields } from './formFields';
import { localRecords } from './localRecord';
import { newLocalId } from './localId';
import { opFields, outboxStore } from '../store/outboxStore';
import { dropSettledConflicts } from './conflicts';

type Changes = Record<string, FieldValue>;

/**
 * A rep's edit: the cached record changes at once, keeping the version the edit was made on (a
 * push sends it as If-Unmodified-Since), and the changed fields wait in the outbox. Edits to a
 * record coalesce into the change not yet sent.
 */
export function saveEdit(
  db: Database.Database,
  object: EditableObject,
  id: string,
  changes: Changes,
  now: number,
): SaveOutput {
  const errors = validateFields(formFields(db, object), changes, 'update');
  if (Object.keys(errors).length) return { saved: false, errors };
  db.transaction(() => {
    const records = localRecords(db, object);
    const row = records.get(id);
    if (!row) throw new IpcError('NOT_ALLOWED', 'This record is not on this computer any more.');
    records.markEdited(row, Object.keys(changes));
    records.show(row.rowid, JSON.parse(row.json) as { Id: string }, changes);
    const outbox = outboxStore(db);
    // An op already on its way stays as sent; a new one follows it.
    const open = outbox
      .forRecord(object, id)
      .filter((op) => op.status !== 'inflight')
      .at(-1);
    if (!open) {
      outbox.add({ object, record_id: id, op: 'update' }, changes, new Date(now).toISOString());
      return;
    }
    outbox.setFields(open.op_id, { ...opFields(open), ...changes });
    if (open.status === 'failed') outbox.retry(open.op_id);
    if (open.status === 'conflict') dropSettledConflicts(db, open.op_id, Object.keys(changes));
  })();
  return { saved: true, id };
}

/** A new record, usable at once under a local id, created in Salesforce by the next push. */
export function createRecord(
  db: Database.Database,
  object: CreatableObject,
  fields: Changes,
  userId: string,
  now: number,
): SaveOutput {
  const errors = validateFields(formFields(db, object), fields, 'create');
  if (Object.keys(errors).length) return { saved: false, errors };
  const id = newLocalId();
  db.transaction(() => {
    const records = localRecords(db, object);
    const record = {
      Id: id,
      OwnerId: userId,
      CreatedDate: sfDateTime(now),
    };
    records.writer.createLocal({ ...record, ...fields }, Object.keys(fields));
    records.show(records.get(id)!.rowid, { ...record, ...fields }, fields);
    outboxStore(db).add(
      { object, record_id: id, op: 'create' },
      fields,
      new Date(now).toISOString(),
    );
  })();
  return { saved: true, id };
}
