// Run before `npm run dev` / `npm start`. npm install never downloads Electron (there may be no
// internet then); this fetches the binary on first launch and builds better-sqlite3 for
// Electron's ABI into .electron-native/, leaving the Node build in node_modules for the tests.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const root = path.resolve(import.meta.dirname, '..');
const electronDir = path.dirname(require.resolve('electron/package.json'));
const electronVersion = require('electron/package.json').version;
const sqliteDir = path.dirname(require.resolve('better-sqlite3/package.json'));
const nativeDir = path.join(root, '.electron-native');
const bindingFile = path.join(nativeDir, `better_sqlite3-electron-${electronVersion}.node`);

function fail(what) {
  console.error(
    `\nRoadbook cannot start: ${what}. Launching the desktop app needs the Electron ${electronVersion} ` +
      'binary and an Electron build of better-sqlite3, which are downloaded on first launch, and ' +
      'this machine could not reach the download servers. Run the command again where there is ' +
      'internet (or set ELECTRON_MIRROR to a reachable mirror). Everything else works offline: ' +
      '"npm test" runs the whole suite in Node and Chromium, and "npm run preview:web" shows the ' +
      'app in a browser against the same core.\n',
  );
  process.exit(1);
}

function run(command, args, cwd, env = process.env) {
  return spawnSync(command, args, { cwd, env, stdio: 'inherit' }).status === 0;
}

if (!run(process.execPath, [path.join(electronDir, 'install.js')], electronDir)) {
  fail('the Electron binary could not be downloaded');
}

if (!fs.existsSync(bindingFile)) {
  console.log(`Building better-sqlite3 for Electron ${electronVersion}…`);
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'roadbook-sqlite-'));
  fs.cpSync(sqliteDir, work, {
    recursive: true,
    filter: (src) => src !== path.join(sqliteDir, 'build'),
  });
  // npm may point node-gyp at Node's headers; an Electron build needs Electron's.
  const env = { ...process.env };
  for (const key of Object.keys(env))
    if (/^npm_config_(nodedir|target|runtime|disturl)$/i.test(key)) delete env[key];
  const prebuild = require.resolve('prebuild-install/bin.js', { paths: [sqliteDir] });
  const built =
    run(
      process.execPath,
      [prebuild, '--runtime', 'electron', '--target', electronVersion],
      work,
      env,
    ) ||
    run(
      process.execPath,
      [
        process.env.npm_config_node_gyp ?? require.resolve('node-gyp/bin/node-gyp.js'),
        'rebuild',
        '--release',
        '--runtime=electron',
        `--target=${electronVersion}`,
        '--dist-url=https://electronjs.org/headers',
      ],
      work,
      env,
    );
  if (!built) fail('better-sqlite3 could not be built for Electron');
  fs.mkdirSync(nativeDir, { recursive: true });
  fs.copyFileSync(path.join(work, 'build', 'Release', 'better_sqlite3.node'), bindingFile);
  fs.rmSync(work, { recursive: true, force: true });
}
