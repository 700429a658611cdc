import type { FieldMeta, FieldValue } from '../../../shared/editing';
import { isNumericType } from '../../../shared/fieldTypes';
import { clockOf, timeOf } from './meetingTimes';
import { numberText, parseNumber } from './numberText';

/** Salesforce's "…+0000" as an instant: Date reads the offset only with a colon. */
const instantMs = (value: string) => Date.parse(value.replace(/([+-]\d\d)(\d\d)$/, '$1:$2'));

/**
 * What an input holds, as the value Salesforce takes: '' is no value, numbers are numbers, a
 * date-time on the rep's clock is a UTC instant.
 */
export function toValue(meta: FieldMeta, raw: string): FieldValue {
  if (meta.type === 'boolean') return raw === 'true';
  if (raw.trim() === '') return null;
  if (isNumericType(meta.type)) return parseNumber(raw);
  if (meta.type === 'datetime') return timeOf(raw, false);
  return raw;
}

/** A value as its input holds it: a UTC date-time on the rep's clock ("2026-03-02T09:30"). */
export function toText(meta: FieldMeta, value: unknown): string {
  if (meta.type === 'boolean') return String(value === true);
  if (isNumericType(meta.type)) return numberText(value);
  if (value === null || value === undefined) return '';
  if (meta.type === 'datetime') {
    const ms = instantMs(String(value));
    return Number.isNaN(ms) ? String(value) : clockOf(ms);
  }
  return String(value);
}
