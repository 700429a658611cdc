import { formatDateTime } from '../clock';
import { normaliseId } from '../ids';
import type { FieldDef } from '../schema/types';

/** Removes the quotes and backslash escapes of a SOQL string literal. */
function unquote(raw: string): string {
  const inner = raw.startsWith("'") && raw.endsWith("'") ? raw.slice(1, -1) : raw;
  return inner.replace(
    /\\(.)/g,
    (_m, c: string) => ({ n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' })[c] ?? c,
  );
}

export const isTextType = (field: FieldDef) =>
  ['string', 'textarea', 'picklist', 'multipicklist', 'email', 'phone', 'url'].includes(field.type);
const isNumberType = (field: FieldDef) =>
  ['currency', 'double', 'percent', 'int'].includes(field.type);
const isIdType = (field: FieldDef) => field.type === 'id' || field.type === 'reference';

/** A stored value in a form where plain < and === order and compare it the way SOQL does. */
export function comparable(field: FieldDef, value: unknown): string | number | boolean | null {
  if (value === null || value === undefined || value === '') return null;
  if (isTextType(field)) return String(value).toLowerCase();
  // SOQL compares datetimes to the second: "…33Z" equals a stored "…33.156+0000".
  if (field.type === 'datetime') return String(value).slice(0, 19);
  return value as string | number | boolean;
}

/** Converts one literal to the comparable form for this field, or throws a message for the rep. */
export function literalValue(
  field: FieldDef,
  literalType: string,
  raw: string,
): string | number | boolean | null {
  if (literalType === 'NULL') return null;
  if (isNumberType(field)) {
    if (
      ![
        'INTEGER',
        'DECIMAL',
        'INTEGER_WITH_CURRENCY_PREFIX',
        'DECIMAL_WITH_CURRENCY_PREFIX',
      ].includes(literalType)
    ) {
      throw new Error(
        `value of filter criterion for field '${field.name}' must be of type ${field.type === 'int' ? 'integer' : 'double'} and should not be enclosed in quotes`,
      );
    }
    return Number(raw.replace(/^[A-Z]{3}/i, ''));
  }
  if (field.type === 'boolean') {
    if (literalType !== 'BOOLEAN')
      throw new Error(
        `value of filter criterion for field '${field.name}' must be of type boolean and should not be enclosed in quotes`,
      );
    return raw.toUpperCase() === 'TRUE';
  }
  if (field.type === 'date') {
    if (literalType !== 'DATE')
      throw new Error(
        `value of filter criterion for field '${field.name}' must be of type date and should not be enclosed in quotes`,
      );
    return raw;
  }
  if (field.type === 'datetime') {
    if (literalType !== 'DATETIME')
      throw new Error(
        `value of filter criterion for field '${field.name}' must be of type dateTime and should not be enclosed in quotes`,
      );
    const ms = Date.parse(raw);
    if (Number.isNaN(ms)) throw new Error(`invalid date: ${raw}`);
    return formatDateTime(ms).slice(0, 19);
  }
  if (literalType !== 'STRING') {
    throw new Error(
      `value of filter criterion for field '${field.name}' must be of type string and should be enclosed in quotes`,
    );
  }
  const text = unquote(raw);
  if (isIdType(field)) return normaliseId(text) ?? text;
  return text.toLowerCase();
}

/** SOQL LIKE: % and _ wildcards, backslash escapes, case-insensitive. */
export function likeToRegExp(pattern: string): RegExp {
  let source = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '\\' && i + 1 < pattern.length)
      source += pattern[++i]!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    else if (c === '%') source += '[\\s\\S]*';
    else if (c === '_') source += '[\\s\\S]';
    else source += c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${source}$`, 'i');
}
