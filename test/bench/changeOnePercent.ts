import type Database from 'better-sqlite3';
import { objectSpecs } from '../../src/core/schema/objectSpecs';

const inFlight = 16;

/**
 * Another user saves 1% of the cached records on the server (every hundredth row of each table),
 * through the fake org's test-only control plane: each gets a new SystemModstamp, as any save does.
 */
export async function changeOnePercent(db: Database.Database, orgUrl: string): Promise<number> {
  const targets = objectSpecs.flatMap((spec) =>
    (
      db.prepare(`SELECT id FROM ${spec.table} WHERE rowid % 100 = 0`).pluck().all() as string[]
    ).map((id) => `${orgUrl}/__fake/records/${spec.name}/${id}`),
  );
  let next = 0;
  const worker = async () => {
    while (next < targets.length) {
      const response = await fetch(targets[next++]!, {
        method: 'PATCH',
        headers: { 'Content-Type': 'application/json' },
        body: '{"values":{}}',
      });
      if (!response.ok) throw new Error(`${response.status} from ${response.url}`);
    }
  };
  await Promise.all(Array.from({ length: inFlight }, worker));
  return targets.length;
}
