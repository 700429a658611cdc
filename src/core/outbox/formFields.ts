import type Database from 'better-sqlite3';
import {
  formFieldNames,
  newRecordFieldNames,
  type CreatableObject,
  type EditableObject,
  type FieldMeta,
} from '../../shared/editing';
import type { FormSection } from '../../shared/ipc/edits';
import { IpcError } from '../../shared/ipc/result';
import { lookupLabel, namedObjectPrefixes, type NamedObject } from '../../shared/lookups';
import { cachedDescribe, type DescribedField } from '../schema/fieldList';
import { layoutFor, type LayoutItem } from '../schema/layouts';
import { recordTypeOptions } from '../schema/recordTypePicklists';
import { allowedValues } from '../schema/validFor';

/**
 * Where a lookup points, when that is one object Roadbook caches with a name (an owner may be a
 * user or a queue: the user). Polymorphic lookups (a task's Name) keep their own forms.
 */
function lookupOf(f: DescribedField): Pick<FieldMeta, 'lookupTo'> {
  const named = (f.referenceTo ?? []).filter((o): o is NamedObject =>
    (Object.values(namedObjectPrefixes) as string[]).includes(o),
  );
  return named.length === 1 ? { lookupTo: named[0]! } : {};
}

function metaOf(
  f: DescribedField,
  byName: Map<string, DescribedField>,
  item: LayoutItem | undefined,
): FieldMeta {
  const labels = (f.picklistValues ?? []).filter((p) => p.active && p.label !== p.value);
  const controller = f.dependentPicklist && f.controllerName ? byName.get(f.controllerName) : null;
  return {
    name: f.name,
    label: lookupLabel(f.label, f.type),
    type: f.type,
    length: f.length,
    required:
      (!f.nillable && !f.defaultedOnCreate && f.type !== 'boolean') || (item?.required ?? false),
    // The layout may make a field read-only for this record type; it never makes one writable.
    createable: f.createable && (item?.editableForNew ?? true),
    updateable: f.updateable && (item?.editableForUpdate ?? true),
    picklist: f.picklist,
    ...(labels.length
      ? { picklistLabels: Object.fromEntries(labels.map((p) => [p.value, p.label])) }
      : {}),
    ...(f.defaultValue !== undefined && f.defaultValue !== null
      ? { defaultValue: f.defaultValue }
      : {}),
    ...(f.inlineHelpText ? { helpText: f.inlineHelpText } : {}),
    ...lookupOf(f),
    ...(controller
      ? { dependsOn: { field: controller.name, allowed: allowedValues(f, controller) } }
      : {}),
  };
}

/**
 * A picklist as the record type offers it: its values in the record type's order, and a
 * dependent's per-controller values within them. Unchanged where the type does not narrow it.
 */
function forRecordType(
  db: Database.Database,
  object: string,
  recordTypeId: string | null,
  meta: FieldMeta,
): FieldMeta {
  if (meta.type !== 'picklist' && meta.type !== 'multipicklist') return meta;
  const options = recordTypeOptions(db, object, recordTypeId, meta.name);
  if (!options) return meta;
  const picklist = options.map((o) => o.value).filter((v) => meta.picklist.includes(v));
  const dependsOn = meta.dependsOn && {
    field: meta.dependsOn.field,
    allowed: Object.fromEntries(
      Object.entries(meta.dependsOn.allowed).map(([control, values]) => [
        control,
        values.filter((v) => picklist.includes(v)),
      ]),
    ),
  };
  return { ...meta, picklist, ...(dependsOn ? { dependsOn } : {}) };
}

/**
 * A record's form as this org describes it to this user (fields it hides are left out), from
 * the cached describe and page layout, so forms work offline: the fields Roadbook's own forms
 * show (a new record's first), then the layout's for the record type (null: the default one),
 * each dependent picklist's controller with them, picklists offering what the record type
 * allows. `sections` is null when no layout is cached.
 */
export function recordForm(
  db: Database.Database,
  object: EditableObject,
  recordTypeId: string | null,
): { fields: FieldMeta[]; sections: FormSection[] | null } {
  const described = cachedDescribe(db, object);
  if (!described)
    throw new IpcError(
      'NOT_ALLOWED',
      `Sync once before editing: Roadbook has not seen this org's ${object} fields yet.`,
    );
  const byName = new Map(described.map((f) => [f.name, f]));
  const layout = layoutFor(db, object, recordTypeId);
  const items = new Map(
    (layout ?? []).flatMap((s) =>
      s.items.filter((i) => i.fields.length === 1).map((i) => [i.fields[0]!, i]),
    ),
  );
  const names = new Set([
    ...(newRecordFieldNames[object as CreatableObject] ?? []),
    ...formFieldNames[object],
    ...items.keys(),
  ]);
  for (const name of names) {
    const controller = byName.get(name)?.controllerName;
    if (controller) names.add(controller);
  }
  const fields = [...names].flatMap((name) => {
    const f = byName.get(name);
    return f ? [forRecordType(db, object, recordTypeId, metaOf(f, byName, items.get(name)))] : [];
  });
  const sections =
    layout?.map((s) => ({
      heading: s.heading,
      items: s.items.map((i) => ({
        label: i.label,
        fields: i.fields,
        required: i.required,
        editable: i.editableForUpdate,
        creatable: i.editableForNew,
      })),
    })) ?? null;
  return { fields, sections };
}

/** The fields a save is checked against, for a record of this record type. */
export function formFields(
  db: Database.Database,
  object: EditableObject,
  recordTypeId: string | null = null,
): FieldMeta[] {
  return recordForm(db, object, recordTypeId).fields;
}
