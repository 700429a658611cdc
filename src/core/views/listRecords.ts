import type Database from 'better-sqlite3';
import type {
  AccountColumn,
  ContactColumn,
  LeadColumn,
  ListInput,
  ListOutput,
  ListQuestion,
  OpportunityColumn,
} from '../../shared/ipc/views';
import { specFor } from '../schema/objectSpecs';
import { fieldCondition, fieldSql } from './fieldSql';
import { loadingAmong } from './loadingAmong';
import { withLookupNames } from './lookupNames';
import { lookupSortOf } from './lookupSort';
import { lookupSortedRowids } from './lookupSortWindow';
import { accountName, named, ownerName, selectWithNames, type NamedRow } from './namedRows';
import {
  dayWithin,
  instantWithin,
  matchesText,
  newFilter,
  oneOf,
  ownerIs,
  resolvePeriod,
  whereOf,
  type SqlFilter,
  type ViewContext,
} from './sqlFilter';

const field = (name: string, nocase = true) =>
  `json_extract(json, '$.${name}')${nocase ? ' COLLATE NOCASE' : ''}`;

/**
 * Each sortable column as the expression an index is built on where there is one (migration 2
 * for leads and accounts; contact name and close date from the first schema). Contacts and
 * deals are fewer than leads, so their other columns sort without an index.
 */
const sortExpressions: {
  Lead: Record<LeadColumn, string>;
  Account: Record<AccountColumn, string>;
  Contact: Record<ContactColumn, string>;
  Opportunity: Record<OpportunityColumn, string>;
} = {
  Lead: {
    Name: 'name COLLATE NOCASE',
    Company: 'company COLLATE NOCASE',
    Title: field('Title'),
    Email: field('Email'),
    Phone: field('Phone', false),
    Status: 'status',
    Rating: 'rating',
    LeadSource: 'lead_source',
    City: field('City'),
    OwnerName: `${ownerName('sf_lead')} COLLATE NOCASE`,
    CreatedDate: 'created_date',
  },
  Account: {
    Name: 'name COLLATE NOCASE',
    Industry: 'industry',
    Type: 'type',
    BillingCity: 'billing_city COLLATE NOCASE',
    Phone: field('Phone', false),
    AnnualRevenue: 'annual_revenue',
    OwnerName: `${ownerName('sf_account')} COLLATE NOCASE`,
  },
  Contact: {
    Name: 'name',
    AccountName: `${accountName('sf_contact')} COLLATE NOCASE`,
    Title: field('Title'),
    Phone: field('Phone', false),
    Email: 'email COLLATE NOCASE',
    MobilePhone: field('MobilePhone', false),
    MailingCity: field('MailingCity'),
    OwnerName: `${ownerName('sf_contact')} COLLATE NOCASE`,
  },
  Opportunity: {
    Name: 'name COLLATE NOCASE',
    AccountName: `${accountName('sf_opportunity')} COLLATE NOCASE`,
    StageName: 'stage_name',
    Amount: 'amount',
    CloseDate: 'close_date',
    Probability: 'probability',
    Type: field('Type'),
    LeadSource: field('LeadSource'),
    NextStep: field('NextStep'),
    OwnerName: `${ownerName('sf_opportunity')} COLLATE NOCASE`,
  },
};

const dealState = {
  open: 'is_closed = 0',
  closed: 'is_closed = 1',
  won: 'is_won = 1',
  lost: 'is_closed = 1 AND is_won = 0',
};

export function listFilter(
  db: Database.Database,
  input: ListQuestion,
  context: ViewContext,
): SqlFilter {
  const spec = specFor(input.object);
  const filter = newFilter();
  ownerIs(filter, input.filter.owner, context);
  matchesText(db, filter, spec, input.filter.text);
  if (input.object === 'Lead') {
    oneOf(filter, 'status', input.filter.status);
    oneOf(filter, 'rating', input.filter.rating);
    oneOf(filter, 'lead_source', input.filter.source);
    if (input.filter.created)
      instantWithin(filter, 'created_date', resolvePeriod(input.filter.created, context.now));
  } else if (input.object === 'Account') {
    oneOf(filter, 'industry', input.filter.industry);
    oneOf(filter, 'type', input.filter.type);
  } else if (input.object === 'Opportunity') {
    oneOf(filter, 'stage_name', input.filter.stage);
    if (input.filter.close)
      dayWithin(filter, 'close_date', resolvePeriod(input.filter.close, context.now));
    if (input.filter.state) filter.parts.push(dealState[input.filter.state]);
  }
  for (const condition of input.filter.fields ?? []) {
    const synced = fieldSql(db, input.object, condition.field);
    if (synced) fieldCondition(filter, synced, condition);
  }
  return filter;
}

/** The columns a table sorts by without asking the cache which fields it holds. */
export const tableColumns = (object: ListQuestion['object']): string[] =>
  Object.keys(sortExpressions[object]);

/** Contacts and deals show the name of their account. */
const withAccount = (object: ListQuestion['object']) =>
  object === 'Contact' || object === 'Opportunity';

export function listSql(db: Database.Database, input: ListQuestion, filter: SqlFilter) {
  const spec = specFor(input.object);
  const own = sortExpressions[input.object] as Record<string, string>;
  // A field no longer synced (hidden since) sorts by name rather than failing the table.
  const field = own[input.sort.column] ? null : fieldSql(db, input.object, input.sort.column);
  const direction = input.sort.desc ? 'DESC' : 'ASC';
  // Ties on a field fall to the owner first: the field's index holds the owner beside it.
  const sort = field
    ? `${field.sort} ${direction}, ${spec.table}.owner_id`
    : (own[input.sort.column] ?? own['Name']!);
  const order = `ORDER BY ${sort} ${direction}, ${spec.table}.rowid ${direction}`;
  const select = selectWithNames(spec.table, withAccount(input.object));
  const byField = !(input.sort.column in own) || Boolean(input.filter.fields?.length);
  return {
    // A question on JSON fields may have to sort its matches: the window's row ids are sorted
    // first, with only the sort key beside them, and the records and names read for those alone.
    rows: byField
      ? `${select} WHERE ${spec.table}.rowid IN (SELECT ${spec.table}.rowid FROM ${spec.table}
          ${whereOf(filter)} ${order} LIMIT ? OFFSET ?) ${order}`
      : `${select} ${whereOf(filter)} ${order} LIMIT ? OFFSET ?`,
    count: `SELECT COUNT(*) AS n FROM ${spec.table} ${whereOf(filter)}`,
  };
}

/** One window of a table view and the number of rows the filter matches; none while loading. */
export function listRecords(
  db: Database.Database,
  input: ListInput,
  context: ViewContext,
): ListOutput {
  const loading = loadingAmong(db, [input.object]);
  if (loading.length) return { rows: [], total: 0, loading };
  const filter = listFilter(db, input, context);
  const sql = listSql(db, input, filter);
  // One snapshot: a lookup sort's counts and window agree with the total, and an index it
  // found is still there when it reads it (a sync's reload takes a table's indexes away).
  const { rows, n } = db.transaction(() => {
    const { n } = db.prepare(sql.count).get(...filter.params) as { n: number };
    const rows =
      byLookupName(db, input, filter, n) ??
      (db.prepare(sql.rows).all(...filter.params, input.limit, input.offset) as NamedRow[]);
    return { rows, n };
  })();
  return { rows: withLookupNames(db, input.object, rows.map(named)), total: n, loading };
}

/** The window of a table sorted by a lookup's name, read by the name's index; null otherwise. */
function byLookupName(
  db: Database.Database,
  input: ListInput,
  filter: SqlFilter,
  total: number,
): NamedRow[] | null {
  const lookup = lookupSortOf(db, input.object, input.sort.column, tableColumns(input.object));
  if (!lookup) return null;
  const spec = specFor(input.object);
  const window = { offset: input.offset, limit: input.limit, desc: input.sort.desc, total };
  const rowids = lookupSortedRowids(db, spec, lookup, filter, window);
  if (!rowids) return null;
  return db
    .prepare(
      `${selectWithNames(spec.table, withAccount(input.object))}
        JOIN (SELECT key AS place, value AS wanted FROM json_each(?))
          ON ${spec.table}.rowid = wanted ORDER BY place`,
    )
    .all(JSON.stringify(rowids)) as NamedRow[];
}
