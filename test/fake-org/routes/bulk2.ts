import { formatDateTime } from '../clock';
import { ApiError } from '../http/apiError';
import {
  json,
  noContent,
  parseJsonBody,
  type Reply,
  type Request,
  type Route,
} from '../http/route';
import { makeId } from '../ids';
import type { BulkJob } from '../org';
import { runQuery } from '../soql/execute';
import type { FieldPath } from '../soql/fieldPath';
import type { SfRecord } from '../store';
import { queryContext } from './context';

const delimiters: Record<string, string> = {
  COMMA: ',',
  TAB: '\t',
  PIPE: '|',
  SEMICOLON: ';',
  CARET: '^',
  BACKQUOTE: '`',
};

function state(request: Request, job: BulkJob): string {
  if (job.aborted) return 'Aborted';
  const processing = request.org.options.bulkProcessingMs ?? 0;
  return request.org.clock.now() - job.createdAt >= processing ? 'JobComplete' : 'InProgress';
}

function info(request: Request, job: BulkJob) {
  const created = formatDateTime(job.createdAt);
  const current = state(request, job);
  return {
    id: job.id,
    operation: job.operation,
    object: job.object,
    createdById: job.createdById,
    createdDate: created,
    systemModstamp: created,
    state: current,
    concurrencyMode: 'Parallel',
    contentType: 'CSV',
    apiVersion: Number(job.apiVersion),
    jobType: 'V2Query',
    lineEnding: job.lineEnding,
    columnDelimiter: job.columnDelimiter,
    numberRecordsProcessed: current === 'JobComplete' ? job.result.totalSize : 0,
    retries: 0,
    totalProcessingTime: current === 'JobComplete' ? 100 : 0,
  };
}

function findJob(request: Request): BulkJob {
  const job = request.org.bulkJobs.get(request.params[1]!);
  if (!job) throw new ApiError(404, 'NOT_FOUND', 'The requested resource does not exist');
  return job;
}

function create(request: Request): Reply {
  const body = parseJsonBody<{
    operation?: string;
    query?: string;
    columnDelimiter?: string;
    lineEnding?: string;
  }>(request);
  if (!body?.query)
    throw new ApiError(400, 'INVALIDJOB', 'InvalidJob : Required field is missing: query');
  if (body.operation !== 'query' && body.operation !== 'queryAll') {
    throw new ApiError(
      400,
      'INVALIDJOB',
      `InvalidJob : Invalid operation: ${String(body.operation)}`,
    );
  }
  const delimiter = body.columnDelimiter ?? 'COMMA';
  if (!(delimiter in delimiters))
    throw new ApiError(400, 'INVALIDJOB', `InvalidJob : Invalid column delimiter: ${delimiter}`);
  const lineEnding = body.lineEnding === 'CRLF' ? 'CRLF' : 'LF';
  const result = runQuery(queryContext(request, body.query), {
    includeDeleted: body.operation === 'queryAll',
  });
  if (result.aggregate || result.countOnly || result.hasSubqueries) {
    throw new ApiError(
      400,
      'API_ERROR',
      'FeatureNotEnabled : Aggregate queries and nested queries are not supported by Bulk API 2.0',
    );
  }
  const id = makeId('750', ++request.org.counters.job);
  const job: BulkJob = {
    id,
    operation: body.operation,
    object: result.object.name,
    query: body.query,
    createdById: request.userId,
    createdAt: request.org.clock.now(),
    apiVersion: request.apiVersion,
    lineEnding,
    columnDelimiter: delimiter,
    aborted: false,
    result,
  };
  request.org.bulkJobs.set(id, job);
  return json(200, { ...info(request, job), state: 'UploadComplete' });
}

/** Values are always quoted; null is an empty field; datetimes use Bulk API's Z form. */
function csvValue(path: FieldPath, row: SfRecord): string {
  const value = path.get(row);
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (path.field.type === 'datetime') text = text.replace('+0000', 'Z');
  return `"${text.replace(/"/g, '""')}"`;
}

/** One CSV page with its header row; Sforce-Locator is the literal 'null' on the last page. */
function results(request: Request): Reply {
  const job = findJob(request);
  const current = state(request, job);
  if (current !== 'JobComplete') {
    throw new ApiError(
      412,
      'JOB_NOT_COMPLETE',
      `can only download query results of successfully completed bulk job. Job state: ${current}`,
    );
  }
  if (request.apiVersion !== job.apiVersion) {
    throw new ApiError(
      409,
      'INVALIDJOB',
      `Job was created in API version ${job.apiVersion}; results must be fetched with the same version`,
    );
  }
  const locator = request.url.searchParams.get('locator');
  const start = locator ? Number(Buffer.from(locator, 'base64url').toString('utf8')) : 0;
  if (!Number.isInteger(start) || start < 0 || start > job.result.rows.length) {
    throw new ApiError(400, 'INVALID_LOCATOR', `Invalid locator: ${String(locator)}`);
  }
  const maxRecords = Number(
    request.url.searchParams.get('maxRecords') ?? request.org.options.bulkPageSize ?? 50_000,
  );
  if (!Number.isInteger(maxRecords) || maxRecords < 1)
    throw new ApiError(400, 'INVALIDJOB', 'maxRecords must be a positive integer');
  const end = Math.min(start + maxRecords, job.result.rows.length);
  const delimiter = delimiters[job.columnDelimiter]!;
  const newline = job.lineEnding === 'CRLF' ? '\r\n' : '\n';
  const columns = job.result.columns;
  const lines = [columns.map((c) => `"${c.name}"`).join(delimiter)];
  for (let i = start; i < end; i++) {
    const row = job.result.rows[i]!;
    lines.push(columns.map((c) => csvValue(c, row)).join(delimiter));
  }
  return {
    status: 200,
    contentType: 'text/csv',
    text: lines.join(newline) + newline,
    headers: {
      'Sforce-Locator':
        end >= job.result.rows.length ? 'null' : Buffer.from(String(end)).toString('base64url'),
      'Sforce-NumberOfRecords': String(end - start),
    },
  };
}

function abort(request: Request): Reply {
  const job = findJob(request);
  const body = parseJsonBody<{ state?: string }>(request);
  if (body?.state !== 'Aborted')
    throw new ApiError(400, 'INVALIDJOB', 'InvalidJob : Only Aborted state is supported');
  job.aborted = true;
  return json(200, info(request, job));
}

const v = '^/services/data/v(\\d+\\.\\d)/jobs/query';
export const bulk2Routes: Route[] = [
  {
    name: 'bulk2.create',
    method: 'POST',
    pattern: new RegExp(`${v}/?$`),
    kind: 'rest',
    handle: create,
  },
  {
    name: 'bulk2.list',
    method: 'GET',
    pattern: new RegExp(`${v}/?$`),
    kind: 'rest',
    handle: (r) =>
      json(200, {
        done: true,
        records: [...r.org.bulkJobs.values()].map((j) => info(r, j)),
        nextRecordsUrl: null,
      }),
  },
  {
    name: 'bulk2.get',
    method: 'GET',
    pattern: new RegExp(`${v}/([^/]+)/?$`),
    kind: 'rest',
    handle: (r) => json(200, info(r, findJob(r))),
  },
  {
    name: 'bulk2.abort',
    method: 'PATCH',
    pattern: new RegExp(`${v}/([^/]+)/?$`),
    kind: 'rest',
    handle: abort,
  },
  {
    name: 'bulk2.delete',
    method: 'DELETE',
    pattern: new RegExp(`${v}/([^/]+)/?$`),
    kind: 'rest',
    handle: (r) => (r.org.bulkJobs.delete(findJob(r).id), noContent()),
  },
  {
    name: 'bulk2.results',
    method: 'GET',
    pattern: new RegExp(`${v}/([^/]+)/results/?$`),
    kind: 'rest',
    handle: results,
  },
];
