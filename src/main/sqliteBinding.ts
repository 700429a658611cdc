import path from 'node:path';

export type Runtime = { electron: string; platform: string; arch: string };

/**
 * Where the app finds better-sqlite3's Electron build. node_modules keeps Node's build for the
 * tests and the CLI, so the app loads its own through `nativeBinding`: in development from
 * .electron-native/ (scripts/ensure-electron.mjs), in a package from beside app.asar, because
 * a native library cannot be loaded from inside an archive. The name carries platform and arch
 * so one folder can hold the builds of several packages.
 */
export function sqliteBindingPath(appPath: string, runtime: Runtime): string {
  const root = appPath.replace(/app\.asar$/, 'app.asar.unpacked');
  const file = `better_sqlite3-electron-${runtime.electron}-${runtime.platform}-${runtime.arch}.node`;
  return path.join(root, '.electron-native', file);
}
