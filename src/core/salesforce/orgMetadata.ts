import type { Connection } from 'jsforce';

export type RecordTypeRow = {
  id: string;
  object: string;
  developerName: string;
  name: string;
  processName: string | null;
  isActive: boolean;
};
type PicklistEntry = { value: string; label: string; validFor: number[] };
/** One picklist as a record type offers it (UI API's picklist-values answer, per field). */
export type RecordTypePicklist = {
  values: PicklistEntry[];
  controllerValues: Record<string, number>;
};
export type CurrencyRow = {
  isoCode: string;
  conversionRate: number;
  decimalPlaces: number;
  isCorporate: boolean;
  isActive: boolean;
};

/** A dated exchange rate (advanced currency management), in force from start until next. */
export type DatedRateRow = {
  isoCode: string;
  conversionRate: number;
  startDate: string;
  nextStartDate: string;
};

type Sobject = Record<string, unknown>;

/**
 * The record types of the objects whose picklists a process restricts, with their sales or lead
 * process by name: RecordType and BusinessProcess are queryable in every org.
 */
export async function fetchRecordTypes(
  conn: Connection,
  objects: string[],
  countCall: () => void,
): Promise<RecordTypeRow[]> {
  countCall();
  const types = await conn.query<Sobject>(
    `SELECT Id, DeveloperName, Name, SobjectType, BusinessProcessId, IsActive FROM RecordType WHERE SobjectType IN (${objects.map((o) => `'${o}'`).join(', ')})`,
  );
  const processes = new Map<string, string>();
  if (types.records.some((t) => t['BusinessProcessId'])) {
    countCall();
    const found = await conn.query<Sobject>('SELECT Id, Name FROM BusinessProcess');
    for (const p of found.records) processes.set(String(p['Id']), String(p['Name']));
  }
  return types.records.map((t) => ({
    id: String(t['Id']),
    object: String(t['SobjectType']),
    developerName: String(t['DeveloperName']),
    name: String(t['Name']),
    processName: processes.get(String(t['BusinessProcessId'] ?? '')) ?? null,
    isActive: t['IsActive'] === true,
  }));
}

type PicklistAnswer = {
  picklistFieldValues: Record<
    string,
    {
      controllerValues?: Record<string, number>;
      values: Array<{ value: string; label: string; validFor?: number[] }>;
    }
  >;
};

/** `GET …/ui-api/object-info/{object}/picklist-values/{recordTypeId}`: every picklist at once. */
export async function fetchRecordTypePicklists(
  conn: Connection,
  apiVersion: string,
  object: string,
  recordTypeId: string,
  countCall: () => void,
): Promise<Record<string, RecordTypePicklist>> {
  countCall();
  const answer = await conn.request<PicklistAnswer>(
    `/services/data/v${apiVersion}/ui-api/object-info/${object}/picklist-values/${recordTypeId}`,
  );
  return Object.fromEntries(
    Object.entries(answer.picklistFieldValues).map(([field, picklist]) => [
      field,
      {
        values: picklist.values.map((v) => ({
          value: v.value,
          label: v.label,
          validFor: v.validFor ?? [],
        })),
        controllerValues: picklist.controllerValues ?? {},
      },
    ]),
  );
}

/** The org's currencies and rates; an org without multi-currency has none (INVALID_TYPE). */
export async function fetchCurrencies(
  conn: Connection,
  countCall: () => void,
): Promise<CurrencyRow[]> {
  countCall();
  try {
    const found = await conn.query<Sobject>(
      'SELECT IsoCode, ConversionRate, DecimalPlaces, IsCorporate, IsActive FROM CurrencyType',
    );
    return found.records.map((c) => ({
      isoCode: String(c['IsoCode']),
      conversionRate: Number(c['ConversionRate']),
      decimalPlaces: Number(c['DecimalPlaces'] ?? 2),
      isCorporate: c['IsCorporate'] === true,
      isActive: c['IsActive'] === true,
    }));
  } catch (error) {
    if ((error as { errorCode?: string }).errorCode === 'INVALID_TYPE') return [];
    throw error;
  }
}

/** The org's dated exchange rates; none without advanced currency management (INVALID_TYPE). */
export async function fetchDatedRates(
  conn: Connection,
  countCall: () => void,
): Promise<DatedRateRow[]> {
  countCall();
  try {
    const found = await conn
      .query<Sobject>(
        'SELECT IsoCode, ConversionRate, StartDate, NextStartDate FROM DatedConversionRate ORDER BY IsoCode, StartDate',
      )
      .run({ autoFetch: true, maxFetch: 100_000 });
    return found.records.map((d) => ({
      isoCode: String(d['IsoCode']),
      conversionRate: Number(d['ConversionRate']),
      startDate: String(d['StartDate']),
      nextStartDate: String(d['NextStartDate'] ?? '9999-12-31'),
    }));
  } catch (error) {
    if ((error as { errorCode?: string }).errorCode === 'INVALID_TYPE') return [];
    throw error;
  }
}
