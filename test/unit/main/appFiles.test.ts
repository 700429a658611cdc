import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sqliteBindingPath, trayIconDir } from '../../../src/main/appFiles';

describe("where the app finds SQLite's Electron build", () => {
  it.each([
    [
      'development: the repository',
      '/work/roadbook',
      { electron: '45.6.1', platform: 'linux', arch: 'x64' },
      '/work/roadbook/.electron-native/better_sqlite3-electron-45.6.1-linux-x64.node',
    ],
    [
      'a package: beside app.asar, never inside it',
      '/opt/Roadbook/resources/app.asar',
      { electron: '45.6.1', platform: 'linux', arch: 'arm64' },
      '/opt/Roadbook/resources/app.asar.unpacked/.electron-native/better_sqlite3-electron-45.6.1-linux-arm64.node',
    ],
    [
      'macOS universal: one file per arch',
      '/Applications/Roadbook.app/Contents/Resources/app.asar',
      { electron: '45.6.1', platform: 'darwin', arch: 'arm64' },
      '/Applications/Roadbook.app/Contents/Resources/app.asar.unpacked/.electron-native/better_sqlite3-electron-45.6.1-darwin-arm64.node',
    ],
  ])('%s', (_name, appPath, runtime, expected) => {
    expect(sqliteBindingPath(appPath, runtime)).toBe(path.normalize(expected));
  });
});

describe("where the tray's images are", () => {
  it.each([
    ['/work/roadbook', '/work/roadbook/resources/tray'],
    [
      '/opt/Roadbook/resources/app.asar',
      '/opt/Roadbook/resources/app.asar.unpacked/resources/tray',
    ],
  ])('%s', (appPath, expected) => {
    expect(trayIconDir(appPath)).toBe(path.normalize(expected));
  });
});
