import type { SfRecord } from '../store';

/** A declarative validation rule, so tests and the control plane can configure one as JSON. */
export type ValidationRule = {
  object: string;
  field: string;
  operator: '<' | '<=' | '>' | '>=' | '=' | '!=' | 'blank' | 'notBlank';
  value?: string | number | boolean | null;
  message: string;
  /** The field the error shows on; none means the top of the record. */
  errorField?: string;
};

/** True when the record breaks the rule (the condition describes the bad state). */
export function breaks(rule: ValidationRule, record: SfRecord): boolean {
  const v = record[rule.field] ?? null;
  const blank = v === null || v === '';
  switch (rule.operator) {
    case 'blank':
      return blank;
    case 'notBlank':
      return !blank;
    case '=':
      return v === rule.value;
    case '!=':
      return v !== rule.value;
    default: {
      if (blank || rule.value === null || rule.value === undefined) return false;
      const [a, b] = [v as never, rule.value as never];
      return { '<': a < b, '<=': a <= b, '>': a > b, '>=': a >= b }[rule.operator];
    }
  }
}
