import { dayMs, formatDateTime, parseDateTime, type Clock } from './clock';
import { makeId } from './ids';
import { deriveEventTimes } from './records/eventTimes';
import { autoNumber, compileFormula } from './records/formula';
import type { FieldDef } from './schema/types';
import { createSchema, type Schema } from './schema/orgSchema';
import { stages } from './schema/picklists';
import type { ObjectDef } from './schema/types';

/** A record as it goes on the wire: field name → JSON value (dates and datetimes as strings). */
export type SfRecord = { Id: string; [field: string]: unknown };

export type Table = {
  def: ObjectDef;
  /** Live and recycle-bin rows, in insertion (Id) order. Rows are replaced, never mutated. */
  rows: Map<string, SfRecord>;
  /** Recycle bin: id → deletion time. */
  deletedAt: Map<string, number>;
};

const recycleBinDays = 15;

function deriveFields(type: string, record: SfRecord, changed: Record<string, unknown>): void {
  if (
    'FirstName' in changed ||
    'LastName' in changed ||
    (!record['Name'] && 'LastName' in record)
  ) {
    if (type === 'Contact' || type === 'Lead' || type === 'User') {
      record['Name'] = [record['FirstName'], record['LastName']].filter(Boolean).join(' ');
    }
  }
  if (type === 'Opportunity' && 'StageName' in changed) {
    const stage = stages.find((s) => s.label === record['StageName']);
    if (stage) {
      record['IsClosed'] = stage.closed;
      record['IsWon'] = stage.won;
      record['ForecastCategoryName'] = stage.forecast;
      if (!('Probability' in changed)) record['Probability'] = stage.probability;
    }
  }
  if (type === 'Task' && 'Status' in changed) record['IsClosed'] = record['Status'] === 'Completed';
  if (type === 'Event' && eventTimeFields.some((f) => f in changed))
    Object.assign(record, deriveEventTimes(record, changed));
}

const eventTimeFields = [
  'StartDateTime',
  'EndDateTime',
  'ActivityDateTime',
  'ActivityDate',
  'DurationInMinutes',
  'IsAllDayEvent',
];

const createDefaults: Record<string, Record<string, unknown>> = {
  Lead: { Status: 'Open - Not Contacted', IsConverted: false },
  Task: { Status: 'Not Started', Priority: 'Normal', IsClosed: false },
  Event: { IsAllDayEvent: false },
};

const formulas = new WeakMap<FieldDef, ReturnType<typeof compileFormula>>();

/** Formula fields follow the row; a new row takes the next number of each auto-number field. */
const computedOf = new WeakMap<ObjectDef, FieldDef[]>();

function computeFields(def: ObjectDef, row: SfRecord, nextNumber?: (f: FieldDef) => number) {
  let computed = computedOf.get(def);
  if (!computed) {
    computed = def.fields.filter((f) => f.calculatedFormula !== undefined || f.autoNumber);
    computedOf.set(def, computed);
  }
  for (const f of computed) {
    if (f.calculatedFormula !== undefined) {
      let formula = formulas.get(f);
      if (!formula) formulas.set(f, (formula = compileFormula(f.calculatedFormula)));
      row[f.name] = formula(row);
    } else if (f.autoNumber && nextNumber && !row[f.name]) {
      row[f.name] = autoNumber(f.displayFormat ?? '{0}', nextNumber(f));
    }
  }
}

export function createStore(clock: Clock, schema: Schema = createSchema()) {
  const tables = new Map<string, Table>(
    schema.objects.map((def) => [def.name, { def, rows: new Map(), deletedAt: new Map() }]),
  );
  const counters = new Map<string, number>();
  const numbers = new Map<FieldDef, number>();
  const nextNumber = (f: FieldDef) => {
    const n = (numbers.get(f) ?? 0) + 1;
    numbers.set(f, n);
    return n;
  };

  const table = (type: string): Table => {
    const def = schema.findObject(type);
    const t = def && tables.get(def.name);
    if (!t) throw new Error(`No table for ${type}`);
    return t;
  };

  const nextId = (def: ObjectDef) => {
    const n = (counters.get(def.keyPrefix) ?? 1_000_000) + 1;
    counters.set(def.keyPrefix, n);
    return makeId(def.keyPrefix, n);
  };

  /** Loads a row as given (dataset generation), keeping its stamps. */
  function load(type: string, record: Omit<SfRecord, 'Id'> & { Id?: string }): SfRecord {
    const t = table(type);
    const row = { ...record, Id: record.Id ?? nextId(t.def) } as SfRecord;
    computeFields(t.def, row, nextNumber);
    t.rows.set(row.Id, row);
    return row;
  }

  function insert(
    type: string,
    values: Record<string, unknown>,
    actorId: string,
    at = clock.now(),
  ): SfRecord {
    const t = table(type);
    const stamp = formatDateTime(at);
    const row: SfRecord = {
      Id: nextId(t.def),
      ...createDefaults[t.def.name],
      ...values,
      CreatedDate: stamp,
      CreatedById: actorId,
      LastModifiedDate: stamp,
      LastModifiedById: actorId,
      SystemModstamp: stamp,
    };
    if (t.def.fields.some((f) => f.name === 'IsDeleted')) row['IsDeleted'] = false;
    for (const f of t.def.fields)
      if (f.defaultValue !== undefined && row[f.name] === undefined) row[f.name] = f.defaultValue;
    if (t.def.fields.some((f) => f.name === 'OwnerId') && !row['OwnerId']) row['OwnerId'] = actorId;
    if (t.def.fields.some((f) => f.name === 'CurrencyIsoCode') && !row['CurrencyIsoCode']) {
      // A new record is in its creator's currency, as in Salesforce.
      const actor = tables.get('User')?.rows.get(actorId);
      row['CurrencyIsoCode'] =
        actor?.['DefaultCurrencyIsoCode'] ?? schema.corporateCurrency ?? null;
    }
    deriveFields(t.def.name, row, { ...createDefaults[t.def.name], ...values });
    computeFields(t.def, row, nextNumber);
    t.rows.set(row.Id, row);
    keepOnePrimary(t.def.name, row, actorId, at);
    return row;
  }

  function update(
    type: string,
    id: string,
    values: Record<string, unknown>,
    actorId: string,
    at = clock.now(),
  ): SfRecord {
    const t = table(type);
    const current = t.rows.get(id);
    if (!current) throw new Error(`No ${type} ${id}`);
    // Changes in one second share a stamp, as on Salesforce; a clock set back never moves it back.
    const stamp = formatDateTime(Math.max(at, parseDateTime(String(current['SystemModstamp']))));
    const row: SfRecord = {
      ...current,
      ...values,
      LastModifiedDate: stamp,
      LastModifiedById: actorId,
      SystemModstamp: stamp,
    };
    deriveFields(t.def.name, row, values);
    computeFields(t.def, row);
    t.rows.set(id, row);
    keepOnePrimary(t.def.name, row, actorId, at);
    return row;
  }

  /** A deal has one primary contact, as in Salesforce: a new primary role demotes the old one. */
  function keepOnePrimary(type: string, row: SfRecord, actorId: string, at: number): void {
    if (type !== 'OpportunityContactRole' || row['IsPrimary'] !== true) return;
    for (const other of table(type).rows.values()) {
      if (
        other.Id !== row.Id &&
        other['OpportunityId'] === row['OpportunityId'] &&
        other['IsPrimary'] === true &&
        !other['IsDeleted']
      )
        update(type, other.Id, { IsPrimary: false }, actorId, at);
    }
  }

  /** Moves the record (and cascading children) to the recycle bin; SystemModstamp moves too. */
  function remove(type: string, id: string, actorId: string): void {
    const t = table(type);
    const current = t.rows.get(id);
    if (!current || current['IsDeleted']) return;
    const now = clock.now();
    const stamp = formatDateTime(now);
    t.rows.set(id, {
      ...current,
      IsDeleted: true,
      LastModifiedById: actorId,
      SystemModstamp: stamp,
    });
    t.deletedAt.set(id, now);
    for (const child of t.def.childRelationships.filter((c) => c.cascadeDelete)) {
      for (const row of table(child.childSObject).rows.values()) {
        if (row[child.field] === id && !row['IsDeleted'])
          remove(child.childSObject, row.Id, actorId);
      }
    }
  }

  function undelete(type: string, id: string, actorId: string): boolean {
    const t = table(type);
    const current = t.rows.get(id);
    if (!current || !current['IsDeleted']) return false;
    const stamp = formatDateTime(clock.now());
    t.rows.set(id, {
      ...current,
      IsDeleted: false,
      LastModifiedDate: stamp,
      LastModifiedById: actorId,
      SystemModstamp: stamp,
    });
    t.deletedAt.delete(id);
    return true;
  }

  /** Empties the recycle bin of anything older than its window, as Salesforce does. */
  function purgeRecycleBin(): void {
    const cutoff = clock.now() - recycleBinDays * dayMs;
    for (const t of tables.values()) {
      for (const [id, at] of t.deletedAt) {
        if (at < cutoff) {
          t.deletedAt.delete(id);
          t.rows.delete(id);
        }
      }
    }
  }

  /** Any live or deleted row of any type, by id. */
  function find(id: string): { type: string; row: SfRecord } | undefined {
    for (const t of tables.values()) {
      if (id.startsWith(t.def.keyPrefix)) {
        const row = t.rows.get(id);
        return row ? { type: t.def.name, row } : undefined;
      }
    }
    return undefined;
  }

  /**
   * A field an admin adds to a live org. Existing rows keep their stamps, as in Salesforce: they
   * read blank (a checkbox false), a formula computed, an auto-number numbered in load order.
   */
  function addField(type: string, field: FieldDef): void {
    const t = table(type);
    if (t.def.fields.some((f) => f.name.toLowerCase() === field.name.toLowerCase()))
      throw new Error(`${t.def.name} already has a field ${field.name}`);
    t.def.fields.push(field);
    computedOf.delete(t.def);
    for (const row of t.rows.values()) {
      row[field.name] = field.type === 'boolean' ? (field.defaultValue ?? false) : null;
      computeFields(t.def, row, nextNumber);
    }
  }

  return {
    schema,
    tables,
    table,
    load,
    insert,
    update,
    remove,
    undelete,
    purgeRecycleBin,
    find,
    addField,
  };
}

export type Store = ReturnType<typeof createStore>;
