import type Database from 'better-sqlite3';
import { describeTtlMs } from './fieldList';

/** One field of a layout item, as describe/layouts sends it (compound fields carry parts). */
type WireComponent = {
  type: string;
  value?: string;
  components?: WireComponent[];
};
type WireItem = {
  label: string;
  placeholder: boolean;
  required: boolean;
  editableForNew: boolean;
  editableForUpdate: boolean;
  layoutComponents: WireComponent[];
};
type WireSection = {
  heading: string | null;
  useHeading?: boolean;
  layoutRows: Array<{ layoutItems: WireItem[] }>;
};
type WireLayout = {
  id: string;
  detailLayoutSections: WireSection[];
  editLayoutSections: WireSection[] | null;
};
/** What `GET …/sobjects/{T}/describe/layouts/` answers, as far as Roadbook reads it. */
export type DescribeLayoutsAnswer = {
  layouts: WireLayout[];
  recordTypeMappings: Array<{
    recordTypeId: string;
    layoutId: string;
    defaultRecordTypeMapping: boolean;
    available: boolean;
  }>;
};

/** A line of a layout: its label and the fields it shows (several for a compound address). */
export type LayoutItem = {
  label: string;
  fields: string[];
  required: boolean;
  editableForNew: boolean;
  editableForUpdate: boolean;
};
export type LayoutSection = { heading: string; items: LayoutItem[] };
/** What Roadbook keeps of an object's layouts: sections per layout, and each record type's. */
export type CachedLayouts = {
  layouts: Array<{ id: string; sections: LayoutSection[] }>;
  mappings: Array<{ recordTypeId: string; layoutId: string; isDefault: boolean }>;
};

/** The objects whose records a panel or page shows field by field. */
export const laidOutObjects = ['Account', 'Contact', 'Opportunity', 'Lead'];

function fieldsOf(components: WireComponent[]): string[] {
  return components.flatMap((c) => {
    if (c.type !== 'Field') return [];
    if (c.components?.length) return fieldsOf(c.components);
    return c.value ? [c.value] : [];
  });
}

/**
 * The detail sections in reading order (rows left to right), without placeholders and empty
 * sections. Whether an item is editable or required comes from the edit layout, which decides it.
 */
export function reduceLayouts(answer: DescribeLayoutsAnswer): CachedLayouts {
  return {
    layouts: answer.layouts.map((layout) => {
      const editing = new Map(
        (layout.editLayoutSections ?? layout.detailLayoutSections)
          .flatMap((s) => s.layoutRows.flatMap((r) => r.layoutItems))
          .filter((item) => !item.placeholder)
          .map((item) => [fieldsOf(item.layoutComponents).join(','), item]),
      );
      const sections = layout.detailLayoutSections.map((section) => ({
        heading: section.useHeading === false ? '' : (section.heading ?? ''),
        items: section.layoutRows
          .flatMap((row) => row.layoutItems)
          .filter((item) => !item.placeholder)
          .map((item): LayoutItem => {
            const fields = fieldsOf(item.layoutComponents);
            const edit = editing.get(fields.join(','));
            return {
              label: item.label,
              fields,
              required: edit?.required ?? false,
              editableForNew: edit?.editableForNew ?? false,
              editableForUpdate: edit?.editableForUpdate ?? false,
            };
          })
          .filter((item) => item.fields.length > 0),
      }));
      return { id: layout.id, sections: sections.filter((s) => s.items.length > 0) };
    }),
    mappings: answer.recordTypeMappings.map((m) => ({
      recordTypeId: m.recordTypeId,
      layoutId: m.layoutId,
      isDefault: m.defaultRecordTypeMapping,
    })),
  };
}

/** Whether the cached layouts of an object are less than a day old. */
export function layoutsFresh(db: Database.Database, object: string, now: number): boolean {
  const cached = db.prepare('SELECT fetched_at FROM layout_cache WHERE object = ?').get(object) as
    { fetched_at: number } | undefined;
  return !!cached && now - cached.fetched_at < describeTtlMs;
}

/** Keeps an object's layouts, reduced, in place of the ones cached before. */
export function storeLayouts(
  db: Database.Database,
  object: string,
  answer: DescribeLayoutsAnswer,
  now: number,
): void {
  const layouts = JSON.stringify(reduceLayouts(answer));
  db.transaction(() =>
    db
      .prepare('INSERT OR REPLACE INTO layout_cache (object, fetched_at, layouts) VALUES (?, ?, ?)')
      .run(object, now, layouts),
  )();
}

const sameId = (a: string, b: string) => a.slice(0, 15) === b.slice(0, 15);

/**
 * The sections a record of this record type is shown with, from the last layouts cached (stale
 * or not: panels work offline); the default record type's without one; null when none is cached.
 */
export function layoutFor(
  db: Database.Database,
  object: string,
  recordTypeId: string | null,
): LayoutSection[] | null {
  const row = db.prepare('SELECT layouts FROM layout_cache WHERE object = ?').get(object) as
    { layouts: string } | undefined;
  if (!row) return null;
  const cached = JSON.parse(row.layouts) as CachedLayouts;
  const mapping =
    (recordTypeId && cached.mappings.find((m) => sameId(m.recordTypeId, recordTypeId))) ||
    cached.mappings.find((m) => m.isDefault);
  const layout =
    (mapping && cached.layouts.find((l) => l.id === mapping.layoutId)) ?? cached.layouts[0];
  return layout ? layout.sections : null;
}
