import type Database from 'better-sqlite3';
import type { FacetsOutput } from '../../shared/ipc/views';
import { specFor } from '../schema/objectSpecs';
import { loadingAmong } from './loadingAmong';

const facetColumns = {
  Lead: { status: 'status', rating: 'rating', source: 'lead_source' },
  Account: { industry: 'industry', type: 'type' },
  Contact: {},
  Opportunity: { stage: 'stage_name' },
} as const;

/** The values a table's filters offer (from the cache, with counts) and the owners to pick from. */
export function facetsOf(db: Database.Database, object: keyof typeof facetColumns): FacetsOutput {
  const spec = specFor(object);
  const loading = loadingAmong(db, [object]);
  if (loading.length) return { facets: {}, owners: [], loading };
  const facets = Object.fromEntries(
    Object.entries(facetColumns[object]).map(([key, column]) => [
      key,
      (
        db
          .prepare(
            `SELECT ${column} AS value, COUNT(*) AS count FROM ${spec.table} GROUP BY ${column} ORDER BY ${column}`,
          )
          .all() as Array<{ value: string | null; count: number }>
      ).map((f) => ({ value: f.value ?? '', count: f.count })),
    ]),
  );
  const owners = db
    .prepare(
      `SELECT id, name FROM sf_user WHERE EXISTS (SELECT 1 FROM ${spec.table} WHERE owner_id = sf_user.id) ORDER BY name COLLATE NOCASE`,
    )
    .all() as Array<{ id: string; name: string | null }>;
  return {
    facets,
    owners: owners.map((o) => ({ id: o.id, name: o.name ?? o.id })),
    loading,
  };
}
