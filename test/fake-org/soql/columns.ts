import { getFlattenedFields, type FieldType, type Query } from '@jetstreamapp/soql-parser-js';
import { ApiError } from '../http/apiError';
import type { FieldDef, ObjectDef } from '../schema/types';
import type { QueryContext } from './context';
import { resolvePath } from './fieldPath';
import { isTextType } from './literals';
import { isAggregateQuery } from './aggregate';
import { parseSoql } from './parse';

/** One column of `query?q=…&columns=true`, shaped as the Salesforce CLI's recorded fixtures. */
export type ColumnMetadata = {
  aggregate: boolean;
  apexType: string | null;
  booleanType: boolean;
  columnName: string;
  custom: boolean;
  displayName: string;
  foreignKeyName: string | null;
  insertable: boolean;
  joinColumns: ColumnMetadata[];
  numberType: boolean;
  textType: boolean;
  updatable: boolean;
};

const apexTypes: Record<string, string> = {
  id: 'Id',
  reference: 'Id',
  currency: 'Double',
  double: 'Double',
  percent: 'Double',
  int: 'Integer',
  date: 'Date',
  datetime: 'Datetime',
  boolean: 'Boolean',
};

const blank = (columnName: string, displayName = columnName): ColumnMetadata => ({
  aggregate: false,
  apexType: null,
  booleanType: false,
  columnName,
  custom: false,
  displayName,
  foreignKeyName: null,
  insertable: false,
  joinColumns: [],
  numberType: false,
  textType: false,
  updatable: false,
});

function fieldColumn(field: FieldDef): ColumnMetadata {
  return {
    ...blank(field.name),
    apexType: apexTypes[field.type] ?? 'String',
    booleanType: field.type === 'boolean',
    custom: field.name.endsWith('__c'),
    insertable: field.createable,
    numberType: ['currency', 'double', 'percent', 'int'].includes(field.type),
    textType: isTextType(field),
    updatable: field.updateable,
  };
}

/** Adds 'Account.Owner.Name' as nested join columns under Account, then Owner. */
function addPath(columns: ColumnMetadata[], ctx: QueryContext, object: ObjectDef, raw: string) {
  const path = resolvePath(ctx, object, raw);
  let level = columns;
  for (const step of path.steps) {
    let join = level.find((c) => c.columnName === step.relationshipName);
    if (!join) {
      join = {
        ...blank(step.relationshipName),
        custom: step.field.name.endsWith('__c'),
        foreignKeyName: step.field.name,
      };
      level.push(join);
    }
    level = join.joinColumns;
  }
  if (!level.some((c) => c.columnName === path.field.name)) level.push(fieldColumn(path.field));
}

function columnsOf(ctx: QueryContext, object: ObjectDef, query: Query): ColumnMetadata[] {
  const columns: ColumnMetadata[] = [];
  const keys = getFlattenedFields(query);
  (query.fields ?? []).forEach((f: FieldType, index) => {
    if (f.type === 'Field' || f.type === 'FieldRelationship') {
      addPath(columns, ctx, object, f.type === 'Field' ? f.field : (f.rawValue ?? f.field));
    } else if (f.type === 'FieldSubquery') {
      const name = f.subquery.relationshipName;
      const relation = object.childRelationships.find(
        (c) => c.relationshipName.toLowerCase() === name.toLowerCase(),
      );
      const child = relation && ctx.store.schema.findObject(relation.childSObject);
      if (!relation || !child)
        throw new ApiError(400, 'INVALID_TYPE', `Didn't understand relationship '${name}'`);
      columns.push({
        ...blank(relation.relationshipName),
        aggregate: true,
        joinColumns: columnsOf(ctx, child, f.subquery as Query),
      });
    } else if (f.type === 'FieldFunctionExpression') {
      const fn = f.functionName.toUpperCase();
      columns.push({
        ...blank(keys[index] ?? `expr${index}`, f.rawValue ?? fn),
        aggregate: true,
        numberType: ['COUNT', 'COUNT_DISTINCT', 'SUM', 'AVG'].includes(fn),
      });
    }
  });
  return columns;
}

/** The answer to `query?q=…&columns=true`: what the query selects, without running it. */
export function queryColumns(ctx: QueryContext) {
  const query = parseSoql(ctx.soql);
  const object = ctx.store.schema.findObject(query.sObject ?? '');
  if (!object)
    throw new ApiError(400, 'INVALID_TYPE', `sObject type '${query.sObject}' is not supported.`);
  const columnMetadata = columnsOf(ctx, object, query);
  return {
    columnMetadata,
    entityName: object.name,
    groupBy: isAggregateQuery(query),
    idSelected: columnMetadata.some((c) => c.columnName === 'Id'),
    keyPrefix: object.keyPrefix,
  };
}
