import type Database from 'better-sqlite3';
import type { AccountColumn, LeadColumn, ListInput, ListOutput } from '../../shared/ipc/views';
import { specFor } from '../schema/objectSpecs';
import { named, ownerName, selectWithNames, type NamedRow } from './namedRows';
import {
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

/** Each sortable column as the expression an index of migration 2 is built on. */
const sortExpressions: {
  Lead: Record<LeadColumn, string>;
  Account: Record<AccountColumn, string>;
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
};

export function listFilter(
  db: Database.Database,
  input: ListInput,
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
  } else {
    oneOf(filter, 'industry', input.filter.industry);
    oneOf(filter, 'type', input.filter.type);
  }
  return filter;
}

export function listSql(input: ListInput, filter: SqlFilter) {
  const spec = specFor(input.object);
  const sort = (sortExpressions[input.object] as Record<string, string>)[input.sort.column]!;
  const direction = input.sort.desc ? 'DESC' : 'ASC';
  return {
    rows: `${selectWithNames(spec.table, false)} ${whereOf(filter)}
      ORDER BY ${sort} ${direction}, rowid ${direction} LIMIT ? OFFSET ?`,
    count: `SELECT COUNT(*) AS n FROM ${spec.table} ${whereOf(filter)}`,
  };
}

/** One window of a table view and the number of rows the filter matches. */
export function listRecords(
  db: Database.Database,
  input: ListInput,
  context: ViewContext,
): ListOutput {
  const filter = listFilter(db, input, context);
  const sql = listSql(input, filter);
  const rows = db.prepare(sql.rows).all(...filter.params, input.limit, input.offset) as NamedRow[];
  const { n } = db.prepare(sql.count).get(...filter.params) as { n: number };
  return { rows: rows.map(named), total: n };
}
