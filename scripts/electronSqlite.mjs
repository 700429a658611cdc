// The Electron build of better-sqlite3, shared by scripts/ensure-electron.mjs (development) and
// the electron-builder beforePack hook (packages). node_modules/better-sqlite3 stays the Node
// build the tests use: the binding for Electron is built in a copy of the package and kept apart.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/**
 * The file the main process loads: .electron-native/<this name> beside package.json (in
 * app.asar.unpacked when packaged). The name is a contract with src/main.
 */
export function electronSqliteFileName(electronVersion, platform, arch) {
  return `better_sqlite3-electron-${electronVersion}-${platform}-${arch}.node`;
}

function run(command, args, cwd, env) {
  return spawnSync(command, args, { cwd, env, stdio: 'inherit' }).status === 0;
}

/**
 * Builds better-sqlite3 for one Electron version, platform and arch into `outFile`: the prebuilt
 * binary from better-sqlite3's releases when there is one, else node-gyp against Electron's
 * headers (which can only compile for this machine's platform). Returns false when neither works.
 */
export function buildElectronSqlite({ electronVersion, platform, arch, outFile }) {
  const sqliteDir = path.dirname(require.resolve('better-sqlite3/package.json'));
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'roadbook-sqlite-'));
  try {
    fs.cpSync(sqliteDir, work, {
      recursive: true,
      filter: (src) => src !== path.join(sqliteDir, 'build'),
    });
    // npm may point node-gyp at Node's headers; an Electron build needs Electron's.
    const env = { ...process.env };
    for (const key of Object.keys(env))
      if (/^npm_config_(nodedir|target|runtime|disturl|arch|platform)$/i.test(key)) delete env[key];
    const prebuild = require.resolve('prebuild-install/bin.js', { paths: [sqliteDir] });
    const target = ['--runtime', 'electron', '--target', electronVersion];
    const built =
      run(
        process.execPath,
        [prebuild, ...target, '--platform', platform, '--arch', arch],
        work,
        env,
      ) ||
      (platform === process.platform &&
        run(
          process.execPath,
          [
            process.env.npm_config_node_gyp ?? require.resolve('node-gyp/bin/node-gyp.js'),
            'rebuild',
            '--release',
            '--runtime=electron',
            `--target=${electronVersion}`,
            `--arch=${arch}`,
            '--dist-url=https://electronjs.org/headers',
          ],
          work,
          env,
        ));
    if (!built) return false;
    fs.mkdirSync(path.dirname(outFile), { recursive: true });
    fs.copyFileSync(path.join(work, 'build', 'Release', 'better_sqlite3.node'), outFile);
    return true;
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}
