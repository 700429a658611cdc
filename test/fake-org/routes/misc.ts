import { ApiError } from '../http/apiError';
import { json, type Reply, type Request, type Route } from '../http/route';
import type { ObjectDef } from '../schema/types';
import type { SfRecord } from '../store';
import { queryContext } from './context';
import { resolvePath } from '../soql/fieldPath';
import { addPath, emptyShape, project } from '../soql/project';

const seasons = ['Winter', 'Spring', 'Summer'];
function versionLabel(version: number): string {
  const index = version - 20;
  return `${seasons[index % 3]} '${String(11 + Math.floor(index / 3)).padStart(2, '0')}`;
}

function versions(): Reply {
  const list = [];
  for (let v = 20; v <= 66; v++)
    list.push({ label: versionLabel(v), url: `/services/data/v${v}.0`, version: `${v}.0` });
  return json(200, list);
}

function resources(request: Request): Reply {
  const base = `/services/data/v${request.apiVersion}`;
  const names = [
    'sobjects',
    'query',
    'queryAll',
    'search',
    'limits',
    'recent',
    'composite',
    'jobs',
  ];
  return json(200, {
    ...Object.fromEntries(names.map((n) => [n, `${base}/${n}`])),
    identity: `${request.origin}/id/${request.org.orgId}/${request.userId}`,
  });
}

function limits(request: Request): Reply {
  const { daily, used } = request.org.limits;
  return json(200, {
    DailyApiRequests: { Max: daily, Remaining: Math.max(0, daily - used) },
    DailyBulkV2QueryJobs: { Max: 10000, Remaining: 10000 - request.org.bulkJobs.size },
    DailyBulkV2QueryFileStorageMB: { Max: 976562, Remaining: 976562 },
    DataStorageMB: { Max: 5, Remaining: 5 },
    FileStorageMB: { Max: 20, Remaining: 20 },
  });
}

type Returning = { object: ObjectDef; fields: string[]; limit?: number };

function parseReturning(request: Request, text: string | undefined): Returning[] {
  if (!text) {
    return request.org.store.schema.objects
      .filter((o) => o.search.name.length && !o.readOnly)
      .map((object) => ({ object, fields: ['Id'] }));
  }
  const items = text.match(/[A-Za-z_]+(?:\s*\([^)]*\))?/g) ?? [];
  return items.map((item) => {
    const match = /^([A-Za-z_]+)\s*(?:\(([^)]*)\))?$/.exec(item.trim());
    const object = match && request.org.store.schema.findObject(match[1]!);
    if (!object)
      throw new ApiError(
        400,
        'INVALID_TYPE',
        `sObject type '${match?.[1] ?? item}' is not supported.`,
      );
    const inner = (match[2] ?? 'Id').trim();
    const limitMatch = /\s+LIMIT\s+(\d+)\s*$/i.exec(inner);
    const fieldList = limitMatch ? inner.slice(0, limitMatch.index) : inner;
    if (/\b(WHERE|ORDER\s+BY)\b/i.test(fieldList)) {
      throw new ApiError(
        400,
        'MALFORMED_SEARCH',
        'The fake org supports field lists and LIMIT in RETURNING, not WHERE or ORDER BY',
      );
    }
    return {
      object,
      fields: fieldList
        .split(',')
        .map((f) => f.trim())
        .filter(Boolean),
      limit: limitMatch ? Number(limitMatch[1]) : undefined,
    };
  });
}

const words = (value: unknown) =>
  String(value ?? '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}@.]+/u)
    .filter(Boolean);
const digits = (value: unknown) => String(value ?? '').replace(/\D/g, '');

/**
 * A SOSL subset: FIND {terms} [IN ALL|NAME|EMAIL|PHONE FIELDS] [RETURNING Obj(fields [LIMIT n]), …]
 * [LIMIT n]. Every term must match a word of the record; a trailing * matches a prefix.
 */
function search(request: Request): Reply {
  const sosl = request.url.searchParams.get('q') ?? '';
  const match =
    /^\s*FIND\s*\{((?:\\.|[^}\\])*)\}\s*(?:IN\s+(ALL|NAME|EMAIL|PHONE)\s+FIELDS\s*)?(?:RETURNING\s+([\s\S]+?))?\s*(?:LIMIT\s+(\d+))?\s*$/i.exec(
      sosl,
    );
  if (!match)
    throw new ApiError(
      400,
      'MALFORMED_SEARCH',
      'No search term found. The search term must be enclosed in braces.',
    );
  const terms = match[1]!
    .replace(/\\(.)/g, '$1')
    .toLowerCase()
    .split(/\s+/)
    .filter((t) => t && t !== 'and');
  if (terms.length === 0 || terms.some((t) => t.replace(/\*/g, '').length < 2)) {
    throw new ApiError(400, 'MALFORMED_SEARCH', 'search term must be longer than one character');
  }
  const group = (match[2] ?? 'ALL').toUpperCase();
  const overall = match[4] ? Number(match[4]) : 2000;
  const ctx = queryContext(request, sosl);
  const searchRecords: SfRecord[] = [];
  for (const target of parseReturning(request, match[3])) {
    const { object } = target;
    const shape = emptyShape();
    for (const f of target.fields) addPath(shape, resolvePath(ctx, object, f));
    const fields =
      group === 'NAME'
        ? object.search.name
        : group === 'EMAIL'
          ? object.search.email
          : group === 'PHONE'
            ? object.search.phone
            : [...object.search.name, ...object.search.email, ...object.search.phone];
    const matches = (row: SfRecord) =>
      terms.every((term) => {
        const prefix = term.endsWith('*');
        const bare = term.replace(/\*+$/, '');
        return fields.some((f) => {
          if (object.search.phone.includes(f) && /^\+?[\d\s()-]+$/.test(bare))
            return digits(row[f]).includes(digits(bare));
          return words(row[f]).some((w) => (prefix ? w.startsWith(bare) : w === bare));
        });
      });
    let found = 0;
    for (const row of request.org.store.table(object.name).rows.values()) {
      if (row['IsDeleted'] || !request.org.canSeeRow(request.userId, row) || !matches(row))
        continue;
      searchRecords.push(project(ctx, shape, object, row));
      if (++found >= (target.limit ?? overall) || searchRecords.length >= overall) break;
    }
  }
  return json(200, { searchRecords });
}

const v = '^/services/data/v(\\d+\\.\\d)';
export const miscRoutes: Route[] = [
  {
    name: 'versions',
    method: 'GET',
    pattern: /^\/services\/data\/?$/,
    kind: 'public',
    handle: versions,
  },
  {
    name: 'resources',
    method: 'GET',
    pattern: new RegExp(`${v}/?$`),
    kind: 'rest',
    handle: resources,
  },
  {
    name: 'limits',
    method: 'GET',
    pattern: new RegExp(`${v}/limits/?$`),
    kind: 'rest',
    handle: limits,
  },
  {
    name: 'search',
    method: 'GET',
    pattern: new RegExp(`${v}/search/?$`),
    kind: 'rest',
    handle: search,
  },
];
