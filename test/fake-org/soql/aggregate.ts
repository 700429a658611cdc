import {
  getFlattenedFields,
  type FieldFunctionExpression,
  type Query,
} from '@jetstreamapp/soql-parser-js';
import { ApiError } from '../http/apiError';
import { asArray } from './parse';
import type { ObjectDef } from '../schema/types';
import type { SfRecord } from '../store';
import type { QueryContext } from './context';
import { resolvePath, type FieldPath } from './fieldPath';
import { inCorporate } from './currency';
import { comparable } from './literals';

const aggregateFunctions = new Set(['COUNT', 'COUNT_DISTINCT', 'SUM', 'AVG', 'MIN', 'MAX']);

export function isAggregateQuery(query: Query): boolean {
  return (
    asArray(query.groupBy).length > 0 ||
    query.fields?.some((f) => f.type === 'FieldFunctionExpression' && f.isAggregateFn) === true
  );
}

/** SELECT COUNT() FROM … answers with totalSize only. */
export function isCountOnly(query: Query): boolean {
  const fields = query.fields ?? [];
  return (
    fields.length === 1 &&
    fields[0]!.type === 'FieldFunctionExpression' &&
    fields[0]!.functionName.toUpperCase() === 'COUNT' &&
    (fields[0]!.parameters ?? []).length === 0
  );
}

type Column = { key: string; compute(rows: SfRecord[]): unknown };

/** GROUP BY with COUNT/SUM/AVG/MIN/MAX; result keys follow Salesforce (expr0…, aliases, last path part). */
export function aggregate(
  ctx: QueryContext,
  object: ObjectDef,
  query: Query,
  rows: SfRecord[],
): SfRecord[] {
  const keys = getFlattenedFields(query);
  const groupPaths: FieldPath[] = asArray(query.groupBy).map((g) => {
    if (!('field' in g) || !g.field)
      throw new ApiError(400, 'MALFORMED_QUERY', 'The fake org groups by fields only');
    return resolvePath(ctx, object, g.field);
  });
  const columns: Column[] = (query.fields ?? []).map((f, index) => {
    const key = keys[index] ?? `expr${index}`;
    if (f.type === 'FieldFunctionExpression')
      return { key, compute: aggregateColumn(ctx, object, f) };
    if (f.type === 'Field' || f.type === 'FieldRelationship') {
      const path = resolvePath(ctx, object, f.type === 'Field' ? f.field : (f.rawValue ?? f.field));
      if (!groupPaths.some((g) => g.name === path.name)) {
        throw new ApiError(
          400,
          'MALFORMED_QUERY',
          `Field must be grouped or aggregated: ${path.field.name}`,
        );
      }
      return { key, compute: (group: SfRecord[]) => (group[0] ? path.get(group[0]) : null) };
    }
    throw new ApiError(
      400,
      'MALFORMED_QUERY',
      'The fake org does not support this expression in aggregate queries',
    );
  });

  const groups = new Map<string, SfRecord[]>();
  if (groupPaths.length === 0) groups.set('', rows);
  for (const row of groupPaths.length ? rows : []) {
    const key = JSON.stringify(groupPaths.map((p) => comparable(p.field, p.get(row))));
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return [...groups.values()].map((group) => {
    const out: Record<string, unknown> = { attributes: { type: 'AggregateResult' } };
    for (const column of columns) out[column.key] = column.compute(group);
    return out as SfRecord;
  });
}

function aggregateColumn(ctx: QueryContext, object: ObjectDef, f: FieldFunctionExpression) {
  const fn = f.functionName.toUpperCase();
  if (!aggregateFunctions.has(fn)) {
    throw new ApiError(400, 'MALFORMED_QUERY', `The fake org does not support the function ${fn}`);
  }
  const parameter = f.parameters?.[0];
  if (fn === 'COUNT' && parameter === undefined) return (rows: SfRecord[]) => rows.length;
  if (typeof parameter !== 'string')
    throw new ApiError(400, 'MALFORMED_QUERY', `unexpected token: ${f.rawValue}`);
  const path = resolvePath(ctx, object, parameter);
  const get = inCorporate(ctx, path);
  const values = (rows: SfRecord[]) =>
    rows.map((r) => get(r)).filter((v) => v !== null && v !== undefined && v !== '');
  switch (fn) {
    case 'COUNT':
      return (rows: SfRecord[]) => values(rows).length;
    case 'COUNT_DISTINCT':
      return (rows: SfRecord[]) => new Set(values(rows).map((v) => comparable(path.field, v))).size;
    case 'SUM':
      return (rows: SfRecord[]) => {
        const v = values(rows);
        return v.length ? v.reduce((s: number, x) => s + Number(x), 0) : null;
      };
    case 'AVG':
      return (rows: SfRecord[]) => {
        const v = values(rows);
        return v.length ? v.reduce((s: number, x) => s + Number(x), 0) / v.length : null;
      };
    default:
      return (rows: SfRecord[]) => {
        const v = values(rows);
        if (!v.length) return null;
        return v.reduce((best, x) => {
          const better =
            (comparable(path.field, x) as never) < (comparable(path.field, best) as never);
          return fn === 'MIN' ? (better ? x : best) : better ? best : x;
        });
      };
  }
}
