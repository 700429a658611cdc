import type {
  Condition,
  ValueCondition,
  ValueQueryCondition,
  WhereClause,
} from '@jetstreamapp/soql-parser-js';
import { ApiError } from '../http/apiError';
import type { ObjectDef } from '../schema/types';
import type { SfRecord } from '../store';
import type { QueryContext } from './context';
import { dateLiteralRange } from './dateLiterals';
import { resolvePath } from './fieldPath';
import { comparable, isTextType, likeToRegExp, literalValue } from './literals';
import { formatDate, formatDateTime } from '../clock';

export type Predicate = (row: SfRecord) => boolean;
type Token = '(' | ')' | 'AND' | 'OR' | 'NOT' | { condition: Condition };
type SubqueryRunner = (condition: ValueQueryCondition) => Set<unknown>;

const malformed = (message: string) => new ApiError(400, 'MALFORMED_QUERY', message);

/**
 * The parser gives WHERE as a right-nested list with paren counts on the leaves, not a tree, so
 * the list is turned back into tokens and parsed with SOQL's rules: parentheses group, NOT
 * binds tightest, and AND and OR may not be mixed at one level without parentheses.
 */
function tokens(where: WhereClause | undefined): Token[] {
  const out: Token[] = [];
  let node: WhereClause | undefined = where;
  while (node) {
    const left = node.left as (Condition & { openParen?: number; closeParen?: number }) | null;
    if (left) {
      for (let i = 0; i < (left.openParen ?? 0); i++) out.push('(');
      if ('field' in left || 'fn' in left) out.push({ condition: left });
      for (let i = 0; i < (left.closeParen ?? 0); i++) out.push(')');
    }
    const operator = (node as { operator?: string }).operator;
    if (operator) out.push(operator.toUpperCase() as 'AND' | 'OR' | 'NOT');
    node = 'right' in node ? (node.right as WhereClause | undefined) : undefined;
  }
  return out;
}

export function compileWhere(
  ctx: QueryContext,
  object: ObjectDef,
  where: WhereClause | undefined,
  runSubquery: SubqueryRunner,
): Predicate {
  const list = tokens(where);
  if (list.length === 0) return () => true;
  let i = 0;

  const term = (): Predicate => {
    const token = list[i++];
    if (token === 'NOT') {
      const inner = term();
      return (row) => !inner(row);
    }
    if (token === '(') {
      const inner = expression();
      if (list[i++] !== ')') throw malformed("unexpected token: missing ')'");
      return inner;
    }
    if (token && typeof token === 'object')
      return condition(ctx, object, token.condition, runSubquery);
    throw malformed(`unexpected token: '${String(token ?? 'end of query')}'`);
  };

  const expression = (): Predicate => {
    const parts = [term()];
    let joiner: 'AND' | 'OR' | undefined;
    while (list[i] === 'AND' || list[i] === 'OR') {
      const op = list[i++] as 'AND' | 'OR';
      if (joiner && joiner !== op) throw malformed(`unexpected token: '${op}'`);
      joiner = op;
      parts.push(term());
    }
    if (parts.length === 1) return parts[0]!;
    return joiner === 'AND'
      ? (row) => parts.every((p) => p(row))
      : (row) => parts.some((p) => p(row));
  };

  const predicate = expression();
  if (i !== list.length) throw malformed(`unexpected token: '${String(list[i])}'`);
  return predicate;
}

function condition(
  ctx: QueryContext,
  object: ObjectDef,
  c: Condition,
  runSubquery: SubqueryRunner,
): Predicate {
  if (!('field' in c) || !c.field) throw malformed('The fake org supports field conditions only');
  const path = resolvePath(ctx, object, c.field);
  const field = path.field;
  const operator = c.operator.toUpperCase();
  const value = (row: SfRecord) => comparable(field, path.get(row));

  const valueCondition = c as ValueCondition;
  if ('valueQuery' in c && c.valueQuery) {
    const ids = runSubquery(c as unknown as ValueQueryCondition);
    if (operator === 'IN') return (row) => ids.has(path.get(row));
    if (operator === 'NOT IN') return (row) => !ids.has(path.get(row));
    throw malformed(`unexpected token: '${operator}'`);
  }

  const literalType = String(valueCondition.literalType ?? 'STRING');
  const wrap = (fn: () => unknown) => {
    try {
      return fn();
    } catch (error) {
      throw new ApiError(400, 'INVALID_QUERY_FILTER_OPERATOR', (error as Error).message);
    }
  };

  if (literalType === 'DATE_LITERAL' || literalType === 'DATE_N_LITERAL') {
    if (field.type !== 'date' && field.type !== 'datetime') {
      throw new ApiError(
        400,
        'INVALID_QUERY_FILTER_OPERATOR',
        `value of filter criterion for field '${field.name}' must be of type ${field.type} and should not be enclosed in quotes`,
      );
    }
    const range = dateLiteralRange(String(valueCondition.value), ctx.now);
    if (!range) throw malformed(`unexpected token: '${String(valueCondition.value)}'`);
    const format =
      field.type === 'date' ? formatDate : (ms: number) => formatDateTime(ms).slice(0, 19);
    const start = format(range.start);
    const end = format(range.end);
    const compare: Record<string, (v: string) => boolean> = {
      '=': (v) => v >= start && v < end,
      '!=': (v) => v < start || v >= end,
      '<': (v) => v < start,
      '<=': (v) => v < end,
      '>': (v) => v >= end,
      '>=': (v) => v >= start,
    };
    const test = compare[operator];
    if (!test) throw malformed(`unexpected token: '${operator}'`);
    return (row) => {
      const v = value(row);
      return v === null ? operator === '!=' : test(String(v));
    };
  }

  if (operator === 'LIKE') {
    if (!isTextType(field) && field.type !== 'id' && field.type !== 'reference') {
      throw new ApiError(
        400,
        'INVALID_QUERY_FILTER_OPERATOR',
        `invalid operator on ${field.type} field: LIKE`,
      );
    }
    const raw = String(valueCondition.value);
    const pattern = likeToRegExp(raw.startsWith("'") ? raw.slice(1, -1) : raw);
    return (row) => {
      const v = path.get(row);
      return v !== null && v !== undefined && pattern.test(String(v));
    };
  }

  if (
    operator === 'IN' ||
    operator === 'NOT IN' ||
    operator === 'INCLUDES' ||
    operator === 'EXCLUDES'
  ) {
    const raws = Array.isArray(valueCondition.value)
      ? valueCondition.value
      : [valueCondition.value];
    const values = wrap(() =>
      raws.map((r) => literalValue(field, literalType, String(r))),
    ) as unknown[];
    if (operator === 'INCLUDES' || operator === 'EXCLUDES') {
      const wanted = values.map((v) => String(v).split(';'));
      const includes = (row: SfRecord) => {
        const have = new Set(String(value(row) ?? '').split(';'));
        return wanted.some((set) => set.every((w) => have.has(w)));
      };
      return operator === 'INCLUDES' ? includes : (row) => !includes(row);
    }
    const set = new Set(values);
    return operator === 'IN' ? (row) => set.has(value(row)) : (row) => !set.has(value(row));
  }

  const literal = wrap(() => literalValue(field, literalType, String(valueCondition.value)));
  switch (operator) {
    case '=':
      return (row) => value(row) === literal;
    case '!=':
    case '<>':
      return (row) => value(row) !== literal;
    case '<':
      return (row) => ordered(value(row), literal, (a, b) => a < b);
    case '<=':
      return (row) => ordered(value(row), literal, (a, b) => a <= b);
    case '>':
      return (row) => ordered(value(row), literal, (a, b) => a > b);
    case '>=':
      return (row) => ordered(value(row), literal, (a, b) => a >= b);
    default:
      throw malformed(`unexpected token: '${operator}'`);
  }
}

function ordered(a: unknown, b: unknown, test: (a: never, b: never) => boolean): boolean {
  if (a === null || b === null) return false;
  return test(a as never, b as never);
}
