import type { FieldSubquery, Query, ValueQueryCondition } from '@jetstreamapp/soql-parser-js';
import { ApiError, queryError } from '../http/apiError';
import type { ObjectDef } from '../schema/types';
import type { SfRecord } from '../store';
import { aggregate, isAggregateQuery, isCountOnly } from './aggregate';
import type { QueryContext } from './context';
import { resolvePath, type FieldPath } from './fieldPath';
import { compileOrder } from './order';
import { asArray, parseSoql } from './parse';
import { convertCurrencyColumn } from './currency';
import { addChildren, addPath, addValue, emptyShape, project, type Shape } from './project';
import { compileWhere } from './where';

export type QueryOptions = { includeDeleted: boolean };

/** A query's full result: rows are filtered and ordered up front, projected page by page. */
export type QueryResult = {
  object: ObjectDef;
  totalSize: number;
  rows: SfRecord[];
  /** Turns a stored row into the REST shape; identity for aggregate rows. */
  project(row: SfRecord): SfRecord;
  /** Plain (non sub-query) columns in SELECT order, for Bulk API CSV. */
  columns: FieldPath[];
  countOnly: boolean;
  aggregate: boolean;
  hasSubqueries: boolean;
};

const maxOffset = 2000;

function unknownObject(ctx: QueryContext, name: string): ApiError {
  return queryError(
    'INVALID_TYPE',
    ctx.soql,
    name,
    `sObject type '${name}' is not supported. If you are attempting to use a custom object, be sure to append the '__c' after the entity name. Please reference your WSDL or the describe call for the appropriate names.`,
  );
}

function visibleRows(ctx: QueryContext, object: ObjectDef, options: QueryOptions): SfRecord[] {
  const out: SfRecord[] = [];
  for (const row of ctx.store.table(object.name).rows.values()) {
    if (row['IsDeleted'] && !options.includeDeleted) continue;
    if (!ctx.canSeeRow(object.name, row as { OwnerId?: unknown })) continue;
    out.push(row);
  }
  return out;
}

function filterSortSlice(
  ctx: QueryContext,
  object: ObjectDef,
  query: Query,
  rows: SfRecord[],
  options: QueryOptions,
) {
  const where = compileWhere(ctx, object, query.where, (condition) =>
    semiJoin(ctx, condition, options),
  );
  let result = rows.filter(where);
  const order = compileOrder(ctx, object, asArray(query.orderBy));
  if (order) result.sort(order);
  if (query.offset !== undefined) {
    if (query.offset > maxOffset) {
      throw new ApiError(
        400,
        'NUMBER_OUTSIDE_VALID_RANGE',
        `Maximum SOQL offset allowed is ${maxOffset}`,
      );
    }
    result = result.slice(query.offset);
  }
  if (query.limit !== undefined) result = result.slice(0, query.limit);
  return result;
}

/** Id IN (SELECT AccountId FROM Contact …) */
function semiJoin(
  ctx: QueryContext,
  condition: ValueQueryCondition,
  options: QueryOptions,
): Set<unknown> {
  const inner = condition.valueQuery!;
  const object = ctx.store.schema.findObject(inner.sObject ?? '');
  if (!object) throw unknownObject(ctx, inner.sObject ?? '');
  const field = inner.fields?.[0];
  if (
    !field ||
    inner.fields!.length !== 1 ||
    (field.type !== 'Field' && field.type !== 'FieldRelationship')
  ) {
    throw new ApiError(400, 'MALFORMED_QUERY', 'A semi-join sub-query selects exactly one field');
  }
  const path = resolvePath(
    ctx,
    object,
    field.type === 'Field' ? field.field : (field.rawValue ?? field.field),
  );
  const rows = filterSortSlice(ctx, object, inner, visibleRows(ctx, object, options), options);
  return new Set(rows.map((r) => path.get(r)));
}

function childResults(
  ctx: QueryContext,
  parent: ObjectDef,
  sub: FieldSubquery,
  options: QueryOptions,
) {
  const relationshipName = sub.subquery.relationshipName;
  const relation = parent.childRelationships.find(
    (c) => c.relationshipName.toLowerCase() === relationshipName.toLowerCase(),
  );
  if (!relation) {
    throw queryError(
      'INVALID_TYPE',
      ctx.soql,
      relationshipName,
      `Didn't understand relationship '${relationshipName}' in FROM part of query call. If you are attempting to use a custom relationship, be sure to append the '__r' after the custom relationship name. Please reference your WSDL or the describe call for the appropriate names.`,
    );
  }
  const child = ctx.store.schema.findObject(relation.childSObject)!;
  const shape = shapeOf(ctx, child, sub.subquery as Query, options);
  let byParent: Map<unknown, SfRecord[]> | undefined;
  return {
    name: relation.relationshipName,
    run(parentRow: SfRecord) {
      if (!byParent) {
        byParent = new Map();
        for (const row of visibleRows(ctx, child, options)) {
          const key = row[relation.field];
          if (key === null || key === undefined) continue;
          const list = byParent.get(key);
          if (list) list.push(row);
          else byParent.set(key, [row]);
        }
      }
      const rows = filterSortSlice(
        ctx,
        child,
        sub.subquery as Query,
        byParent.get(parentRow.Id) ?? [],
        options,
      );
      if (rows.length === 0) return null;
      return {
        totalSize: rows.length,
        done: true,
        records: rows.map((r) => project(ctx, shape.shape, child, r)),
      };
    },
  };
}

function shapeOf(ctx: QueryContext, object: ObjectDef, query: Query, options: QueryOptions) {
  const shape: Shape = emptyShape();
  const columns: FieldPath[] = [];
  for (const f of query.fields ?? []) {
    if (f.type === 'Field' || f.type === 'FieldRelationship') {
      const path = resolvePath(ctx, object, f.type === 'Field' ? f.field : (f.rawValue ?? f.field));
      addPath(shape, path);
      columns.push(path);
    } else if (f.type === 'FieldSubquery') {
      const children = childResults(ctx, object, f, options);
      addChildren(shape, children.name, children.run);
    } else if (
      f.type === 'FieldFunctionExpression' &&
      f.functionName.toLowerCase() === 'convertcurrency'
    ) {
      const column = convertCurrencyColumn(ctx, object, f);
      addValue(shape, column.name, column.get);
    } else {
      throw new ApiError(
        400,
        'MALFORMED_QUERY',
        `The fake org does not support ${f.type} in SELECT`,
      );
    }
  }
  return { shape, columns };
}

export function runQuery(ctx: QueryContext, options: QueryOptions): QueryResult {
  const query = parseSoql(ctx.soql);
  const object = ctx.store.schema.findObject(query.sObject ?? '');
  if (!object) throw unknownObject(ctx, query.sObject ?? '');
  const base = {
    object,
    countOnly: false,
    aggregate: false,
    hasSubqueries: query.fields?.some((f) => f.type === 'FieldSubquery') ?? false,
  };
  const rows = visibleRows(ctx, object, options);

  if (isCountOnly(query)) {
    const matched = filterSortSlice(ctx, object, query, rows, options);
    return {
      ...base,
      countOnly: true,
      totalSize: matched.length,
      rows: [],
      project: (r) => r,
      columns: [],
    };
  }
  if (isAggregateQuery(query)) {
    const { orderBy: rawOrder, limit, offset, ...filterOnly } = query;
    const orderBy = asArray(rawOrder);
    const matched = filterSortSlice(ctx, object, filterOnly as Query, rows, options);
    let groups = aggregate(ctx, object, query, matched);
    if (orderBy.length) {
      const keyOf = (clause: (typeof orderBy)[number]) =>
        'field' in clause && clause.field ? clause.field : '';
      groups = groups.sort((a, b) => {
        for (const clause of orderBy) {
          const key = Object.keys(a).find(
            (k) => k.toLowerCase() === keyOf(clause).split('.').pop()!.toLowerCase(),
          );
          if (!key) continue;
          const [x, y] = [a[key], b[key]] as [never, never];
          if (x === y) continue;
          return (x < y ? -1 : 1) * (clause.order?.toUpperCase() === 'DESC' ? -1 : 1);
        }
        return 0;
      });
    }
    groups = groups.slice(offset ?? 0, limit === undefined ? undefined : (offset ?? 0) + limit);
    return {
      ...base,
      aggregate: true,
      totalSize: groups.length,
      rows: groups,
      project: (r) => r,
      columns: [],
    };
  }

  const { shape, columns } = shapeOf(ctx, object, query, options);
  const matched = filterSortSlice(ctx, object, query, rows, options);
  return {
    ...base,
    totalSize: matched.length,
    rows: matched,
    project: (row) => project(ctx, shape, object, row),
    columns,
  };
}
