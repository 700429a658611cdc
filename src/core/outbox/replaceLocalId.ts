import type Database from 'better-sqlite3';
import { objectSpecs } from '../schema/objectSpecs';
import { localRecords } from './localRecord';
import { opFields, outboxStore } from '../store/outboxStore';

type Values = Record<string, unknown>;
const swap = (values: Values, from: string, to: string) =>
  Object.fromEntries(Object.entries(values).map(([k, v]) => [k, v === from ? to : v]));

/** Lookup columns a record created offline can be referenced through. */
const referenceColumns = objectSpecs.flatMap((spec) =>
  spec.columns
    .filter((c) => c.field.endsWith('Id') && c.field !== 'OwnerId')
    .map((c) => ({ spec, column: c.column })),
);

/**
 * Salesforce gave a record created offline its real id: the row, the records pointing at it
 * (a task logged on a lead created on the train) and the changes still waiting all take it.
 * Call inside the transaction that records the create's success.
 */
export function replaceLocalId(
  db: Database.Database,
  object: string,
  from: string,
  to: string,
): void {
  const records = localRecords(db, object);
  const row = records.get(from);
  if (row) {
    // A pull may have cached the new record already; the row with the rep's changes wins.
    const pulled = records.get(to);
    if (pulled) records.writer.removeRow(pulled.rowid);
    db.prepare(`UPDATE ${records.spec.table} SET id = ? WHERE rowid = ?`).run(to, row.rowid);
    records.writer.putFields(row.rowid, { ...(JSON.parse(row.json) as Values), Id: to });
  }
  for (const { spec, column } of referenceColumns) {
    const referring = db
      .prepare(`SELECT rowid, json FROM ${spec.table} WHERE ${column} = ?`)
      .all(from) as Array<{ rowid: number; json: string }>;
    const writer = localRecords(db, spec.name).writer;
    for (const r of referring)
      writer.putFields(
        r.rowid,
        swap(JSON.parse(r.json) as Values, from, to) as Values & { Id: string },
      );
  }
  const outbox = outboxStore(db);
  db.prepare('UPDATE outbox SET record_id = ? WHERE record_id = ?').run(to, from);
  for (const op of outbox.all()) {
    if (op.fields.includes(from)) outbox.setFields(op.op_id, swap(opFields(op), from, to));
  }
}
