import { makeId } from '../ids';
import { lookup } from './fields';
import { objects as standardObjects } from './objects';
import { businessProcessObject, recordTypeObject } from './recordTypeObjects';
import type { ObjectDef } from './types';

/** A sales process (Opportunity stages) or lead process (Lead statuses): a subset, in order. */
export type BusinessProcessDef = { name: string; object: 'Opportunity' | 'Lead'; values: string[] };

export type RecordTypeDef = {
  developerName: string;
  name?: string;
  object: string;
  /** Required for Opportunity and Lead record types, as in Salesforce. */
  businessProcess?: string;
  /** Values this record type offers for other picklist fields (all of the field's, if absent). */
  picklists?: Record<string, string[]>;
  /** The record type new records get when none is given. */
  isDefault?: boolean;
  active?: boolean;
  description?: string;
};

export type RecordTypeInfo = RecordTypeDef & {
  id: string;
  name: string;
  processId: string | null;
  /** The process's values, for the field the process restricts. */
  processValues?: { field: string; values: string[] };
};

export type ProcessInfo = BusinessProcessDef & { id: string };

/** The field a business process restricts. */
export const processField = { Opportunity: 'StageName', Lead: 'Status' } as const;

/**
 * One org's objects: the standard ones, RecordType and BusinessProcess, and `RecordTypeId` on
 * the objects that have record types (a real org has that field only then).
 */
export function createSchema(processes: BusinessProcessDef[] = [], types: RecordTypeDef[] = []) {
  const processInfos: ProcessInfo[] = processes.map((p, i) => ({
    ...p,
    id: makeId('019', 1_000_001 + i),
  }));
  const recordTypes: RecordTypeInfo[] = types.map((t, i) => {
    const process = processInfos.find((p) => p.name === t.businessProcess);
    if (t.businessProcess && (!process || process.object !== t.object))
      throw new Error(
        `Record type ${t.developerName}: no ${t.object} process ${t.businessProcess}`,
      );
    return {
      ...t,
      id: makeId('012', 1_000_001 + i),
      name: t.name ?? t.developerName.replace(/_/g, ' '),
      processId: process?.id ?? null,
      processValues: process && { field: processField[process.object], values: process.values },
    };
  });
  const typed = new Set(recordTypes.map((t) => t.object));
  const objects: ObjectDef[] = [...standardObjects, recordTypeObject, businessProcessObject].map(
    (o) =>
      typed.has(o.name)
        ? {
            ...o,
            fields: [
              ...o.fields,
              lookup('RecordTypeId', 'Record Type ID', ['RecordType'], 'RecordType', {
                defaultedOnCreate: true,
              }),
            ],
          }
        : o,
  );
  const byLowerName = new Map(objects.map((o) => [o.name.toLowerCase(), o]));
  const byPrefix = new Map(objects.map((o) => [o.keyPrefix, o]));
  return {
    objects,
    processes: processInfos,
    recordTypes,
    findObject: (name: string) => byLowerName.get(name.toLowerCase()),
    objectForId: (id: string) => byPrefix.get(id.slice(0, 3)),
    recordTypesOf: (object: string) => recordTypes.filter((t) => t.object === object),
  };
}

export type Schema = ReturnType<typeof createSchema>;
