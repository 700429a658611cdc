import { formatDateTime, parseDateTime } from '../clock';
import { ApiError } from '../http/apiError';
import {
  json,
  noContent,
  parseJsonBody,
  type Reply,
  type Request,
  type Route,
} from '../http/route';
import { normaliseId } from '../ids';
import { checkWrite } from '../records/checkWrite';
import { describeGlobalEntry, describeObject } from '../schema/describe';
import { findField } from '../schema/objects';
import type { ObjectDef } from '../schema/types';
import type { SfRecord } from '../store';
import { recordUrl } from '../soql/project';
import { notModified } from './conditional';
import { queryContext } from './context';

export function objectOf(request: Request, name: string): ObjectDef {
  const object = request.org.store.schema.findObject(name);
  if (!object) throw new ApiError(404, 'NOT_FOUND', 'The requested resource does not exist');
  return object;
}

export function writeCheck(request: Request) {
  return {
    store: request.org.store,
    canSeeField: (object: string, field: string) =>
      request.org.canSeeField(request.userId, object, field),
    canEditField: (object: string, field: string) =>
      request.org.canEditField(request.userId, object, field),
    rules: request.org.validationRules,
  };
}

/** A visible live row, or the error Salesforce gives for it. */
export function liveRow(
  request: Request,
  object: ObjectDef,
  rawId: string,
  forWrite: boolean,
): SfRecord {
  const id = normaliseId(rawId);
  if (!id || !id.startsWith(object.keyPrefix)) {
    throw new ApiError(
      404,
      'NOT_FOUND',
      `Provided external ID field does not exist or is not accessible: ${rawId}`,
    );
  }
  const row = request.org.store.table(object.name).rows.get(id);
  if (!row || !request.org.canSeeRow(request.userId, row)) {
    throw new ApiError(404, 'NOT_FOUND', 'The requested resource does not exist');
  }
  if (row['IsDeleted']) {
    if (forWrite) throw new ApiError(404, 'ENTITY_IS_DELETED', 'entity is deleted');
    throw new ApiError(404, 'NOT_FOUND', 'The requested resource does not exist');
  }
  return row;
}

export function projectRecord(
  request: Request,
  object: ObjectDef,
  row: SfRecord,
  fields?: string[],
) {
  const names = fields ?? object.fields.map((f) => f.name);
  const out: Record<string, unknown> = {
    attributes: {
      type: object.name,
      url: recordUrl(queryContext(request, ''), object.name, row.Id),
    },
  };
  for (const name of names) {
    const field = findField(object, name);
    if (!field || !request.org.canSeeField(request.userId, object.name, field.name)) {
      throw new ApiError(
        400,
        'INVALID_FIELD',
        `No such column '${name}' on sobject of type ${object.name}`,
      );
    }
    out[field.name] = row[field.name] ?? null;
  }
  // Salesforce always returns the Id, asked for or not.
  out['Id'] = row.Id;
  return out;
}

/** If-Unmodified-Since: HTTP dates have whole seconds, so compare at that precision. */
export function checkUnmodifiedSince(request: Request, row: SfRecord): void {
  const header = request.headers['if-unmodified-since'];
  if (!header) return;
  const since = Date.parse(String(header));
  if (Number.isNaN(since))
    throw new ApiError(
      400,
      'INVALID_HEADER_TYPE',
      `Invalid If-Unmodified-Since header: ${String(header)}`,
    );
  const modified = parseDateTime(String(row['LastModifiedDate']));
  if (Math.floor(modified / 1000) > Math.floor(since / 1000)) {
    throw new ApiError(
      412,
      'PRECONDITION_FAILED',
      `The requested resource has been modified since ${String(header)}. Last modified: ${new Date(modified).toUTCString()}`,
    );
  }
}

function writableObject(request: Request, name: string): ObjectDef {
  const object = objectOf(request, name);
  if (object.readOnly)
    throw new ApiError(
      400,
      'INVALID_TYPE_FOR_OPERATION',
      `entity type ${object.name} does not support this operation`,
    );
  return object;
}

function assertCanEdit(request: Request, row: SfRecord): void {
  if (!request.org.canSeeRow(request.userId, row))
    throw new ApiError(
      400,
      'INSUFFICIENT_ACCESS_OR_READONLY',
      'insufficient access rights on object id',
    );
}

function create(request: Request): Reply {
  const object = writableObject(request, request.params[1]!);
  const values = checkWrite(
    writeCheck(request),
    object,
    parseJsonBody<Record<string, unknown>>(request) ?? {},
    undefined,
  );
  const row = request.org.store.insert(object.name, values, request.userId);
  return json(
    201,
    { id: row.Id, success: true, errors: [] },
    { Location: recordUrl(queryContext(request, ''), object.name, row.Id) },
  );
}

function retrieve(request: Request): Reply {
  const object = objectOf(request, request.params[1]!);
  const row = liveRow(request, object, request.params[2]!, false);
  const modified = parseDateTime(String(row['LastModifiedDate']));
  const unchanged = notModified(request, modified);
  if (unchanged) return unchanged;
  const fields = request.url.searchParams
    .get('fields')
    ?.split(',')
    .map((f) => f.trim())
    .filter(Boolean);
  return json(200, projectRecord(request, object, row, fields), {
    'Last-Modified': new Date(modified).toUTCString(),
  });
}

function update(request: Request): Reply {
  const object = writableObject(request, request.params[1]!);
  const row = liveRow(request, object, request.params[2]!, true);
  assertCanEdit(request, row);
  checkUnmodifiedSince(request, row);
  const values = checkWrite(
    writeCheck(request),
    object,
    parseJsonBody<Record<string, unknown>>(request) ?? {},
    row,
  );
  request.org.store.update(object.name, row.Id, values, request.userId);
  return noContent();
}

function destroy(request: Request): Reply {
  const object = writableObject(request, request.params[1]!);
  const row = liveRow(request, object, request.params[2]!, true);
  assertCanEdit(request, row);
  checkUnmodifiedSince(request, row);
  request.org.store.remove(object.name, row.Id, request.userId);
  return noContent();
}

/** PATCH /sobjects/{T}/{ExternalIdField}/{value}: 201 created, 200 updated (204 before v46), 300 several. */
function upsert(request: Request): Reply {
  const object = writableObject(request, request.params[1]!);
  const fieldName = request.params[2]!;
  const value = request.params[3]!;
  const field = findField(object, fieldName);
  if (!field || !(field.externalId || field.name === 'Id')) {
    throw new ApiError(
      404,
      'NOT_FOUND',
      `Provided external ID field does not exist or is not accessible: ${fieldName}`,
    );
  }
  const body = parseJsonBody<Record<string, unknown>>(request) ?? {};
  const { result, status } = upsertOne(request, object, field.name, value, body);
  if (status === 'multiple') {
    return json(
      300,
      result.map((id) => recordUrl(queryContext(request, ''), object.name, id)),
    );
  }
  const created = status === 'created';
  if (!created && Number(request.apiVersion) < 46) return noContent();
  return json(created ? 201 : 200, { id: result[0], success: true, errors: [], created });
}

export function upsertOne(
  request: Request,
  object: ObjectDef,
  field: string,
  value: string,
  body: Record<string, unknown>,
) {
  const store = request.org.store;
  const matches = [...store.table(object.name).rows.values()].filter(
    (r) => !r['IsDeleted'] && (field === 'Id' ? r.Id === normaliseId(value) : r[field] === value),
  );
  if (matches.length > 1) return { status: 'multiple' as const, result: matches.map((m) => m.Id) };
  const existing = matches[0];
  if (existing) {
    assertCanEdit(request, existing);
    const values = checkWrite(writeCheck(request), object, body, existing);
    store.update(object.name, existing.Id, values, request.userId);
    return { status: 'updated' as const, result: [existing.Id] };
  }
  if (field === 'Id') throw new ApiError(404, 'NOT_FOUND', 'The requested resource does not exist');
  const values = checkWrite(writeCheck(request), object, { ...body, [field]: value }, undefined);
  const row = store.insert(object.name, values, request.userId);
  return { status: 'created' as const, result: [row.Id] };
}

function replicationWindow(request: Request, maxDays: number) {
  const start = Date.parse(request.url.searchParams.get('start') ?? '');
  const end = Date.parse(request.url.searchParams.get('end') ?? '');
  if (Number.isNaN(start) || Number.isNaN(end))
    throw new ApiError(400, 'MALFORMED_QUERY', 'start and end must be valid dateTimes');
  const minute = 60_000;
  const now = request.org.clock.now();
  if (start < now - maxDays * 86_400_000) {
    throw new ApiError(
      400,
      'INVALID_REPLICATION_DATE',
      `startDate must chronologically precede endDate and be within the last ${maxDays} days`,
    );
  }
  return {
    start: Math.floor(start / minute) * minute,
    end: Math.floor(Math.min(end, now) / minute) * minute,
  };
}

function updated(request: Request): Reply {
  const object = objectOf(request, request.params[1]!);
  const { start, end } = replicationWindow(request, 30);
  const ids = [...request.org.store.table(object.name).rows.values()]
    .filter((r) => !r['IsDeleted'] && request.org.canSeeRow(request.userId, r))
    .filter((r) => {
      const stamp = parseDateTime(String(r['SystemModstamp']));
      return stamp >= start && stamp < end;
    })
    .map((r) => r.Id);
  return json(200, { ids, latestDateCovered: formatDateTime(end) });
}

function deleted(request: Request): Reply {
  const object = objectOf(request, request.params[1]!);
  const { start, end } = replicationWindow(request, 15);
  const table = request.org.store.table(object.name);
  const deletedRecords = [...table.deletedAt]
    .filter(([, at]) => at >= start && at < end)
    .map(([id, at]) => ({ id, deletedDate: formatDateTime(at) }));
  const earliest = Math.min(...[...table.deletedAt.values()], end);
  return json(200, {
    deletedRecords,
    earliestDateAvailable: formatDateTime(earliest),
    latestDateCovered: formatDateTime(end),
  });
}

const v = '^/services/data/v(\\d+\\.\\d)';
export const recordRoutes: Route[] = [
  {
    name: 'sobjects',
    method: 'GET',
    pattern: new RegExp(`${v}/sobjects/?$`),
    kind: 'rest',
    handle: (r) =>
      notModified(r, r.org.schemaChangedAt) ??
      json(200, {
        encoding: 'UTF-8',
        maxBatchSize: 200,
        sobjects: r.org.store.schema.objects.map((o) => describeGlobalEntry(o, r.apiVersion)),
      }),
  },
  {
    name: 'describe',
    method: 'GET',
    pattern: new RegExp(`${v}/sobjects/([^/]+)/describe/?$`),
    kind: 'rest',
    handle: (r) => {
      const object = objectOf(r, r.params[1]!);
      return (
        notModified(r, r.org.schemaChangedAt) ??
        json(
          200,
          describeObject(
            object,
            r.apiVersion,
            (f) => r.org.canSeeField(r.userId, object.name, f),
            r.org.store.schema.recordTypesOf(object.name),
            (f) => r.org.canEditField(r.userId, object.name, f),
          ),
        )
      );
    },
  },
  {
    name: 'updated',
    method: 'GET',
    pattern: new RegExp(`${v}/sobjects/([^/]+)/updated/?$`),
    kind: 'rest',
    handle: updated,
  },
  {
    name: 'deleted',
    method: 'GET',
    pattern: new RegExp(`${v}/sobjects/([^/]+)/deleted/?$`),
    kind: 'rest',
    handle: deleted,
  },
  {
    name: 'sobject.basic',
    method: 'GET',
    pattern: new RegExp(`${v}/sobjects/([^/]+)/?$`),
    kind: 'rest',
    handle: (r) =>
      json(200, {
        objectDescribe: describeGlobalEntry(objectOf(r, r.params[1]!), r.apiVersion),
        recentItems: [],
      }),
  },
  {
    name: 'record.create',
    method: 'POST',
    pattern: new RegExp(`${v}/sobjects/([^/]+)/?$`),
    kind: 'rest',
    handle: create,
  },
  {
    name: 'record.get',
    method: 'GET',
    pattern: new RegExp(`${v}/sobjects/([^/]+)/([^/]+)$`),
    kind: 'rest',
    handle: retrieve,
  },
  {
    name: 'record.update',
    method: 'PATCH',
    pattern: new RegExp(`${v}/sobjects/([^/]+)/([^/]+)$`),
    kind: 'rest',
    handle: update,
  },
  {
    name: 'record.delete',
    method: 'DELETE',
    pattern: new RegExp(`${v}/sobjects/([^/]+)/([^/]+)$`),
    kind: 'rest',
    handle: destroy,
  },
  {
    name: 'record.upsert',
    method: 'PATCH',
    pattern: new RegExp(`${v}/sobjects/([^/]+)/([^/]+)/([^/]+)$`),
    kind: 'rest',
    handle: upsert,
  },
];
