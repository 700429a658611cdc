import { ApiError } from '../http/apiError';
import { json, parseJsonBody, type Reply, type Request, type Route } from '../http/route';
import { normaliseId } from '../ids';
import { checkWrite } from '../records/checkWrite';
import { findField } from '../schema/objects';
import { liveRow, objectOf, projectRecord, upsertOne, writeCheck } from './records';

const maxRecords = 200;
type SaveResult = {
  id?: string;
  success: boolean;
  errors: Array<{ statusCode: string; message: string; fields: string[] }>;
  created?: boolean;
};
type Planned = { result: SaveResult; commit?: () => string | undefined };

const failure = (error: unknown): SaveResult => {
  const e =
    error instanceof ApiError ? error : new ApiError(500, 'UNKNOWN_EXCEPTION', String(error));
  return {
    success: false,
    errors: [{ statusCode: e.errorCode, message: e.message, fields: e.fields ?? [] }],
  };
};

const rolledBack: SaveResult['errors'] = [
  {
    statusCode: 'ALL_OR_NONE_OPERATION_ROLLED_BACK',
    message:
      'Record rolled back because not all records were valid and the request was using AllOrNone header',
    fields: [],
  },
];

/**
 * Plans every item first and commits only afterwards, so allOrNone can roll the whole request
 * back: valid items then report ALL_OR_NONE_OPERATION_ROLLED_BACK.
 */
function assertBatchSize(count: number): void {
  if (count > maxRecords) {
    throw new ApiError(
      400,
      'EXCEEDED_ID_LIMIT',
      `record limit reached. cannot submit more than ${maxRecords} records into this call`,
    );
  }
}

function run(items: unknown[], allOrNone: boolean, plan: (item: unknown) => Planned): Reply {
  assertBatchSize(items.length);
  const planned = items.map((item) => {
    try {
      return plan(item);
    } catch (error) {
      return { result: failure(error) };
    }
  });
  const anyFailed = planned.some((p) => !p.result.success);
  return json(
    200,
    planned.map((p) => {
      if (allOrNone && anyFailed)
        return p.result.success
          ? { ...p.result, id: undefined, success: false, errors: rolledBack }
          : p.result;
      const id = p.commit?.();
      return id ? { ...p.result, id } : p.result;
    }),
  );
}

type Body = {
  allOrNone?: boolean;
  records?: Array<Record<string, unknown> & { attributes?: { type?: string } }>;
};

function body(request: Request): Required<Body> {
  const parsed = parseJsonBody<Body>(request);
  if (!parsed || !Array.isArray(parsed.records))
    throw new ApiError(400, 'JSON_PARSER_ERROR', 'records is required');
  return { allOrNone: parsed.allOrNone === true, records: parsed.records };
}

function typeOf(request: Request, record: { attributes?: { type?: string } }) {
  const type = record.attributes?.type;
  if (!type) throw new ApiError(400, 'INVALID_TYPE', 'Must send a concrete entity type.');
  return objectOf(request, type);
}

function createMany(request: Request): Reply {
  const { allOrNone, records } = body(request);
  return run(records, allOrNone, (item) => {
    const record = item as Required<Body>['records'][number];
    const object = typeOf(request, record);
    if ('Id' in record || 'id' in record)
      throw new ApiError(400, 'INVALID_FIELD', 'cannot specify Id in an insert call', ['Id']);
    const values = checkWrite(writeCheck(request), object, record, undefined);
    return {
      result: { success: true, errors: [] },
      commit: () => request.org.store.insert(object.name, values, request.userId).Id,
    };
  });
}

function updateMany(request: Request): Reply {
  const { allOrNone, records } = body(request);
  return run(records, allOrNone, (item) => {
    const { id, Id, ...record } = item as Record<string, unknown> & {
      attributes?: { type?: string };
    };
    const object = typeOf(request, record);
    const row = liveRow(request, object, String(id ?? Id ?? ''), true);
    if (!request.org.canSeeRow(request.userId, row))
      throw new ApiError(
        400,
        'INSUFFICIENT_ACCESS_OR_READONLY',
        'insufficient access rights on object id',
      );
    const values = checkWrite(writeCheck(request), object, record, row);
    return {
      result: { id: row.Id, success: true, errors: [] },
      commit: () => request.org.store.update(object.name, row.Id, values, request.userId).Id,
    };
  });
}

function deleteMany(request: Request): Reply {
  const ids = (request.url.searchParams.get('ids') ?? '').split(',').filter(Boolean);
  const allOrNone = request.url.searchParams.get('allOrNone') === 'true';
  return run(ids, allOrNone, (raw) => {
    const id = normaliseId(String(raw));
    const found = id ? request.org.store.find(id) : undefined;
    if (!found || !request.org.canSeeRow(request.userId, found.row))
      throw new ApiError(404, 'INVALID_CROSS_REFERENCE_KEY', 'invalid cross reference id');
    if (found.row['IsDeleted']) throw new ApiError(404, 'ENTITY_IS_DELETED', 'entity is deleted');
    return {
      result: { id: found.row.Id, success: true, errors: [] },
      commit: () => (
        request.org.store.remove(found.type, found.row.Id, request.userId),
        found.row.Id
      ),
    };
  });
}

function retrieveMany(request: Request): Reply {
  const object = objectOf(request, request.params[1]!);
  const parsed = parseJsonBody<{ ids?: string[]; fields?: string[] }>(request);
  if (!parsed?.ids || !parsed.fields?.length)
    throw new ApiError(400, 'JSON_PARSER_ERROR', 'ids and fields are required');
  if (parsed.ids.length > 2000)
    throw new ApiError(
      400,
      'EXCEEDED_ID_LIMIT',
      'record limit reached. cannot submit more than 2000 records into this call',
    );
  return json(
    200,
    parsed.ids.map((id) => {
      try {
        return projectRecord(request, object, liveRow(request, object, id, false), parsed.fields);
      } catch (error) {
        if (error instanceof ApiError && error.errorCode === 'INVALID_FIELD') throw error;
        return null;
      }
    }),
  );
}

function upsertMany(request: Request): Reply {
  const object = objectOf(request, request.params[1]!);
  const field = findField(object, request.params[2]!);
  if (!field?.externalId)
    throw new ApiError(
      404,
      'NOT_FOUND',
      `Provided external ID field does not exist or is not accessible: ${request.params[2]}`,
    );
  const { allOrNone, records } = body(request);
  assertBatchSize(records.length);
  // Upserts decide create-or-update against live data, so they apply in order and roll back by snapshot.
  const table = request.org.store.table(object.name);
  const snapshot = new Map(table.rows);
  const results: SaveResult[] = records.map((record) => {
    try {
      const values: Record<string, unknown> = { ...record };
      const value = String(values[field.name] ?? '');
      delete values[field.name];
      const outcome = upsertOne(request, object, field.name, value, values);
      if (outcome.status === 'multiple')
        throw new ApiError(
          300,
          'DUPLICATE_EXTERNAL_ID',
          `Foreign key external ID: ${value} matched more than one record`,
        );
      return {
        id: outcome.result[0],
        success: true,
        errors: [],
        created: outcome.status === 'created',
      };
    } catch (error) {
      return failure(error);
    }
  });
  if (allOrNone && results.some((r) => !r.success)) {
    table.rows.clear();
    for (const [id, row] of snapshot) table.rows.set(id, row);
    return json(
      200,
      results.map((r) => (r.success ? { success: false, errors: rolledBack, created: false } : r)),
    );
  }
  return json(200, results);
}

const v = '^/services/data/v(\\d+\\.\\d)';
export const compositeRoutes: Route[] = [
  {
    name: 'composite.create',
    method: 'POST',
    pattern: new RegExp(`${v}/composite/sobjects/?$`),
    kind: 'rest',
    handle: createMany,
  },
  {
    name: 'composite.update',
    method: 'PATCH',
    pattern: new RegExp(`${v}/composite/sobjects/?$`),
    kind: 'rest',
    handle: updateMany,
  },
  {
    name: 'composite.delete',
    method: 'DELETE',
    pattern: new RegExp(`${v}/composite/sobjects/?$`),
    kind: 'rest',
    handle: deleteMany,
  },
  {
    name: 'composite.retrieve',
    method: 'POST',
    pattern: new RegExp(`${v}/composite/sobjects/([^/]+)/?$`),
    kind: 'rest',
    handle: retrieveMany,
  },
  {
    name: 'composite.upsert',
    method: 'PATCH',
    pattern: new RegExp(`${v}/composite/sobjects/([^/]+)/([^/]+)/?$`),
    kind: 'rest',
    handle: upsertMany,
  },
];
