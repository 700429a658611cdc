import fs from 'node:fs';
import path from 'node:path';
import { app } from 'electron';
import type { DesktopShell } from '../core/ipc/desktopHandlers';
import type { Logger } from '../core/log/logger';
import { noSelfUpdate, type UpdateCheck } from '../shared/ipc/desktop';

const sixHours = 6 * 60 * 60_000;

/**
 * electron-updater, only in a package built with a release feed: electron-builder writes
 * resources/app-update.yml then (ROADBOOK_UPDATE_URL at build time). An update downloads in the
 * background and installs when the rep quits; a check that fails says so and changes nothing.
 */
export function createUpdates(
  logger: Logger,
): Pick<DesktopShell, 'updatesConfigured' | 'checkForUpdates'> {
  const feed = path.join(process.resourcesPath ?? '', 'app-update.yml');
  const updatesConfigured = app.isPackaged && fs.existsSync(feed);
  let downloaded: string | null = null;
  let updater: Promise<typeof import('electron-updater').autoUpdater> | undefined;
  const load = () =>
    (updater ??= import('electron-updater').then(({ default: { autoUpdater } }) => {
      autoUpdater.logger = {
        info: (message: unknown) => logger.info(`Updates: ${String(message)}`),
        warn: (message: unknown) => logger.warn(`Updates: ${String(message)}`),
        error: (message: unknown) => logger.warn(`Updates: ${String(message)}`),
      };
      autoUpdater.on('update-downloaded', (info: { version: string }) => {
        downloaded = info.version;
      });
      return autoUpdater;
    }));

  async function checkForUpdates(): Promise<UpdateCheck> {
    if (downloaded)
      return {
        state: 'ready',
        version: downloaded,
        message: `Roadbook ${downloaded} is ready: it installs when you quit.`,
      };
    try {
      const result = await (
        await load().catch((error: unknown) => {
          // Asked again next time, rather than failing every check for good.
          updater = undefined;
          throw error;
        })
      ).checkForUpdates();
      // A failed download is reported through the updater's error event (logged above).
      result?.downloadPromise?.catch(() => undefined);
      // No answer: this install type updates another way (a deb without its package-type
      // marker, a copy moved out of its AppImage).
      if (!result) return { state: 'off', version: null, message: noSelfUpdate };
      if (result.isUpdateAvailable) {
        const version = result.updateInfo.version;
        return {
          state: 'downloading',
          version,
          message: `Downloading Roadbook ${version}: it installs when you quit.`,
        };
      }
      return {
        state: 'up-to-date',
        version: app.getVersion(),
        message: `Roadbook ${app.getVersion()} is the newest version.`,
      };
    } catch (error) {
      logger.warn(`Updates: the check failed: ${(error as Error).message}`);
      return {
        state: 'failed',
        version: null,
        message: 'Roadbook could not reach its update server. Try again later.',
      };
    }
  }

  if (updatesConfigured) {
    const quietly = () => void checkForUpdates();
    setTimeout(quietly, 60_000).unref();
    setInterval(quietly, sixHours).unref();
  }
  return { updatesConfigured, checkForUpdates };
}
