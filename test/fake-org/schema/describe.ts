import type { FieldDef, ObjectDef } from './types';

const soapTypes: Record<string, string> = {
  id: 'tns:ID',
  reference: 'tns:ID',
  string: 'xsd:string',
  textarea: 'xsd:string',
  picklist: 'xsd:string',
  email: 'xsd:string',
  phone: 'xsd:string',
  url: 'xsd:string',
  currency: 'xsd:double',
  double: 'xsd:double',
  percent: 'xsd:double',
  int: 'xsd:int',
  date: 'xsd:date',
  datetime: 'xsd:dateTime',
  boolean: 'xsd:boolean',
};

function describeField(field: FieldDef) {
  const numeric = ['currency', 'double', 'percent'].includes(field.type);
  return {
    name: field.name,
    label: field.label,
    type: field.type,
    soapType: soapTypes[field.type],
    length: field.length,
    byteLength: field.length * 3,
    precision: numeric ? 18 : 0,
    scale: numeric ? 2 : 0,
    digits: field.type === 'int' ? 9 : 0,
    custom: field.name.endsWith('__c'),
    nillable: field.nillable,
    createable: field.createable,
    updateable: field.updateable,
    defaultedOnCreate: field.defaultedOnCreate ?? (!field.nillable && !field.createable),
    calculated: false,
    externalId: field.externalId ?? false,
    idLookup: field.name === 'Id' || (field.externalId ?? false),
    nameField: field.nameField ?? false,
    unique: field.externalId ?? false,
    filterable: true,
    sortable: field.type !== 'textarea',
    groupable: !['textarea', 'currency', 'double', 'percent', 'datetime'].includes(field.type),
    restrictedPicklist: field.restrictedPicklist ?? false,
    picklistValues: (field.picklist ?? []).map((value, index) => ({
      active: true,
      defaultValue: index === 0 && (field.defaultedOnCreate ?? false),
      label: value,
      validFor: null,
      value,
    })),
    referenceTo: field.referenceTo ?? [],
    relationshipName: field.relationshipName ?? null,
    polymorphicForeignKey: (field.referenceTo?.length ?? 0) > 1,
    cascadeDelete: false,
    deprecatedAndHidden: false,
  };
}

function urls(object: ObjectDef, version: string) {
  const base = `/services/data/v${version}/sobjects/${object.name}`;
  return { sobject: base, describe: `${base}/describe`, rowTemplate: `${base}/{ID}` };
}

export function describeGlobalEntry(object: ObjectDef, version: string) {
  return {
    name: object.name,
    label: object.label,
    labelPlural: object.labelPlural,
    keyPrefix: object.keyPrefix,
    custom: false,
    createable: !object.readOnly,
    updateable: !object.readOnly,
    deletable: !object.readOnly,
    queryable: true,
    retrieveable: true,
    searchable: object.search.name.length > 0,
    replicateable: true,
    layoutable: true,
    urls: urls(object, version),
  };
}

/** `GET /sobjects/{T}/describe`, without the fields this user may not see. */
export function describeObject(
  object: ObjectDef,
  version: string,
  canSee: (field: string) => boolean,
) {
  return {
    ...describeGlobalEntry(object, version),
    fields: object.fields.filter((f) => canSee(f.name)).map(describeField),
    childRelationships: object.childRelationships.map((c) => ({
      ...c,
      deprecatedAndHidden: false,
      restrictedDelete: false,
    })),
    recordTypeInfos: [],
  };
}
