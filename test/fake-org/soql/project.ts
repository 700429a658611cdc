import type { ObjectDef } from '../schema/types';
import type { SfRecord } from '../store';
import type { QueryContext } from './context';
import { parentRow, type FieldPath } from './fieldPath';

type Entry =
  | { kind: 'field'; name: string }
  | { kind: 'parent'; name: string; referenceField: string; node: Shape }
  | { kind: 'children'; name: string; run(parent: SfRecord): unknown }
  | { kind: 'value'; name: string; get(row: SfRecord): unknown };

/** The nested shape of a SELECT list: fields, parent objects, child sub-queries, in SELECT order. */
export type Shape = { entries: Entry[] };

export const emptyShape = (): Shape => ({ entries: [] });

export function addPath(shape: Shape, path: FieldPath): void {
  let node = shape;
  for (const step of path.steps) {
    let parent = node.entries.find(
      (e): e is Extract<Entry, { kind: 'parent' }> =>
        e.kind === 'parent' && e.name === step.relationshipName,
    );
    if (!parent) {
      parent = {
        kind: 'parent',
        name: step.relationshipName,
        referenceField: step.field.name,
        node: emptyShape(),
      };
      node.entries.push(parent);
    }
    node = parent.node;
  }
  if (!node.entries.some((e) => e.kind === 'field' && e.name === path.field.name)) {
    node.entries.push({ kind: 'field', name: path.field.name });
  }
}

/** A computed column, such as convertCurrency(Amount). */
export function addValue(shape: Shape, name: string, get: (row: SfRecord) => unknown): void {
  shape.entries.push({ kind: 'value', name, get });
}

export function addChildren(shape: Shape, name: string, run: (parent: SfRecord) => unknown): void {
  shape.entries.push({ kind: 'children', name, run });
}

export function recordUrl(ctx: QueryContext, type: string, id: string): string {
  return `/services/data/v${ctx.apiVersion}/sobjects/${type}/${id}`;
}

/** A row as the REST API returns it, with `attributes` on every level. */
export function project(
  ctx: QueryContext,
  shape: Shape,
  object: ObjectDef | string,
  row: SfRecord,
): SfRecord {
  const type = typeof object === 'string' ? object : object.name;
  const out: Record<string, unknown> = { attributes: { type, url: recordUrl(ctx, type, row.Id) } };
  for (const entry of shape.entries) {
    if (entry.kind === 'field') out[entry.name] = row[entry.name] ?? null;
    else if (entry.kind === 'parent') {
      const parent = parentRow(ctx, row[entry.referenceField]);
      out[entry.name] = parent ? project(ctx, entry.node, parent.type, parent.row) : null;
    } else if (entry.kind === 'value') out[entry.name] = entry.get(row);
    else out[entry.name] = entry.run(row);
  }
  return out as SfRecord;
}
