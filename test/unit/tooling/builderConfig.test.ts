import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  builderConfig,
  desktopName,
  nodeArch,
  updateFeed,
  wmClassOf,
} from '../../../scripts/builderConfig';
import { electronSqliteFileName } from '../../../scripts/electronSqlite.mjs';

describe('wmClassOf', () => {
  it.each([
    [{ desktopName: 'roadbook.desktop', productName: 'Roadbook' }, 'roadbook'],
    [{ desktopName: 'com.roadbook.App' }, 'com.roadbook.App'],
    [{ productName: 'Roadbook', name: 'roadbook' }, 'Roadbook'],
    [{ name: 'roadbook' }, 'roadbook'],
    [{ desktopName: '  ', productName: 'Roadbook ' }, 'Roadbook'],
  ])('%j → %s', (pkg, wmClass) => {
    expect(wmClassOf(pkg)).toBe(wmClass);
  });
});

describe('nodeArch', () => {
  it.each([
    ['x64', 'x64'],
    ['arm64', 'arm64'],
    ['ia32', 'ia32'],
    ['armv7l', 'arm'],
  ] as const)('%s → %s', (arch, node) => {
    expect(nodeArch(arch)).toBe(node);
  });

  it('refuses a universal build, which would need two bindings', () => {
    expect(() => nodeArch('universal')).toThrow(/one binding per arch/);
  });
});

describe('updateFeed', () => {
  it.each([
    [undefined, null],
    ['', null],
    ['  ', null],
    [
      ' https://updates.example.com/roadbook ',
      [{ provider: 'generic', url: 'https://updates.example.com/roadbook' }],
    ],
  ])('%j → %j', (url, feed) => {
    expect(updateFeed(url)).toEqual(feed);
  });

  it.each([
    'http://updates.example.com/roadbook',
    'updates.example.com/roadbook',
    'file:///tmp/feed',
  ])('refuses %s: only https', (url) => {
    expect(() => updateFeed(url)).toThrow('ROADBOOK_UPDATE_URL must be an https:// address');
  });
});

describe('electronSqliteFileName', () => {
  it.each([
    ['45.6.1', 'linux', 'x64', 'better_sqlite3-electron-45.6.1-linux-x64.node'],
    ['45.6.1', 'darwin', 'arm64', 'better_sqlite3-electron-45.6.1-darwin-arm64.node'],
    ['45.6.1', 'win32', 'x64', 'better_sqlite3-electron-45.6.1-win32-x64.node'],
  ])('%s %s %s → %s', (version, platform, arch, name) => {
    expect(electronSqliteFileName(version, platform, arch)).toBe(name);
  });
});

describe('builderConfig', () => {
  const config = builderConfig({
    projectDir: '/project',
    stageDir: '.electron-native/stage',
    updateUrl: undefined,
  });

  it('flips the fuses that keep the signed binary from running as plain Node', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableCookieEncryption: true,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('never rebuilds node_modules in place, and fails on a missing production dependency', () => {
    expect(config.npmRebuild).toBe(false);
    expect(config.allowMissingDependencies).toBe(false);
  });

  it('claims roadbook:// and gives the desktop entry the WM class Electron will use', () => {
    expect(config.protocols).toEqual([{ name: 'Roadbook sign-in', schemes: ['roadbook'] }]);
    expect(config.extraMetadata).toEqual({ desktopName });
    expect(config.linux?.desktop?.entry).toEqual({ StartupWMClass: 'roadbook' });
  });

  it('unpacks the staged SQLite binding and the tray images', () => {
    expect(config.files).toContainEqual({
      from: '.electron-native/stage',
      to: '.electron-native',
      filter: ['*.node'],
    });
    expect(config.asarUnpack).toEqual(['.electron-native/**', 'resources/tray/**']);
  });

  it('makes every icon from one 1024 px PNG, as macOS icons need', () => {
    const png = fs.readFileSync(String(config.icon));
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1024, 1024]);
  });

  it('has an update feed only when one is given', () => {
    expect(config.publish).toBeNull();
    const withFeed = builderConfig({
      projectDir: '/project',
      stageDir: '.electron-native/stage',
      updateUrl: 'https://updates.example.com/roadbook',
    });
    expect(withFeed.publish).toEqual([
      { provider: 'generic', url: 'https://updates.example.com/roadbook' },
    ]);
  });
});
