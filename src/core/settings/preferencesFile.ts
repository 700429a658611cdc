import fs from 'node:fs';
import path from 'node:path';
import type { SettingsStore } from './settingsStore';

type Tree = Record<string, unknown>;

/**
 * The app's preferences.json (electron-store's file, dotted keys nested) read and written outside
 * Electron, for the headless CLI. Writes replace the file by rename, as electron-store does.
 */
export function preferencesFile(dataDir: string): SettingsStore {
  const file = path.join(dataDir, 'preferences.json');
  const read = (): Tree => {
    try {
      return JSON.parse(fs.readFileSync(file, 'utf8')) as Tree;
    } catch {
      return {};
    }
  };
  const write = (tree: Tree) => {
    const temp = `${file}.${process.pid}.tmp`;
    // It holds the PKCE verifier during a sign-in: 0600, also when a stale temp file exists.
    fs.rmSync(temp, { force: true });
    fs.writeFileSync(temp, JSON.stringify(tree, null, '\t'), { mode: 0o600 });
    fs.renameSync(temp, file);
  };
  const parentOf = (tree: Tree, key: string, create: boolean) => {
    const parts = key.split('.');
    let node: Tree = tree;
    for (const part of parts.slice(0, -1)) {
      const next: unknown = node[part];
      if (next && typeof next === 'object') node = next as Tree;
      else if (create) node = node[part] = {};
      else return undefined;
    }
    return { node, leaf: parts.at(-1)! };
  };
  return {
    get<T>(key: string) {
      const at = parentOf(read(), key, false);
      return at?.node[at.leaf] as T | undefined;
    },
    set(key, value) {
      const tree = read();
      const at = parentOf(tree, key, true)!;
      at.node[at.leaf] = value;
      write(tree);
    },
    delete(key) {
      const tree = read();
      const at = parentOf(tree, key, false);
      if (!at) return;
      delete at.node[at.leaf];
      write(tree);
    },
  };
}
