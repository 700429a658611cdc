export type FieldType =
  | 'id'
  | 'string'
  | 'textarea'
  | 'picklist'
  | 'multipicklist'
  | 'email'
  | 'phone'
  | 'url'
  | 'currency'
  | 'double'
  | 'percent'
  | 'int'
  | 'date'
  | 'datetime'
  | 'boolean'
  | 'reference';

export type FieldDef = {
  name: string;
  label: string;
  type: FieldType;
  length: number;
  picklist?: string[];
  restrictedPicklist?: boolean;
  referenceTo?: string[];
  relationshipName?: string;
  createable: boolean;
  updateable: boolean;
  nillable: boolean;
  defaultedOnCreate?: boolean;
  externalId?: boolean;
  nameField?: boolean;
  /** Describe's field-level `defaultValue` (checkboxes: false unless given). */
  defaultValue?: unknown;
  /** The picklist value marked `defaultValue: true`. */
  picklistDefault?: string;
  /** Retired values: still on old records, listed with `active: false`. */
  inactivePicklist?: string[];
  /** A dependent picklist: its controlling field, and each value's valid controller values. */
  dependsOn?: { controllerName: string; validFor: Record<string, Array<string | boolean>> };
  inlineHelpText?: string;
  /** A formula field: read-only, `calculated: true`. */
  calculatedFormula?: string;
  autoNumber?: boolean;
  /** An auto-number's format: "INV-{0000}". */
  displayFormat?: string;
};

type ChildRelationship = {
  childSObject: string;
  field: string;
  relationshipName: string;
  cascadeDelete: boolean;
};

export type ObjectDef = {
  name: string;
  label: string;
  labelPlural: string;
  keyPrefix: string;
  fields: FieldDef[];
  childRelationships: ChildRelationship[];
  /** Fields SOSL looks in, by search group. */
  search: { name: string[]; email: string[]; phone: string[] };
  readOnly?: boolean;
};
