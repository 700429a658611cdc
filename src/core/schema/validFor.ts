import type { DescribedField } from './fieldList';

/**
 * The controller values a dependent picklist value is valid for, by their index in the
 * controller's values: `validFor` is base64 of a bitmap, bit i (most significant first in each
 * byte) set when controller value i allows the value.
 */
export function decodeValidFor(validFor: string): number[] {
  const bytes = Buffer.from(validFor, 'base64');
  const indexes: number[] = [];
  for (let i = 0; i < bytes.length * 8; i++) {
    if (bytes[i >> 3]! & (0x80 >> (i % 8))) indexes.push(i);
  }
  return indexes;
}

/** A checkbox controls by its two values, unchecked first, as Salesforce orders them. */
const controllerValues = (controller: DescribedField): string[] =>
  controller.type === 'boolean'
    ? ['false', 'true']
    : (controller.picklistValues ?? []).map((p) => p.value);

/**
 * For each value of the controlling field, the dependent field's active values it allows, in the
 * dependent's order. A value without validFor is valid for none.
 */
export function allowedValues(
  dependent: DescribedField,
  controller: DescribedField,
): Record<string, string[]> {
  const controls = controllerValues(controller);
  const allowed: Record<string, string[]> = Object.fromEntries(controls.map((c) => [c, []]));
  for (const entry of dependent.picklistValues ?? []) {
    if (!entry.active || !entry.validFor) continue;
    for (const i of decodeValidFor(entry.validFor)) {
      const control = controls[i];
      if (control !== undefined) allowed[control]!.push(entry.value);
    }
  }
  return allowed;
}
