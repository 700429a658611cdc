import { queryError } from '../http/apiError';
import { findField } from '../schema/objects';
import type { FieldDef, ObjectDef } from '../schema/types';
import type { SfRecord } from '../store';
import type { QueryContext } from './context';

type Step = { relationshipName: string; field: FieldDef };
export type FieldPath = {
  /** Canonical dotted name: 'Account.Owner.Name'. */
  name: string;
  steps: Step[];
  field: FieldDef;
  get(row: SfRecord): unknown;
};

const noSuchColumn = (ctx: QueryContext, token: string, object: string) =>
  queryError(
    'INVALID_FIELD',
    ctx.soql,
    token,
    `No such column '${token}' on entity '${object}'. If you are attempting to use a custom field, be sure to append the '__c' after the custom field name. Please reference your WSDL or the describe call for the appropriate names.`,
  );

function visibleField(ctx: QueryContext, object: ObjectDef, name: string): FieldDef | undefined {
  const field = findField(object, name);
  return field && ctx.canSeeField(object.name, field.name) ? field : undefined;
}

/** Follows a reference id to the parent row, whatever its type (Who and What are polymorphic). */
export function parentRow(
  ctx: QueryContext,
  id: unknown,
): { type: string; row: SfRecord } | undefined {
  if (typeof id !== 'string') return undefined;
  const found = ctx.store.find(id);
  return found && !found.row['IsDeleted'] ? found : undefined;
}

/** Resolves 'Account.Owner.Name' from `object`, checking every hop as Salesforce does. */
export function resolvePath(ctx: QueryContext, object: ObjectDef, dotted: string): FieldPath {
  const parts = dotted.split('.');
  const steps: Step[] = [];
  let candidates: ObjectDef[] = [object];
  for (const part of parts.slice(0, -1)) {
    const lower = part.toLowerCase();
    const reference = candidates
      .flatMap((c) => c.fields)
      .find(
        (f) =>
          f.relationshipName?.toLowerCase() === lower &&
          ctx.canSeeField(candidates[0]!.name, f.name),
      );
    if (!reference?.referenceTo) {
      throw queryError(
        'INVALID_FIELD',
        ctx.soql,
        dotted,
        `Didn't understand relationship '${part}' in field path. If you are attempting to use a custom relationship, be sure to append the '__r' after the custom relationship name. Please reference your WSDL or the describe call for the appropriate names.`,
      );
    }
    steps.push({ relationshipName: reference.relationshipName!, field: reference });
    candidates = reference.referenceTo.map((t) => ctx.store.schema.findObject(t)!).filter(Boolean);
  }
  const last = parts[parts.length - 1]!;
  const owner = candidates.find((c) => visibleField(ctx, c, last));
  const field = owner && visibleField(ctx, owner, last);
  if (!field) throw noSuchColumn(ctx, dotted, candidates.map((c) => c.name).join(', '));
  const name = [...steps.map((s) => s.relationshipName), field.name].join('.');
  const get = (row: SfRecord): unknown => {
    let current: SfRecord | undefined = row;
    for (const step of steps) {
      current = parentRow(ctx, current[step.field.name])?.row;
      if (!current) return null;
    }
    return current[field.name] ?? null;
  };
  return { name, steps, field, get };
}
