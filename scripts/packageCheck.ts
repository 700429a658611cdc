// npm run package:check: packages the unpacked Linux app offline with the real electron-builder
// configuration, against a stand-in Electron made here, then checks the layout a real package
// would have. Run after `electron-vite build`.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { createPackage } from '@electron/asar';
import { deepAssign } from 'builder-util-runtime';
import { LinuxTargetHelper } from 'app-builder-lib/out/targets/LinuxTargetHelper';
import { Packager } from 'app-builder-lib';
import { PM } from 'app-builder-lib/out/node-module-collector';
import { Arch, build, Platform, type AfterPackContext, type LinuxPackager } from 'electron-builder';
import { builderConfig, deepLinkScheme, electronVersion, updateFeed } from './builderConfig';
import { checkLayout, readLayout } from './checkLayout';
import { electronSqliteFileName } from './electronSqlite.mjs';

const require = createRequire(import.meta.url);
const root = path.resolve(import.meta.dirname, '..');

/**
 * An unpacked "Electron distribution" electron-builder accepts through electronDist: an
 * `electron` executable (it is only renamed, never run) and a valid resources/default_app.asar.
 */
async function makeStandInElectron(dir: string) {
  fs.mkdirSync(path.join(dir, 'resources'), { recursive: true });
  fs.writeFileSync(
    path.join(dir, 'electron'),
    '#!/bin/sh\necho "Stand-in Electron from npm run package:check: it does not run apps." >&2\nexit 1\n',
    { mode: 0o755 },
  );
  const defaultApp = path.join(dir, 'default_app');
  fs.mkdirSync(defaultApp);
  fs.writeFileSync(
    path.join(defaultApp, 'package.json'),
    JSON.stringify({ name: 'electron', productName: 'Electron', main: 'main.js' }),
  );
  fs.writeFileSync(path.join(defaultApp, 'main.js'), '');
  await createPackage(defaultApp, path.join(dir, 'resources', 'default_app.asar'));
  fs.rmSync(defaultApp, { recursive: true });
}

async function main() {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'roadbook-package-check-'));
  // Under .electron-native/ like the real stage, but apart from the Electron builds kept there.
  const stageDir = path.join('.electron-native', path.basename(work));
  const binding = electronSqliteFileName(electronVersion, 'linux', 'x64');
  const desktopFile = path.join(work, 'roadbook.desktop');
  try {
    const standIn = path.join(work, 'electron-dist');
    await makeStandInElectron(standIn);
    fs.mkdirSync(path.join(root, stageDir), { recursive: true });
    const nodeBuild = path.join(
      path.dirname(require.resolve('better-sqlite3/package.json')),
      'build/Release/better_sqlite3.node',
    );
    fs.copyFileSync(nodeBuild, path.join(root, stageDir, binding));
    console.log(
      `SQLite binding: Node's build of better-sqlite3 copied in as ${binding}; ` +
        'npm run dist puts the Electron build for the package’s own platform and arch there.',
    );
    console.log(
      'Fuses: skipped, they cannot be flipped on a stand-in Electron binary; npm run dist flips them.',
    );

    if (fs.lstatSync(path.join(root, 'node_modules')).isSymbolicLink()) {
      // `npm ls`, which electron-builder asks for the production dependencies, sees nothing
      // behind a node_modules that links to another checkout's; walking the folders does.
      console.log('node_modules is a link: production dependencies are found by walking it.');
      Packager.prototype.getPackageManager = async () => PM.TRAVERSAL;
    }
    const updateUrl = process.env['ROADBOOK_UPDATE_URL'];
    const config = builderConfig({ projectDir: root, stageDir, updateUrl });
    await build({
      projectDir: root,
      targets: Platform.LINUX.createTarget('dir', Arch.x64),
      publish: 'never',
      config: {
        ...config,
        electronDist: standIn,
        electronFuses: null,
        directories: { ...config.directories, output: path.join(work, 'dist') },
        // The binding is staged above; the desktop entry is written the way the deb target does.
        beforePack: null,
        afterPack: async (context: AfterPackContext) => {
          const packager = context.packager as LinuxPackager;
          const options = deepAssign(
            {},
            packager.platformSpecificBuildOptions,
            packager.config.deb,
          );
          await new LinuxTargetHelper(packager).writeDesktopEntry(options, undefined, desktopFile);
        },
      },
    });

    const resources = path.join(work, 'dist', 'linux-unpacked', 'resources');
    const layout = readLayout(resources, desktopFile);
    const trayImages = fs.readdirSync(path.join(root, 'resources', 'tray'));
    const devDependencies = Object.keys(require(path.join(root, 'package.json')).devDependencies);
    const problems = checkLayout(layout, {
      binding: `.electron-native/${binding}`,
      trayImages,
      devDependencies,
      scheme: deepLinkScheme,
      updateUrl: updateFeed(updateUrl)?.[0]?.url ?? null,
    });
    if (problems.length > 0) {
      console.error(`\nPACKAGE CHECK FAILED: ${problems.length} problem(s) in the packaged app:`);
      for (const problem of problems) console.error(`  ✗ ${problem}`);
      process.exitCode = 1;
      return;
    }
    console.log(
      `\nPackage check passed: app.asar holds ${layout.packed.length} files (main, sync worker, preload, ` +
        `renderer, ${Object.keys(layout.packageJson?.dependencies ?? {}).length} production ` +
        `dependencies); app.asar.unpacked holds the SQLite binding and ${trayImages.length} tray ` +
        `images; nothing from src/, test/, scripts/ or the dev dependencies; the desktop entry ` +
        `claims ${deepLinkScheme}:// links; ${updateUrl ? `updates from ${updateUrl}` : 'no update feed'}.`,
    );
  } finally {
    fs.rmSync(path.join(root, stageDir), { recursive: true, force: true });
    const nativeDir = path.join(root, '.electron-native');
    if (fs.existsSync(nativeDir) && fs.readdirSync(nativeDir).length === 0) fs.rmdirSync(nativeDir);
    fs.rmSync(work, { recursive: true, force: true });
  }
}

await main();
