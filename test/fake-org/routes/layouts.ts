import { ApiError } from '../http/apiError';
import { json, type Reply, type Request, type Route } from '../http/route';
import { makeId, normaliseId } from '../ids';
import { describeObject, masterRecordTypeId } from '../schema/describe';
import { defaultRecordType, type LayoutDef } from '../schema/orgSchema';
import { layoutLabel } from '../schema/layoutLabels';
import type { ObjectDef } from '../schema/types';
import { objectOf } from './records';

type Layout = LayoutDef & { id: string };

const systemNames = new Set([
  'Id',
  'IsDeleted',
  'CreatedDate',
  'CreatedById',
  'LastModifiedDate',
  'LastModifiedById',
  'SystemModstamp',
]);

/** Salesforce always has a layout: without one of ours, every field but the audit ones. */
function defaultLayout(object: ObjectDef): Layout {
  return {
    id: makeId('00h', 1),
    object: object.name,
    name: `${object.label} Layout`,
    sections: [
      {
        heading: `${object.label} Information`,
        columns: 2,
        fields: object.fields.filter((f) => !systemNames.has(f.name)).map((f) => f.name),
      },
    ],
  };
}

/** The layout a record type uses: one naming it, else one naming none, else the default. */
function layoutFor(request: Request, object: ObjectDef, developerName: string | undefined): Layout {
  const layouts = request.org.store.schema.layouts.filter((l) => l.object === object.name);
  return (
    layouts.find((l) => developerName && l.recordTypes?.includes(developerName)) ??
    layouts.find((l) => !l.recordTypes) ??
    defaultLayout(object)
  );
}

/** One layout as describe/layouts answers it, with the caller's field-level security applied. */
function describeLayout(request: Request, object: ObjectDef, layout: Layout) {
  const canSee = (f: string) => request.org.canSeeField(request.userId, object.name, f);
  const canEdit = (f: string) => request.org.canEditField(request.userId, object.name, f);
  const described = describeObject(object, request.apiVersion, canSee, [], canEdit).fields;
  const sections = layout.sections.map((section, index) => {
    const columns = section.columns ?? 2;
    const fields = section.fields.map((name) => described.find((f) => f.name === name));
    const rows = [];
    for (let i = 0; i < fields.length; i += columns) rows.push(fields.slice(i, i + columns));
    return {
      collapsed: false,
      columns,
      heading: section.heading,
      layoutRows: rows.map((row) => ({
        layoutItems: row.map((details) =>
          details
            ? {
                editableForNew: details.createable,
                editableForUpdate: details.updateable,
                label: layoutLabel(object, details),
                layoutComponents: [
                  { details, displayLines: 1, tabOrder: 0, type: 'Field', value: details.name },
                ],
                placeholder: false,
                required: !details.nillable && !details.defaultedOnCreate,
              }
            : {
                editableForNew: false,
                editableForUpdate: false,
                label: '',
                layoutComponents: [],
                placeholder: true,
                required: false,
              },
        ),
        numItems: row.length,
      })),
      layoutSectionId: makeId('01B', 1_000_001 + index),
      parentLayoutId: layout.id,
      rows: rows.length,
      tabOrder: 'LeftToRight',
      useCollapsibleSection: false,
      useHeading: true,
    };
  });
  return {
    id: layout.id,
    buttonLayoutSection: null,
    detailLayoutSections: sections,
    editLayoutSections: sections,
    relatedLists: [],
  };
}

/** `GET …/sobjects/{T}/describe/layouts/`: every layout and which record type uses which. */
function allLayouts(request: Request): Reply {
  const object = objectOf(request, request.params[1]!);
  const types = request.org.store.schema
    .recordTypesOf(object.name)
    .filter((t) => t.active !== false);
  const fallback = defaultRecordType(types);
  if (types.length === 0) {
    return json(200, {
      layouts: [describeLayout(request, object, layoutFor(request, object, undefined))],
      recordTypeMappings: [],
      recordTypeSelectorRequired: [false],
    });
  }
  const mapped = [...types, undefined].map((t) => ({
    type: t,
    layout: layoutFor(request, object, t?.developerName),
  }));
  const distinct = [...new Map(mapped.map((m) => [m.layout.id, m.layout])).values()];
  return json(200, {
    layouts: distinct.map((l) => describeLayout(request, object, l)),
    recordTypeMappings: mapped.map(({ type, layout }) => ({
      available: Boolean(type),
      defaultRecordTypeMapping: type === fallback,
      developerName: type?.developerName ?? 'Master',
      layoutId: layout.id,
      master: !type,
      name: type?.name ?? 'Master',
      recordTypeId: type?.id ?? masterRecordTypeId,
      urls: {
        layout: `/services/data/v${request.apiVersion}/sobjects/${object.name}/describe/layouts/${type?.id ?? masterRecordTypeId}`,
      },
    })),
    recordTypeSelectorRequired: [types.length > 1],
  });
}

/** `GET …/sobjects/{T}/describe/layouts/{recordTypeId}`: that record type's layout. */
function oneLayout(request: Request): Reply {
  const object = objectOf(request, request.params[1]!);
  const id = normaliseId(request.params[2]!);
  const type = request.org.store.schema.recordTypesOf(object.name).find((t) => t.id === id);
  if (!type && id !== masterRecordTypeId)
    throw new ApiError(404, 'NOT_FOUND', 'The requested resource does not exist');
  return json(
    200,
    describeLayout(request, object, layoutFor(request, object, type?.developerName)),
  );
}

const base = '^/services/data/v(\\d+\\.\\d)/sobjects/([^/]+)/describe/layouts';
export const layoutRoutes: Route[] = [
  {
    name: 'describe.layouts',
    method: 'GET',
    pattern: new RegExp(`${base}/?$`),
    kind: 'rest',
    handle: allLayouts,
  },
  {
    name: 'describe.layout',
    method: 'GET',
    pattern: new RegExp(`${base}/([^/]+)/?$`),
    kind: 'rest',
    handle: oneLayout,
  },
];
