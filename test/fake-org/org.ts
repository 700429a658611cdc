import { createAuth } from './auth';
import { createClock, formatDateTime } from './clock';
import { loadDatasetRecords, readDatasetFile } from './dataset/datasetFile';
import { generateDataset, scales, type Scale } from './dataset/generate';
import { applyRealistic, realisticSchema } from './dataset/realistic';
import { createFaults, type FaultRule } from './faults';
import { makeId } from './ids';
import { createRandom } from './random';
import type { ValidationRule } from './records/rules';
import {
  createSchema,
  type BusinessProcessDef,
  type DatedRateDef,
  type CurrencyDef,
  type LayoutDef,
  type RecordTypeDef,
  type SchemaOptions,
} from './schema/orgSchema';
import { createStore, type SfRecord } from './store';
import type { QueryResult } from './soql/execute';

export type DatasetName = keyof typeof scales | 'empty' | 'realistic';

export type FakeOrgOptions = {
  dataset?: DatasetName;
  /** JSON file `{ "records": { "Account": [ … ], … } }` loaded instead of a generated dataset. */
  datasetFile?: string;
  seed?: number;
  port?: number;
  /** Redirect from the authorize page at once, signed in as the default user. */
  autoApprove?: boolean;
  clientId?: string;
  callbackUrls?: string[];
  rotateRefreshTokens?: boolean;
  /** 'private': every user sees only the records they own. */
  sharing?: 'public' | 'private';
  dailyApiLimit?: number;
  sessionTtlMs?: number;
  /** Rows per Bulk API 2.0 results page when the client sends no maxRecords. */
  bulkPageSize?: number;
  /** How long a Bulk API 2.0 query job stays InProgress. */
  bulkProcessingMs?: number;
  validationRules?: ValidationRule[];
  faults?: FaultRule[];
  /** Start the org's clock at this epoch-ms time. */
  now?: number;
  /** Organization.Name, for telling two fake orgs apart. */
  orgName?: string;
  /** Organization.DefaultCurrencyIsoCode. */
  currency?: string;
  /** Overrides counts of the named dataset (e.g. 100k leads on the tiny org). */
  scale?: Partial<Scale>;
  /** Sales processes (Opportunity stages) and lead processes (Lead statuses). */
  businessProcesses?: BusinessProcessDef[];
  /** Record types; Opportunity and Lead ones name their business process. */
  recordTypes?: RecordTypeDef[];
  /** Two or more make the org multi-currency (the first is corporate unless one says so). */
  currencies?: CurrencyDef[];
  /** Dated exchange rates: advanced currency management, in a multi-currency org. */
  datedRates?: DatedRateDef[];
  /** Custom fields by object, of every common type (see schema/customFields.ts). */
  fields?: SchemaOptions['fields'];
  /** Page layouts by object and record type. */
  layouts?: LayoutDef[];
};

export type Visibility = {
  mode: 'all' | 'own';
  hiddenFields: Record<string, string[]>;
  /** Field-level security "read only": visible, never createable or updateable by this user. */
  readOnlyFields?: Record<string, string[]>;
};

export type Cursor = { result: QueryResult; batchSize: number; userId: string; touched: number };

export type BulkJob = {
  id: string;
  operation: 'query' | 'queryAll';
  object: string;
  query: string;
  createdById: string;
  createdAt: number;
  apiVersion: string;
  lineEnding: 'LF' | 'CRLF';
  columnDelimiter: string;
  aborted: boolean;
  result: QueryResult;
};

export const defaultClientId = '3MVG9RoadbookFakeOrgConsumerKey';
const defaultCallbackUrls = ['roadbook://oauth/callback', 'http://localhost:1717/oauth/callback'];

export function createOrg(options: FakeOrgOptions, origin: () => string) {
  const seed = options.seed ?? 42;
  const clock = createClock(options.now);
  const random = createRandom(seed ^ 0x5eed);
  const file = options.datasetFile ? readDatasetFile(options.datasetFile) : undefined;
  const realistic = !file && options.dataset === 'realistic';
  const store = createStore(
    clock,
    createSchema({ ...(realistic ? realisticSchema : {}), ...options, ...file?.schema }),
  );
  const orgId = makeId('00D', seed);
  let userIds: string[];
  if (file) {
    userIds = loadDatasetRecords(store, file.records);
  } else {
    const scale =
      options.dataset === 'empty'
        ? {
            ...scales.tiny,
            accounts: 0,
            contacts: 0,
            opportunities: 0,
            leads: 0,
            tasks: 0,
            events: 0,
          }
        : {
            ...scales[realistic ? 'demo' : ((options.dataset ?? 'tiny') as keyof typeof scales)],
            ...options.scale,
          };
    userIds = generateDataset(store, scale, seed, clock.now()).userIds;
    if (realistic) applyRealistic(store, seed, clock.now());
  }
  const stamp = formatDateTime(clock.now());
  loadRecordTypeRows(store, stamp, userIds[0] ?? null);
  loadCurrencies(store, stamp, userIds[0] ?? null);
  store.load('Organization', {
    Id: orgId,
    Name: options.orgName ?? 'Roadbook Fake Org',
    IsSandbox: false,
    OrganizationType: 'Enterprise Edition',
    InstanceName: 'FAKE1',
    TimeZoneSidKey: 'GMT',
    DefaultLocaleSidKey: 'en_US',
    DefaultCurrencyIsoCode: store.schema.corporateCurrency ?? options.currency ?? 'USD',
    NamespacePrefix: null,
    TrialExpirationDate: null,
    CreatedDate: stamp,
    LastModifiedDate: stamp,
    SystemModstamp: stamp,
    CreatedById: userIds[0] ?? null,
    LastModifiedById: userIds[0] ?? null,
  });
  const auth = createAuth({
    clock,
    orgId,
    origin,
    clientId: options.clientId ?? defaultClientId,
    clientSecret: `secret-${seed}`,
    callbackUrls: options.callbackUrls ?? defaultCallbackUrls,
    rotateRefreshTokens: options.rotateRefreshTokens ?? false,
    sessionTtlMs: options.sessionTtlMs ?? 2 * 3_600_000,
  });
  const faults = createFaults(random);
  for (const rule of options.faults ?? []) faults.add(rule);
  const visibility = new Map<string, Visibility>();
  const defaultMode = options.sharing === 'private' ? 'own' : 'all';

  const org = {
    orgId,
    clock,
    store,
    auth,
    faults,
    options,
    userIds,
    /** When the org's metadata last changed, for If-Modified-Since on describe. */
    schemaChangedAt: clock.now(),
    validationRules: [...(options.validationRules ?? [])],
    limits: { daily: options.dailyApiLimit ?? 100_000, used: 0 },
    requestCounts: new Map<string, number>(),
    cursors: new Map<string, Cursor>(),
    bulkJobs: new Map<string, BulkJob>(),
    counters: { cursor: 0, job: 0 },
    visibilityOf(userId: string): Visibility {
      return visibility.get(userId) ?? { mode: defaultMode, hiddenFields: {} };
    },
    setVisibility(userId: string, next: Partial<Visibility>) {
      visibility.set(userId, { ...org.visibilityOf(userId), ...next });
    },
    canSeeField(userId: string, object: string, field: string): boolean {
      return !(org.visibilityOf(userId).hiddenFields[object] ?? []).includes(field);
    },
    canEditField(userId: string, object: string, field: string): boolean {
      return !(org.visibilityOf(userId).readOnlyFields?.[object] ?? []).includes(field);
    },
    canSeeRow(userId: string, row: SfRecord | { OwnerId?: unknown }): boolean {
      if (org.visibilityOf(userId).mode === 'all') return true;
      // A contact role has no owner: it is shared as its opportunity is ("controlled by parent").
      if ('OpportunityId' in row && !('OwnerId' in row)) {
        const deal = store.table('Opportunity').rows.get(String(row.OpportunityId));
        return deal !== undefined && org.canSeeRow(userId, deal);
      }
      return !('OwnerId' in row) || row.OwnerId === userId;
    },
  };
  return org;
}

export type Org = ReturnType<typeof createOrg>;

/** The org's business processes and record types as the rows SOQL reads. */
function loadRecordTypeRows(
  store: ReturnType<typeof createStore>,
  stamp: string,
  adminId: string | null,
): void {
  const audit = {
    CreatedDate: stamp,
    CreatedById: adminId,
    LastModifiedDate: stamp,
    LastModifiedById: adminId,
    SystemModstamp: stamp,
  };
  for (const process of store.schema.processes) {
    store.load('BusinessProcess', {
      ...audit,
      Id: process.id,
      Name: process.name,
      Description: null,
      TableEnumOrId: process.object,
      IsActive: true,
    });
  }
  for (const type of store.schema.recordTypes) {
    store.load('RecordType', {
      ...audit,
      Id: type.id,
      Name: type.name,
      DeveloperName: type.developerName,
      NamespacePrefix: null,
      Description: type.description ?? null,
      BusinessProcessId: type.processId,
      SobjectType: type.object,
      IsActive: type.active ?? true,
    });
  }
}

/**
 * CurrencyType rows, and the corporate currency on every row that carries a currency and came
 * without one (users get it as their default too).
 */
function loadCurrencies(
  store: ReturnType<typeof createStore>,
  stamp: string,
  adminId: string | null,
): void {
  const corporate = store.schema.corporateCurrency;
  if (!corporate) return;
  for (const c of store.schema.currencies) {
    store.load('CurrencyType', {
      Id: c.id,
      CreatedDate: stamp,
      CreatedById: adminId,
      LastModifiedDate: stamp,
      LastModifiedById: adminId,
      SystemModstamp: stamp,
      IsoCode: c.isoCode,
      ConversionRate: c.conversionRate,
      DecimalPlaces: c.decimalPlaces ?? 2,
      IsActive: c.isActive,
      IsCorporate: c.isCorporate,
    });
  }
  for (const d of store.schema.datedRates) {
    store.load('DatedConversionRate', {
      Id: d.id,
      CreatedDate: stamp,
      CreatedById: adminId,
      LastModifiedDate: stamp,
      LastModifiedById: adminId,
      SystemModstamp: stamp,
      IsoCode: d.isoCode,
      ConversionRate: d.conversionRate,
      StartDate: d.startDate,
      NextStartDate: d.nextStartDate,
    });
  }
  for (const table of store.tables.values()) {
    if (!table.def.fields.some((f) => f.name === 'CurrencyIsoCode')) continue;
    for (const [id, row] of table.rows) {
      const filled: SfRecord = { ...row, CurrencyIsoCode: row['CurrencyIsoCode'] ?? corporate };
      if (table.def.name === 'User')
        filled['DefaultCurrencyIsoCode'] =
          row['DefaultCurrencyIsoCode'] ?? filled['CurrencyIsoCode'];
      table.rows.set(id, filled);
    }
  }
}
