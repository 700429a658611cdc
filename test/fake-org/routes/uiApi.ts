import { createHash } from 'node:crypto';
import { ApiError } from '../http/apiError';
import { json, type Reply, type Request, type Route } from '../http/route';
import { normaliseId } from '../ids';
import { allowedValues } from '../records/recordTypeRules';
import { masterRecordTypeId } from '../schema/describe';
import type { RecordTypeInfo } from '../schema/orgSchema';
import type { FieldDef, ObjectDef } from '../schema/types';
import { objectOf } from './records';

const eTag = (value: unknown) => createHash('md5').update(JSON.stringify(value)).digest('hex');

/** The active values this record type offers for a picklist field, in the record type's order. */
function valuesFor(type: RecordTypeInfo | undefined, field: FieldDef): string[] {
  const own = field.picklist ?? [];
  const allowed = allowedValues(type, field.name);
  return allowed ? allowed.filter((v) => own.includes(v)) : own;
}

function fieldValues(
  object: ObjectDef,
  type: RecordTypeInfo | undefined,
  field: FieldDef,
  base: string,
) {
  const controller = field.dependsOn
    ? object.fields.find((f) => f.name === field.dependsOn!.controllerName)
    : undefined;
  const controllerList: Array<string | boolean> = controller
    ? controller.type === 'boolean'
      ? [false, true]
      : valuesFor(type, controller)
    : [];
  const controllerValues = Object.fromEntries(controllerList.map((v, i) => [String(v), i]));
  const entry = (value: string) => ({
    attributes: null,
    label: value,
    validFor: (field.dependsOn?.validFor[value] ?? [])
      .map((v) => controllerList.indexOf(v))
      .filter((i) => i >= 0),
    value,
  });
  const body = {
    controllerValues,
    defaultValue:
      field.picklistDefault && valuesFor(type, field).includes(field.picklistDefault)
        ? entry(field.picklistDefault)
        : null,
    url: `${base}/${field.name}`,
    values: valuesFor(type, field).map(entry),
  };
  return { ...body, eTag: eTag(body) };
}

/** `GET …/ui-api/object-info/{T}/picklist-values/{recordTypeId}[/{field}]` */
function picklistValues(request: Request): Reply {
  const object = objectOf(request, request.params[1]!);
  const rawId = request.params[2]!;
  const id = normaliseId(rawId);
  const type = request.org.store.schema.recordTypesOf(object.name).find((t) => t.id === id);
  if (!type && id !== masterRecordTypeId)
    throw new ApiError(404, 'NOT_FOUND', `Invalid record type id: ${rawId}`);
  const base = `/services/data/v${request.apiVersion}/ui-api/object-info/${object.name}/picklist-values/${rawId}`;
  const fields = object.fields.filter(
    (f) => f.type === 'picklist' && request.org.canSeeField(request.userId, object.name, f.name),
  );
  const only = request.params[3];
  if (only) {
    const field = fields.find((f) => f.name.toLowerCase() === only.toLowerCase());
    if (!field) throw new ApiError(404, 'NOT_FOUND', `Invalid picklist field: ${only}`);
    return json(200, fieldValues(object, type, field, base));
  }
  const picklistFieldValues = Object.fromEntries(
    fields.map((f) => [f.name, fieldValues(object, type, f, base)]),
  );
  return json(200, { eTag: eTag(picklistFieldValues), picklistFieldValues });
}

export const uiApiRoutes: Route[] = [
  {
    name: 'uiApi.picklistValues',
    method: 'GET',
    pattern: new RegExp(
      '^/services/data/v(\\d+\\.\\d)/ui-api/object-info/([^/]+)/picklist-values/([^/]+)(?:/([^/]+))?/?$',
    ),
    kind: 'rest',
    handle: picklistValues,
  },
];
