import { app } from 'electron';
import { runSyncCli } from '../core/cli/runSyncCli';
import { safeStorageCipher } from './safeStorageCipher';
import { sqliteBindingPath } from './appFiles';

/**
 * `Roadbook --sync [options]`: the headless sync with the connection the app saved (only the app
 * binary can open its keyring-encrypted sign-in). No window, no tray; exits with the CLI's code.
 */
export async function runHeadlessSync(): Promise<void> {
  await app.whenReady();
  const args = process.argv.slice(app.isPackaged ? 1 : 2).filter((arg) => arg !== '--sync');
  const code = await runSyncCli(args, {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    env: process.env,
    cipher: safeStorageCipher,
    nativeBinding: sqliteBindingPath(app.getAppPath(), {
      electron: process.versions.electron ?? '',
      platform: process.platform,
      arch: process.arch,
    }),
    dataDir: app.getPath('userData'),
  });
  app.exit(code);
}
