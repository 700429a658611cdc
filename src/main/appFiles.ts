import path from 'node:path';

export type Runtime = { electron: string; platform: string; arch: string };

/**
 * Files the OS must read as real files (a native library, the tray's images, which Linux hands
 * to the panel by path) are packed beside app.asar, in app.asar.unpacked, never inside it.
 * In development the app folder is the repository.
 */
function unpackedRoot(appPath: string): string {
  return appPath.replace(/app\.asar$/, 'app.asar.unpacked');
}

/**
 * better-sqlite3's Electron build. node_modules keeps Node's build for the tests and the CLI, so
 * the app loads its own through `nativeBinding`, from .electron-native/ (made by
 * scripts/ensure-electron.mjs in development, at packaging for a package). The name carries
 * platform and arch so one folder can hold several.
 */
export function sqliteBindingPath(appPath: string, runtime: Runtime): string {
  const file = `better_sqlite3-electron-${runtime.electron}-${runtime.platform}-${runtime.arch}.node`;
  return path.join(unpackedRoot(appPath), '.electron-native', file);
}

export function trayIconDir(appPath: string): string {
  return path.join(unpackedRoot(appPath), 'resources', 'tray');
}
