import { field, lookup } from './fields';
import type { FieldDef, FieldType } from './types';

/** A custom field as an admin defines it (Setup's types), in a dataset file or in options. */
export type CustomFieldDef = {
  name: string;
  label: string;
  type:
    | 'text'
    | 'textarea'
    | 'longtextarea'
    | 'number'
    | 'currency'
    | 'percent'
    | 'date'
    | 'datetime'
    | 'checkbox'
    | 'picklist'
    | 'multipicklist'
    | 'lookup'
    | 'formula'
    | 'autonumber'
    | 'email'
    | 'phone'
    | 'url';
  length?: number;
  values?: string[];
  inactiveValues?: string[];
  restricted?: boolean;
  defaultValue?: unknown;
  /** Dependent picklist: the controlling field and, per value, the controller values allowing it. */
  controllerName?: string;
  validFor?: Record<string, Array<string | boolean>>;
  referenceTo?: string;
  relationshipName?: string;
  /** Formula: `+ - * /` over numbers and this record's fields, e.g. "Amount * Probability / 100". */
  formula?: string;
  returnType?: 'number' | 'currency' | 'percent' | 'text';
  /** Auto-number: "INV-{0000}". */
  displayFormat?: string;
  required?: boolean;
  externalId?: boolean;
  helpText?: string;
};

const plain: Record<string, FieldType> = {
  text: 'string',
  textarea: 'textarea',
  longtextarea: 'textarea',
  number: 'double',
  currency: 'currency',
  percent: 'percent',
  date: 'date',
  datetime: 'datetime',
  checkbox: 'boolean',
  picklist: 'picklist',
  multipicklist: 'multipicklist',
  email: 'email',
  phone: 'phone',
  url: 'url',
};

const returnTypes: Record<string, FieldType> = {
  number: 'double',
  currency: 'currency',
  percent: 'percent',
  text: 'string',
};

/** The field Salesforce describes for a custom field definition. */
export function customField(def: CustomFieldDef): FieldDef {
  if (!def.name.endsWith('__c')) throw new Error(`Custom field ${def.name} must end in __c`);
  const common = {
    inlineHelpText: def.helpText,
    externalId: def.externalId,
    nillable: !def.required && def.type !== 'checkbox',
  };
  if (def.type === 'lookup') {
    if (!def.referenceTo) throw new Error(`Lookup ${def.name} needs referenceTo`);
    return lookup(
      def.name,
      def.label,
      [def.referenceTo],
      def.relationshipName ?? def.name.replace(/__c$/, '__r'),
      common,
    );
  }
  if (def.type === 'formula') {
    if (!def.formula) throw new Error(`Formula ${def.name} needs a formula`);
    return field(def.name, def.label, returnTypes[def.returnType ?? 'number']!, {
      ...common,
      calculatedFormula: def.formula,
      createable: false,
      updateable: false,
      nillable: true,
    });
  }
  if (def.type === 'autonumber') {
    return field(def.name, def.label, 'string', {
      ...common,
      length: 30,
      autoNumber: true,
      displayFormat: def.displayFormat ?? '{0}',
      createable: false,
      updateable: false,
      nillable: false,
      defaultedOnCreate: true,
    });
  }
  return field(def.name, def.label, plain[def.type]!, {
    ...common,
    ...(def.length ? { length: def.length } : {}),
    ...(def.type === 'textarea' ? { length: def.length ?? 255 } : {}),
    ...(def.type === 'longtextarea' ? { length: def.length ?? 32768 } : {}),
    ...(def.values ? { picklist: def.values } : {}),
    ...(def.inactiveValues ? { inactivePicklist: def.inactiveValues } : {}),
    ...(def.restricted ? { restrictedPicklist: true } : {}),
    ...(def.defaultValue !== undefined ? { defaultValue: def.defaultValue } : {}),
    ...(def.type === 'checkbox'
      ? { defaultValue: def.defaultValue ?? false, defaultedOnCreate: true }
      : {}),
    ...(def.controllerName
      ? { dependsOn: { controllerName: def.controllerName, validFor: def.validFor ?? {} } }
      : {}),
  });
}
