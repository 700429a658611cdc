import { defaultRecordType, type RecordTypeInfo } from './orgSchema';
import type { FieldDef, ObjectDef } from './types';
import { encodeValidFor } from './validFor';

const soapTypes: Record<string, string> = {
  id: 'tns:ID',
  reference: 'tns:ID',
  string: 'xsd:string',
  textarea: 'xsd:string',
  picklist: 'xsd:string',
  multipicklist: 'xsd:string',
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

/** The values a controlling field offers, in the order validFor bitmaps index them. */
function controllerValues(object: ObjectDef, name: string): Array<string | boolean> {
  const controller = object.fields.find((f) => f.name === name);
  if (controller?.type === 'boolean') return [false, true];
  return [...(controller?.picklist ?? []), ...(controller?.inactivePicklist ?? [])];
}

function picklistValues(object: ObjectDef, field: FieldDef) {
  const controller = field.dependsOn && controllerValues(object, field.dependsOn.controllerName);
  const entry = (value: string, active: boolean) => {
    const allowedBy = field.dependsOn?.validFor[value] ?? [];
    return {
      active,
      defaultValue: value === field.picklistDefault,
      label: value,
      validFor: controller
        ? encodeValidFor(
            allowedBy.map((v) => controller.indexOf(v)).filter((i) => i >= 0),
            controller.length,
          )
        : null,
      value,
    };
  };
  return [
    ...(field.picklist ?? []).map((v) => entry(v, true)),
    ...(field.inactivePicklist ?? []).map((v) => entry(v, false)),
  ];
}

function describeField(object: ObjectDef, field: FieldDef) {
  const numeric = ['currency', 'double', 'percent'].includes(field.type);
  const calculated = field.calculatedFormula !== undefined;
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
    createable: field.createable && !calculated,
    updateable: field.updateable && !calculated,
    defaultedOnCreate: field.defaultedOnCreate ?? (!field.nillable && !field.createable),
    defaultValue:
      field.defaultValue ?? (field.type === 'boolean' && field.createable ? false : null),
    defaultValueFormula: null,
    calculated,
    calculatedFormula: field.calculatedFormula ?? null,
    autoNumber: field.autoNumber ?? false,
    externalId: field.externalId ?? false,
    idLookup: field.name === 'Id' || (field.externalId ?? false),
    nameField: field.nameField ?? false,
    unique: field.externalId ?? false,
    filterable: true,
    sortable: field.type !== 'textarea',
    groupable: !['textarea', 'currency', 'double', 'percent', 'datetime'].includes(field.type),
    inlineHelpText: field.inlineHelpText ?? null,
    displayFormat: field.displayFormat ?? null,
    extraTypeInfo: field.type === 'textarea' ? 'plaintextarea' : null,
    restrictedPicklist: field.restrictedPicklist ?? false,
    dependentPicklist: field.dependsOn !== undefined,
    controllerName: field.dependsOn?.controllerName ?? null,
    picklistValues: picklistValues(object, field),
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
  recordTypes: RecordTypeInfo[] = [],
  canEdit: (field: string) => boolean = () => true,
) {
  return {
    ...describeGlobalEntry(object, version),
    fields: object.fields
      .filter((f) => canSee(f.name))
      .map((f) => ({
        ...describeField(object, f),
        ...(canEdit(f.name) ? {} : { createable: false, updateable: false }),
      })),
    childRelationships: object.childRelationships.map((c) => ({
      ...c,
      deprecatedAndHidden: false,
      restrictedDelete: false,
    })),
    recordTypeInfos: object.readOnly ? [] : recordTypeInfos(object, version, recordTypes),
  };
}

/**
 * Every record type of the object and Master last; with no record types of its own an object
 * still describes Master as its default, as Salesforce does.
 */
export const masterRecordTypeId = '012000000000000AAA';

function recordTypeInfos(object: ObjectDef, version: string, types: RecordTypeInfo[]) {
  const active = types.filter((t) => t.active !== false);
  const fallback = defaultRecordType(types);
  const info = (id: string, developerName: string, name: string, isDefault: boolean) => ({
    active: true,
    available: id !== masterRecordTypeId || active.length === 0,
    defaultRecordTypeMapping: isDefault,
    developerName,
    master: id === masterRecordTypeId,
    name,
    recordTypeId: id,
    urls: { layout: `/services/data/v${version}/sobjects/${object.name}/describe/layouts/${id}` },
  });
  return [
    ...active.map((t) => info(t.id, t.developerName, t.name, t === fallback)),
    info(masterRecordTypeId, 'Master', 'Master', !fallback),
  ];
}
