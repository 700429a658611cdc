import type { OrderByClause } from '@jetstreamapp/soql-parser-js';
import { ApiError } from '../http/apiError';
import type { ObjectDef } from '../schema/types';
import type { SfRecord } from '../store';
import type { QueryContext } from './context';
import { resolvePath } from './fieldPath';
import { comparable } from './literals';

export type Comparator = (a: SfRecord, b: SfRecord) => number;

/** ORDER BY with ASC/DESC and NULLS FIRST/LAST; nulls sort first unless told otherwise. */
export function compileOrder(
  ctx: QueryContext,
  object: ObjectDef,
  orderBy: OrderByClause[] | undefined,
): Comparator | undefined {
  if (!orderBy || orderBy.length === 0) return undefined;
  const keys = orderBy.map((clause) => {
    if (!('field' in clause) || !clause.field) {
      throw new ApiError(400, 'MALFORMED_QUERY', 'The fake org orders by fields only');
    }
    const path = resolvePath(ctx, object, clause.field);
    return {
      get: (row: SfRecord) => comparable(path.field, path.get(row)),
      direction: clause.order?.toUpperCase() === 'DESC' ? -1 : 1,
      nullsLast: clause.nulls?.toUpperCase() === 'LAST',
    };
  });
  return (a, b) => {
    for (const key of keys) {
      const x = key.get(a);
      const y = key.get(b);
      if (x === y) continue;
      if (x === null) return key.nullsLast ? 1 : -1;
      if (y === null) return key.nullsLast ? -1 : 1;
      return (x < y ? -1 : 1) * key.direction;
    }
    return 0;
  };
}
