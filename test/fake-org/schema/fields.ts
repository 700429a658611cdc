import type { FieldDef, FieldType } from './types';

type Options = Partial<Omit<FieldDef, 'name' | 'label' | 'type'>>;

const lengths: Partial<Record<FieldType, number>> = {
  id: 18,
  reference: 18,
  string: 255,
  textarea: 32000,
  picklist: 255,
  multipicklist: 4099,
  email: 80,
  phone: 40,
  url: 255,
};

export function field(
  name: string,
  label: string,
  type: FieldType,
  options: Options = {},
): FieldDef {
  return {
    name,
    label,
    type,
    length: lengths[type] ?? 0,
    createable: true,
    updateable: true,
    nillable: type !== 'boolean',
    ...options,
  };
}

export const readOnly: Options = { createable: false, updateable: false };

export function picklist(name: string, label: string, values: string[], options: Options = {}) {
  return field(name, label, 'picklist', { picklist: values, ...options });
}

export function lookup(
  name: string,
  label: string,
  to: string[],
  relationshipName: string,
  options: Options = {},
) {
  return field(name, label, 'reference', { referenceTo: to, relationshipName, ...options });
}

/** The audit fields every object has; OwnerId and IsDeleted where the real object has them. */
export function systemFields(options: { owner: boolean; deletable: boolean }): FieldDef[] {
  const fields = [
    field('Id', 'Record ID', 'id', { ...readOnly, nillable: false }),
    field('CreatedDate', 'Created Date', 'datetime', { ...readOnly, nillable: false }),
    lookup('CreatedById', 'Created By ID', ['User'], 'CreatedBy', { ...readOnly, nillable: false }),
    field('LastModifiedDate', 'Last Modified Date', 'datetime', { ...readOnly, nillable: false }),
    lookup('LastModifiedById', 'Last Modified By ID', ['User'], 'LastModifiedBy', {
      ...readOnly,
      nillable: false,
    }),
    field('SystemModstamp', 'System Modstamp', 'datetime', { ...readOnly, nillable: false }),
  ];
  if (options.deletable) fields.push(field('IsDeleted', 'Deleted', 'boolean', readOnly));
  if (options.owner) {
    fields.push(
      lookup('OwnerId', 'Owner ID', ['User'], 'Owner', {
        nillable: false,
        defaultedOnCreate: true,
      }),
    );
  }
  return fields;
}
