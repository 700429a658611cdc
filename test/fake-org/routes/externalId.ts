import { parseDateTime } from '../clock';
import { ApiError } from '../http/apiError';
import { json, noContent, type Reply, type Request, type Route } from '../http/route';
import { normaliseId } from '../ids';
import { findField } from '../schema/objects';
import type { SfRecord } from '../store';
import { recordUrl } from '../soql/project';
import { notModified } from './conditional';
import { queryContext } from './context';
import { checkUnmodifiedSince, objectOf, projectRecord } from './records';

/** The visible live rows whose external id (or Id) is `value`; 300 when several match. */
function rowByExternalId(request: Request): { row?: SfRecord; several?: Reply } {
  const object = objectOf(request, request.params[1]!);
  const fieldName = request.params[2]!;
  const value = request.params[3]!;
  const field = findField(object, fieldName);
  if (
    !field ||
    !(field.externalId || field.name === 'Id') ||
    !request.org.canSeeField(request.userId, object.name, field.name)
  ) {
    throw new ApiError(
      404,
      'NOT_FOUND',
      `Provided external ID field does not exist or is not accessible: ${fieldName}`,
    );
  }
  const wanted = field.name === 'Id' ? normaliseId(value) : value;
  const matches = [...request.org.store.table(object.name).rows.values()].filter(
    (r) =>
      !r['IsDeleted'] &&
      r[field.name] === wanted &&
      request.org.canSeeRow(request.userId, r as { OwnerId?: unknown }),
  );
  if (matches.length > 1) {
    const ctx = queryContext(request, '');
    return {
      several: json(
        300,
        matches.map((m) => recordUrl(ctx, object.name, m.Id)),
      ),
    };
  }
  if (!matches[0]) throw new ApiError(404, 'NOT_FOUND', 'The requested resource does not exist');
  return { row: matches[0] };
}

function retrieve(request: Request): Reply {
  const { row, several } = rowByExternalId(request);
  if (several) return several;
  const object = objectOf(request, request.params[1]!);
  const modified = parseDateTime(String(row!['LastModifiedDate']));
  const unchanged = notModified(request, modified);
  if (unchanged) return unchanged;
  const fields = request.url.searchParams
    .get('fields')
    ?.split(',')
    .map((f) => f.trim())
    .filter(Boolean);
  return json(200, projectRecord(request, object, row!, fields), {
    'Last-Modified': new Date(modified).toUTCString(),
  });
}

function destroy(request: Request): Reply {
  const { row, several } = rowByExternalId(request);
  if (several) return several;
  const object = objectOf(request, request.params[1]!);
  if (object.readOnly || !request.org.canSeeRow(request.userId, row!))
    throw new ApiError(
      400,
      'INSUFFICIENT_ACCESS_OR_READONLY',
      'insufficient access rights on object id',
    );
  checkUnmodifiedSince(request, row!);
  request.org.store.remove(object.name, row!.Id, request.userId);
  return noContent();
}

// `describe/layouts` has the same shape of path; it is no external id.
const path = new RegExp(
  '^/services/data/v(\\d+\\.\\d)/sobjects/([^/]+)/(?!describe/)([^/]+)/([^/]+)$',
);

/** GET, HEAD and DELETE `/sobjects/{T}/{ExternalIdField}/{value}`, as Salesforce answers them. */
export const externalIdRoutes: Route[] = [
  { name: 'record.getByExternalId', method: 'GET', pattern: path, kind: 'rest', handle: retrieve },
  {
    name: 'record.headByExternalId',
    method: 'HEAD',
    pattern: path,
    kind: 'rest',
    handle: retrieve,
  },
  {
    name: 'record.deleteByExternalId',
    method: 'DELETE',
    pattern: path,
    kind: 'rest',
    handle: destroy,
  },
];
