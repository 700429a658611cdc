import { describe, expect, it } from 'vitest';
import { forgetOrg, orgKey } from '../../../../src/renderer/src/state/orgMemory';

/** localStorage's interface over a Map, as the window's is. */
function storage(keys: string[]): Storage {
  const items = new Map(keys.map((key) => [key, 'x']));
  return {
    get length() {
      return items.size;
    },
    key: (i: number) => [...items.keys()][i] ?? null,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
    clear: () => items.clear(),
  };
}

const remaining = (s: Storage) => Array.from({ length: s.length }, (_, i) => s.key(i));

describe('forgetOrg', () => {
  it('removes what is kept about the org, and leaves other orgs and app settings', () => {
    const kept = storage([
      orgKey('00DA-005A', 'recent'),
      orgKey('00DA-005A', 'view.leads'),
      orgKey('00DB-005B', 'recent'),
      orgKey('00DB-005B', 'view.leads'),
      'roadbook.recent.00DA-005A',
      'roadbook.recent.00DB-005B',
      'roadbook.view.leads',
      'roadbook.theme',
      'roadbook.pipeline.process',
    ]);
    forgetOrg(kept, '00DA-005A');
    expect(remaining(kept)).toEqual([
      orgKey('00DB-005B', 'recent'),
      orgKey('00DB-005B', 'view.leads'),
      'roadbook.recent.00DB-005B',
      'roadbook.theme',
      'roadbook.pipeline.process',
    ]);
  });
});
