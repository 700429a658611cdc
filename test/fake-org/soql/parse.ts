import { parseQuery, type Query } from '@jetstreamapp/soql-parser-js';
import { ApiError } from '../http/apiError';

/**
 * Parses SOQL, working around the parser's failure on "WHERE … OFFSET n" (jsforce emits exactly
 * that for find().offset() without a limit) by parsing without the trailing OFFSET.
 */
export function parseSoql(soql: string): Query {
  const trailingOffset = /^([\s\S]*?)\s+OFFSET\s+(\d+)\s*$/i.exec(soql);
  const text = trailingOffset ? trailingOffset[1]! : soql;
  let query: Query;
  try {
    query = parseQuery(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message.split('\n')[0] : 'syntax error';
    throw new ApiError(400, 'MALFORMED_QUERY', `unexpected token: ${detail}`);
  }
  if (trailingOffset) query.offset = Number(trailingOffset[2]);
  return query;
}

/** The parser gives ORDER BY and GROUP BY as one clause or an array. */
export function asArray<T>(value: T | T[] | undefined): T[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}
