import { makeId } from '../ids';
import { customField, type CustomFieldDef } from './customFields';
import { field, lookup, picklist, systemFields } from './fields';
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

/**
 * The record type a new record gets without one, and the one describe and describe/layouts both
 * mark `defaultRecordTypeMapping`: the default among the active ones, else the first active.
 */
export const defaultRecordType = (types: RecordTypeInfo[]): RecordTypeInfo | undefined => {
  const active = types.filter((t) => t.active !== false);
  return active.find((t) => t.isDefault) ?? active[0];
};

type ProcessInfo = BusinessProcessDef & { id: string };

/** One currency of a multi-currency org; rates are per one unit of the corporate currency. */
export type CurrencyDef = {
  isoCode: string;
  conversionRate: number;
  isCorporate?: boolean;
  isActive?: boolean;
  decimalPlaces?: number;
};

/**
 * A dated exchange rate (advanced currency management): in force from its start date until the
 * next one of its currency. Each currency's CurrencyType rate holds from 0001-01-01 until its
 * first dated one.
 */
export type DatedRateDef = { isoCode: string; conversionRate: number; startDate: string };

/** A dated rate as DatedConversionRate holds it: NextStartDate is the next period's start. */
export type DatedRate = DatedRateDef & { id: string; nextStartDate: string };

export type SchemaOptions = {
  businessProcesses?: BusinessProcessDef[];
  recordTypes?: RecordTypeDef[];
  /** Two or more make a multi-currency org; none (or one) leaves the org single-currency. */
  currencies?: CurrencyDef[];
  /** Dated rates: turns on advanced currency management in a multi-currency org. */
  datedRates?: DatedRateDef[];
  /** Custom fields by object: `{ Opportunity: [{ name: 'Region__c', type: 'picklist', … }] }`. */
  fields?: Record<string, CustomFieldDef[]>;
  layouts?: LayoutDef[];
};

/**
 * A page layout: sections of fields in reading order (left to right, then down), for the named
 * record types (developer names) or, without them, for Master and every record type no other
 * layout of the object names.
 */
export type LayoutDef = {
  object: string;
  name: string;
  recordTypes?: string[];
  sections: Array<{ heading: string; columns?: 1 | 2; fields: string[] }>;
};

/** Objects that carry CurrencyIsoCode in a multi-currency org. */
const currencyObjects = new Set([
  'User',
  'Account',
  'Contact',
  'Opportunity',
  'Lead',
  'Task',
  'Event',
  'OpportunityContactRole',
]);

/** CurrencyType (01L): the org's currencies and their rates, queryable in a multi-currency org. */
const currencyTypeObject: ObjectDef = {
  name: 'CurrencyType',
  label: 'Currency',
  labelPlural: 'Currencies',
  keyPrefix: '01L',
  readOnly: true,
  fields: [
    ...systemFields({ owner: false, deletable: false }),
    field('IsoCode', 'Currency ISO Code', 'string', { length: 3, nameField: true }),
    field('ConversionRate', 'Conversion Rate', 'double'),
    field('DecimalPlaces', 'Decimal Places', 'int'),
    field('IsActive', 'Active', 'boolean'),
    field('IsCorporate', 'Corporate Currency', 'boolean'),
  ],
  childRelationships: [],
  search: { name: [], email: [], phone: [] },
};

/** DatedConversionRate (04w): queryable only with advanced currency management, as in Salesforce. */
const datedConversionRateObject: ObjectDef = {
  name: 'DatedConversionRate',
  label: 'Dated Conversion Rate',
  labelPlural: 'Dated Conversion Rates',
  keyPrefix: '04w',
  readOnly: true,
  fields: [
    ...systemFields({ owner: false, deletable: false }),
    field('IsoCode', 'Currency ISO Code', 'string', { length: 3, nameField: true }),
    field('ConversionRate', 'Conversion Rate', 'double'),
    field('StartDate', 'Start Date', 'date'),
    field('NextStartDate', 'Next Start Date', 'date'),
  ],
  childRelationships: [],
  search: { name: [], email: [], phone: [] },
};

/**
 * Every currency's periods, in order: its CurrencyType rate from 0001-01-01, then each dated
 * rate until the next; the last runs to 9999-12-31.
 */
function datedPeriods(currencies: CurrencyDef[], dated: DatedRateDef[]): DatedRate[] {
  let n = 0;
  return currencies.flatMap((c) => {
    const own = dated
      .filter((d) => d.isoCode === c.isoCode)
      .sort((a, b) => a.startDate.localeCompare(b.startDate));
    const starts =
      own[0]?.startDate === '0001-01-01'
        ? own
        : [
            { isoCode: c.isoCode, conversionRate: c.conversionRate, startDate: '0001-01-01' },
            ...own,
          ];
    return starts.map((d, i) => ({
      ...d,
      id: makeId('04w', 1_000_001 + n++),
      nextStartDate: starts[i + 1]?.startDate ?? '9999-12-31',
    }));
  });
}

/** The fields multi-currency adds to an object. */
function currencyFields(object: ObjectDef, codes: string[]) {
  const fields = [
    picklist('CurrencyIsoCode', `${object.label} Currency`, codes, {
      restrictedPicklist: true,
      defaultedOnCreate: true,
    }),
  ];
  if (object.name === 'User')
    fields.push(
      picklist('DefaultCurrencyIsoCode', 'Default Currency ISO Code', codes, {
        restrictedPicklist: true,
        defaultedOnCreate: true,
      }),
    );
  return fields;
}

/** The field a business process restricts. */
const processField = { Opportunity: 'StageName', Lead: 'Status' } as const;

/**
 * One org's objects: the standard ones, RecordType and BusinessProcess, and `RecordTypeId` on
 * the objects that have record types (a real org has that field only then).
 */
export function createSchema(options: SchemaOptions = {}) {
  const processes = options.businessProcesses ?? [];
  const types = options.recordTypes ?? [];
  const currencies =
    (options.currencies?.length ?? 0) > 1
      ? options.currencies!.map((c, i) => ({
          ...c,
          id: makeId('01L', 1_000_001 + i),
          isActive: c.isActive ?? true,
          isCorporate: c.isCorporate ?? i === 0,
        }))
      : [];
  const codes = currencies.filter((c) => c.isActive).map((c) => c.isoCode);
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
  const objects: ObjectDef[] = [
    ...standardObjects,
    recordTypeObject,
    businessProcessObject,
    ...(currencies.length ? [currencyTypeObject] : []),
    ...(currencies.length && options.datedRates?.length ? [datedConversionRateObject] : []),
  ].map((o) => ({
    ...o,
    fields: [
      ...o.fields,
      ...(typed.has(o.name)
        ? [
            lookup('RecordTypeId', 'Record Type ID', ['RecordType'], 'RecordType', {
              defaultedOnCreate: true,
            }),
          ]
        : []),
      ...(codes.length && currencyObjects.has(o.name) ? currencyFields(o, codes) : []),
      ...(options.fields?.[o.name] ?? []).map(customField),
    ],
  }));
  const byLowerName = new Map(objects.map((o) => [o.name.toLowerCase(), o]));
  const byPrefix = new Map(objects.map((o) => [o.keyPrefix, o]));
  return {
    objects,
    processes: processInfos,
    recordTypes,
    currencies,
    datedRates:
      currencies.length && options.datedRates?.length
        ? datedPeriods(currencies, options.datedRates)
        : [],
    layouts: (options.layouts ?? []).map((l, i) => ({ ...l, id: makeId('00h', 1_000_001 + i) })),
    corporateCurrency: currencies.find((c) => c.isCorporate)?.isoCode,
    findObject: (name: string) => byLowerName.get(name.toLowerCase()),
    objectForId: (id: string) => byPrefix.get(id.slice(0, 3)),
    recordTypesOf: (object: string) => recordTypes.filter((t) => t.object === object),
  };
}

export type Schema = ReturnType<typeof createSchema>;
