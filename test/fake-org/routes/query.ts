import { ApiError } from '../http/apiError';
import { json, type Reply, type Request, type Route } from '../http/route';
import type { Cursor } from '../org';
import { queryColumns } from '../soql/columns';
import { runQuery, type QueryResult } from '../soql/execute';
import { queryContext } from './context';

const cursorTtlMs = 15 * 60_000;
const maxCursors = 2000;

/**
 * Salesforce treats batchSize as a suggestion and documents one case where it returns fewer:
 * two or more long text area fields selected cap a page at 200 rows (SOQL and SOSL Reference,
 * "Change the Batch Size in Queries"). We apply it to standard long text fields too.
 */
function batchSize(request: Request, result: QueryResult): number {
  const header = String(request.headers['sforce-query-options'] ?? '');
  const match = /batchSize\s*=\s*(\d+)/i.exec(header);
  const asked = match ? Math.min(2000, Math.max(200, Number(match[1]))) : 2000;
  const longText = result.columns.filter(
    (c) => c.field.type === 'textarea' && c.field.length > 255,
  );
  return longText.length >= 2 ? Math.min(asked, 200) : asked;
}

const knownParameters = new Set(['q', 'columns']);

function page(request: Request, cursorId: string, cursor: Cursor, offset: number): Reply {
  const { result } = cursor;
  const end = Math.min(offset + cursor.batchSize, result.rows.length);
  const records = result.rows.slice(offset, end).map((row) => result.project(row));
  const done = end >= result.rows.length;
  cursor.touched = request.org.clock.now();
  if (done) request.org.cursors.delete(cursorId);
  return json(200, {
    totalSize: result.totalSize,
    done,
    ...(done
      ? {}
      : { nextRecordsUrl: `/services/data/v${request.apiVersion}/query/${cursorId}-${end}` }),
    records,
  });
}

function pruneCursors(request: Request): void {
  const { cursors, clock } = request.org;
  const now = clock.now();
  for (const [id, cursor] of cursors) if (now - cursor.touched > cursorTtlMs) cursors.delete(id);
  while (cursors.size > maxCursors) cursors.delete(cursors.keys().next().value!);
}

function startQuery(includeDeleted: boolean) {
  return (request: Request): Reply => {
    const soql = request.url.searchParams.get('q');
    if (request.url.searchParams.has('explain')) {
      throw new ApiError(400, 'MALFORMED_QUERY', 'The fake org does not explain queries');
    }
    for (const name of request.url.searchParams.keys()) {
      if (!knownParameters.has(name))
        throw new ApiError(400, 'MALFORMED_QUERY', `Invalid query parameter: ${name}`);
    }
    if (!soql) throw new ApiError(400, 'MALFORMED_QUERY', 'A query string has to be specified');
    // The Salesforce CLI asks for the columns first, then runs the query without the parameter.
    if (request.url.searchParams.get('columns') === 'true')
      return json(200, queryColumns(queryContext(request, soql)));
    const result = runQuery(queryContext(request, soql), { includeDeleted });
    if (result.countOnly || result.aggregate) {
      return json(200, { totalSize: result.totalSize, done: true, records: result.rows });
    }
    pruneCursors(request);
    const cursorId = `01g${request.org.orgId.slice(3, 8)}${(++request.org.counters.cursor).toString(36).padStart(8, '0')}`;
    const cursor: Cursor = {
      result,
      batchSize: batchSize(request, result),
      userId: request.userId,
      touched: 0,
    };
    request.org.cursors.set(cursorId, cursor);
    return page(request, cursorId, cursor, 0);
  };
}

function queryMore(request: Request): Reply {
  const locator = request.params[1] ?? '';
  const dash = locator.lastIndexOf('-');
  const cursorId = locator.slice(0, dash);
  const offset = Number(locator.slice(dash + 1));
  const cursor = request.org.cursors.get(cursorId);
  if (
    dash < 0 ||
    !cursor ||
    cursor.userId !== request.userId ||
    !Number.isInteger(offset) ||
    offset < 0
  ) {
    throw new ApiError(400, 'INVALID_QUERY_LOCATOR', 'invalid query locator');
  }
  return page(request, cursorId, cursor, offset);
}

const v = '^/services/data/v(\\d+\\.\\d)';
export const queryRoutes: Route[] = [
  {
    name: 'query',
    method: 'GET',
    pattern: new RegExp(`${v}/query/?$`),
    kind: 'rest',
    handle: startQuery(false),
  },
  {
    name: 'queryAll',
    method: 'GET',
    pattern: new RegExp(`${v}/queryAll/?$`),
    kind: 'rest',
    handle: startQuery(true),
  },
  {
    name: 'queryMore',
    method: 'GET',
    pattern: new RegExp(`${v}/query(?:All)?/([^/]+)$`),
    kind: 'rest',
    handle: queryMore,
  },
];
