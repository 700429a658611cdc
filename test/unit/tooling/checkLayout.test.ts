import fs from 'node:fs';
import path from 'node:path';
import { createPackage } from '@electron/asar';
import { afterEach, describe, expect, it } from 'vitest';
import {
  checkLayout,
  readLayout,
  type LayoutExpectations,
  type PackageLayout,
} from '../../../scripts/checkLayout';
import { tempDir } from '../../support/tempDir';

const binding = '.electron-native/better_sqlite3-electron-45.6.1-linux-x64.node';
const expected: LayoutExpectations = {
  binding,
  trayImages: ['synced.png', 'synced@2x.png'],
  devDependencies: ['electron', 'typescript', 'vite'],
  scheme: 'roadbook',
  updateUrl: null,
};
const app = {
  name: 'roadbook',
  productName: 'Roadbook',
  desktopName: 'roadbook.desktop',
  main: './out/main/index.js',
  dependencies: { jsforce: '3.10.16', 'better-sqlite3': '^12.11.1' },
};
const desktopEntry = [
  '[Desktop Entry]',
  'Name=Roadbook',
  'Exec=/opt/Roadbook/roadbook %U',
  'StartupWMClass=roadbook',
  'MimeType=x-scheme-handler/roadbook;',
  '',
].join('\n');

function goodLayout(): PackageLayout {
  return {
    packed: [
      'package.json',
      'out/main/index.js',
      'out/main/syncProcess.js',
      'out/main/syncWorker.js',
      'out/preload/index.cjs',
      'out/renderer/index.html',
      'node_modules/jsforce/package.json',
      'node_modules/jsforce/lib/index.js',
      'node_modules/form-data/package.json',
      'node_modules/better-sqlite3/package.json',
      'node_modules/better-sqlite3/lib/index.js',
    ],
    unpacked: [binding, 'resources/tray/synced.png', 'resources/tray/synced@2x.png'],
    packageJson: app,
    modules: {
      'node_modules/jsforce': {
        name: 'jsforce',
        dependencies: { 'form-data': '^4.0.4', 'node-fetch': '^2' },
        optionalDependencies: { 'node-fetch': '^2' },
      },
      'node_modules/form-data': { name: 'form-data' },
      'node_modules/better-sqlite3': { name: 'better-sqlite3' },
    },
    desktopEntry,
    updateConfig: null,
  };
}

const without = (files: string[], ...gone: string[]) => files.filter((f) => !gone.includes(f));

describe('checkLayout', () => {
  it('finds nothing wrong with a complete, lean package', () => {
    expect(checkLayout(goodLayout(), expected)).toEqual([]);
  });

  it('follows Node resolution: a dependency nested under its requirer is found', () => {
    const layout = goodLayout();
    layout.modules['node_modules/jsforce/node_modules/form-data'] = { name: 'form-data' };
    delete layout.modules['node_modules/form-data'];
    expect(checkLayout(layout, expected)).toEqual([]);
  });

  it.each<[string, (layout: PackageLayout) => void, string]>([
    [
      'missing main',
      (l) => (l.packed = without(l.packed, 'out/main/index.js')),
      'app.asar lacks the main process entry out/main/index.js (package.json "main")',
    ],
    [
      'missing sync process',
      (l) => (l.packed = without(l.packed, 'out/main/syncProcess.js')),
      "app.asar lacks the sync process's entry out/main/syncProcess.js, which the main process starts",
    ],
    [
      'missing sync thread',
      (l) => (l.packed = without(l.packed, 'out/main/syncWorker.js')),
      "app.asar lacks the sync thread's entry out/main/syncWorker.js, which the main process starts",
    ],
    [
      'missing preload',
      (l) => (l.packed = without(l.packed, 'out/preload/index.cjs')),
      'app.asar lacks the preload (out/preload/)',
    ],
    [
      'missing renderer',
      (l) => (l.packed = without(l.packed, 'out/renderer/index.html')),
      'app.asar lacks the renderer (out/renderer/index.html)',
    ],
    ['missing package.json', (l) => (l.packageJson = null), 'app.asar has no package.json'],
    [
      'missing binding',
      (l) => (l.unpacked = without(l.unpacked, binding)),
      `the SQLite binding ${binding} is missing from app.asar.unpacked`,
    ],
    [
      'binding packed inside the asar',
      (l) => {
        l.unpacked = without(l.unpacked, binding);
        l.packed.push(binding);
      },
      `the SQLite binding ${binding} is inside app.asar, where it cannot load`,
    ],
    [
      'missing tray image',
      (l) => (l.unpacked = without(l.unpacked, 'resources/tray/synced@2x.png')),
      'the tray image resources/tray/synced@2x.png is missing from app.asar.unpacked',
    ],
    [
      'missing production dependency',
      (l) => delete l.modules['node_modules/jsforce'],
      'the app needs jsforce, which is not in the package',
    ],
    [
      'missing dependency of a dependency',
      (l) => delete l.modules['node_modules/form-data'],
      'node_modules/jsforce needs form-data, which is not in the package',
    ],
    [
      'a dev dependency inside',
      (l) => l.packed.push('node_modules/vite/package.json', 'node_modules/vite/dist/index.js'),
      'the dev dependency vite is in the package (2 files, e.g. node_modules/vite/package.json)',
    ],
    [
      'a dev dependency nested in another module',
      (l) => l.packed.push('node_modules/jsforce/node_modules/typescript/lib/tsc.js'),
      'the dev dependency typescript is in the package (1 files, e.g. node_modules/jsforce/node_modules/typescript/lib/tsc.js)',
    ],
    [
      'sources inside',
      (l) => l.packed.push('src/main/index.ts', 'src/core/x.ts'),
      "the project's src/ is in the package (2 files, e.g. src/main/index.ts)",
    ],
    [
      'tests inside',
      (l) => l.unpacked.push('test/unit/x.test.ts'),
      "the project's test/ is in the package (1 files, e.g. test/unit/x.test.ts)",
    ],
    [
      'scripts inside',
      (l) => l.packed.push('scripts/packageCheck.ts'),
      "the project's scripts/ is in the package (1 files, e.g. scripts/packageCheck.ts)",
    ],
    ['no desktop entry', (l) => (l.desktopEntry = null), 'no Linux desktop entry was generated'],
    [
      'missing scheme',
      (l) => (l.desktopEntry = desktopEntry.replace('MimeType=x-scheme-handler/roadbook;', '')),
      'the desktop entry does not claim roadbook:// links (MimeType=)',
    ],
    [
      'a WM class Electron will not use',
      (l) =>
        (l.desktopEntry = desktopEntry.replace(
          'StartupWMClass=roadbook',
          'StartupWMClass=Roadbook',
        )),
      "the desktop entry's StartupWMClass=Roadbook is not the app's WM class roadbook",
    ],
    [
      'an Exec that drops the link',
      (l) => (l.desktopEntry = desktopEntry.replace(' %U', '')),
      "the desktop entry's Exec does not pass the link on (Exec=/opt/Roadbook/roadbook)",
    ],
    [
      'an update feed nobody configured',
      (l) => (l.updateConfig = 'provider: generic\nurl: https://elsewhere.example.com\n'),
      'the package has an update feed (app-update.yml) though none was configured',
    ],
  ])('reports %s', (_, breakIt, problem) => {
    const layout = goodLayout();
    breakIt(layout);
    expect(checkLayout(layout, expected)).toEqual([problem]);
  });

  it('reports an update feed that is missing or points elsewhere', () => {
    const url = 'https://updates.example.com/roadbook';
    const withFeed = { ...expected, updateUrl: url };
    const layout = goodLayout();
    expect(checkLayout(layout, withFeed)).toEqual([
      `the package's app-update.yml does not point at ${url}`,
    ]);
    layout.updateConfig = `provider: generic\nurl: ${url}\nupdaterCacheDirName: roadbook-updater\n`;
    expect(checkLayout(layout, withFeed)).toEqual([]);
  });
});

describe('readLayout', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
  });

  function write(root: string, files: Record<string, string>) {
    for (const [file, content] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
      fs.writeFileSync(path.join(root, file), content);
    }
  }

  /** A resources folder as electron-builder leaves it: app.asar and app.asar.unpacked. */
  async function packagedApp(extraPacked: Record<string, string> = {}) {
    const dir = tempDir('layout');
    dirs.push(dir);
    const app = path.join(dir, 'app');
    const resources = path.join(dir, 'resources');
    write(app, {
      'package.json': JSON.stringify({
        name: 'roadbook',
        desktopName: 'roadbook.desktop',
        main: './out/main/index.js',
        dependencies: { jsforce: '3.10.16' },
      }),
      'out/main/index.js': '',
      'out/main/syncProcess.js': '',
      'out/main/syncWorker.js': '',
      'out/preload/index.cjs': '',
      'out/renderer/index.html': '',
      'node_modules/jsforce/package.json': JSON.stringify({
        name: 'jsforce',
        dependencies: { 'form-data': '^4' },
      }),
      'node_modules/jsforce/node_modules/form-data/package.json': '{"name":"form-data"}',
      ...extraPacked,
    });
    fs.mkdirSync(resources);
    await createPackage(app, path.join(resources, 'app.asar'));
    write(path.join(resources, 'app.asar.unpacked'), {
      [binding]: 'binary',
      'resources/tray/synced.png': 'png',
      'resources/tray/synced@2x.png': 'png',
    });
    const desktopFile = path.join(dir, 'roadbook.desktop');
    fs.writeFileSync(desktopFile, desktopEntry);
    return { resources, desktopFile };
  }

  it('reads app.asar, app.asar.unpacked and the desktop entry of a real package', async () => {
    const { resources, desktopFile } = await packagedApp();
    const layout = readLayout(resources, desktopFile);
    expect(layout.packageJson?.main).toBe('./out/main/index.js');
    expect(Object.keys(layout.modules).sort()).toEqual([
      'node_modules/jsforce',
      'node_modules/jsforce/node_modules/form-data',
    ]);
    expect(layout.unpacked).toContain(binding);
    expect(layout.updateConfig).toBeNull();
    expect(checkLayout(layout, expected)).toEqual([]);
  });

  it('sees a binding left inside the archive and a dev dependency packed by mistake', async () => {
    const { resources, desktopFile } = await packagedApp({
      [binding]: 'binary',
      'node_modules/electron/package.json': '{"name":"electron"}',
    });
    fs.rmSync(path.join(resources, 'app.asar.unpacked', binding));
    expect(checkLayout(readLayout(resources, desktopFile), expected)).toEqual([
      `the SQLite binding ${binding} is inside app.asar, where it cannot load`,
      'the dev dependency electron is in the package (1 files, e.g. node_modules/electron/package.json)',
    ]);
  });
});
