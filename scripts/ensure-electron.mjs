// Run before `npm run dev` / `npm start`. npm install never downloads Electron (there may be no
// internet then); this fetches the binary on first launch and builds better-sqlite3 for
// Electron's ABI into .electron-native/, leaving the Node build in node_modules for the tests.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { buildElectronSqlite, electronSqliteFileName } from './electronSqlite.mjs';

const require = createRequire(import.meta.url);
const root = path.resolve(import.meta.dirname, '..');
const electronDir = path.dirname(require.resolve('electron/package.json'));
const electronVersion = require('electron/package.json').version;
const bindingFile = path.join(
  root,
  '.electron-native',
  electronSqliteFileName(electronVersion, process.platform, process.arch),
);

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

// Its stderr is a stack trace when offline; the rep gets its first line inside the paragraph.
const install = spawnSync(process.execPath, [path.join(electronDir, 'install.js')], {
  cwd: electronDir,
  stdio: ['ignore', 'inherit', 'pipe'],
  encoding: 'utf8',
});
if (install.status !== 0) {
  const reason = install.stderr.trim().split('\n')[0];
  fail(`the Electron binary could not be downloaded${reason ? ` (${reason})` : ''}`);
}

if (!fs.existsSync(bindingFile)) {
  console.log(`Building better-sqlite3 for Electron ${electronVersion}…`);
  const built = buildElectronSqlite({
    electronVersion,
    platform: process.platform,
    arch: process.arch,
    outFile: bindingFile,
  });
  if (!built) fail('better-sqlite3 could not be built for Electron');
}
