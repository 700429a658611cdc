import type { FieldFilter, SyncedField } from '../../../shared/ipc/fieldColumns';
import { formatField } from '../table/formatField';

/** What kind of control a field's condition takes. */
export type ConditionKind = 'choice' | 'yes-no' | 'range' | 'days' | 'words';

export function conditionKind(type: string): ConditionKind {
  if (type === 'picklist' || type === 'multipicklist') return 'choice';
  if (type === 'boolean') return 'yes-no';
  if (['currency', 'double', 'int', 'percent'].includes(type)) return 'range';
  if (type === 'date' || type === 'datetime') return 'days';
  return 'words';
}

/** Whether a condition narrows anything; an emptied one is dropped from the filter. */
export function isActive(condition: FieldFilter): boolean {
  return Boolean(
    condition.values?.length ||
    condition.text?.trim() ||
    condition.min !== undefined ||
    condition.max !== undefined ||
    condition.from ||
    condition.to ||
    condition.is !== undefined,
  );
}

/** A condition in the rep's words: "Region: EMEA, APAC", "Discount: 5 to 20", "Strategic: Yes". */
export function conditionText(field: SyncedField, condition: FieldFilter): string {
  const show = (value: unknown) => formatField(field.type, value, null);
  const between = (low: string | undefined, high: string | undefined) =>
    low && high ? `${low} to ${high}` : low ? `from ${low}` : high ? `up to ${high}` : 'any';
  const kind = conditionKind(field.type);
  const said =
    kind === 'choice'
      ? (condition.values ?? []).map((v) => v || '(none)').join(', ') || 'any'
      : kind === 'yes-no'
        ? condition.is === undefined
          ? 'any'
          : show(condition.is)
        : kind === 'range'
          ? between(
              condition.min === undefined ? undefined : show(condition.min),
              condition.max === undefined ? undefined : show(condition.max),
            )
          : kind === 'days'
            ? between(
                condition.from ? formatField('date', condition.from, null) : undefined,
                condition.to ? formatField('date', condition.to, null) : undefined,
              )
            : condition.text?.trim()
              ? `contains “${condition.text.trim()}”`
              : 'any';
  return `${field.label}: ${said}`;
}
