import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, ipcMain, net, powerMonitor, session, shell } from 'electron';
import { createAppCore, type AppCore } from '../core/app/appCore';
import { createSecretStore } from '../core/auth/secretStore';
import { appearanceOf } from '../core/ipc/appearanceHandlers';
import { closePreferenceOf } from '../core/ipc/desktopHandlers';
import { startingTray, trayModel, unreadableStatus } from '../core/tray/trayModel';
import { createConsoleLogger, type Logger } from '../core/log/logger';
import { appEntryUrl } from '../core/security/appOrigin';
import { developmentCsp } from '../core/security/contentSecurityPolicy';
import { registerAppScheme, serveRenderer } from './appProtocol';
import { closeAction, probeStatusNotifierWatcher, trayAvailable } from './closeAction';
import { wireDeepLinks } from './deepLinks';
import { runHeadlessSync } from './headlessSync';
import { createRegistrar } from './ipc/register';
import { logFileWriter } from './logFile';
import { applyNativeTheme } from './nativeTheme';
import { applyWebContentsPolicy } from './webContentsPolicy';
import { createPreferences } from './preferences';
import { safeStorageCipher } from './safeStorageCipher';
import { saveWithDialog } from './saveFile';
import { loopbackPortFor } from './signInRedirect';
import { sqliteBindingPath, trayIconDir } from './appFiles';
import { createTray, type AppTray } from './tray';
import { createUpdates } from './updates';
import { utilitySyncProcess } from './utilitySyncProcess';
import { mainWindowOptions } from './windowOptions';

declare const __ROADBOOK_CLIENT_ID__: string;

const here = path.dirname(fileURLToPath(import.meta.url));
const devServerUrl = app.isPackaged ? undefined : process.env['ELECTRON_RENDERER_URL'] || undefined;
/** How long Quit waits for a running sync or push to reach a safe point before closing the cache. */
const quitWaitMs = 4000;

if (process.argv.includes('--sync')) {
  void runHeadlessSync();
} else if (!app.requestSingleInstanceLock()) {
  // The running Roadbook gets our argv through second-instance and shows itself.
  app.quit();
} else {
  app.enableSandbox();
  registerAppScheme();
  start();
}

/** Runs a step that must not take the app down with it: a failure is logged, never thrown. */
function guarded(logger: Logger, what: string, step: () => void): void {
  try {
    step();
  } catch (error) {
    logger.error(`${what} failed`, error);
  }
}

function start(): void {
  const logger = createConsoleLogger(logFileWriter(app.getPath('logs')));
  process.on('unhandledRejection', (reason) => logger.error('Unhandled rejection', reason));
  const dataDir = app.getPath('userData');
  // Caches, preferences and the keyring-encrypted sign-in live here: this user's only.
  guarded(logger, 'Making the data folder private', () => {
    fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    fs.chmodSync(dataDir, 0o700);
  });
  const development = !app.isPackaged;
  const settings = createPreferences(logger);
  let trayShown = trayAvailable({
    platform: process.platform,
    desktop: process.env['XDG_CURRENT_DESKTOP'],
    watcher: null,
  });
  const updates = createUpdates(logger);
  const core: AppCore = createAppCore({
    info: { name: 'Roadbook', version: app.getVersion(), platform: 'electron' },
    openExternal: (url) => shell.openExternal(url),
    logger,
    settings,
    // safeStorage answers only once the app is ready; the store asks lazily, on first use.
    secrets: createSecretStore({
      dir: path.join(dataDir, 'secrets'),
      cipher: safeStorageCipher,
      platform: process.platform,
    }),
    dataDir,
    defaultClientId: (development && process.env['ROADBOOK_CLIENT_ID']) || __ROADBOOK_CLIENT_ID__,
    defaultLoginHost: development ? process.env['ROADBOOK_LOGIN_HOST'] : undefined,
    allowLocalhost: development,
    loopbackPort: loopbackPortFor({
      packaged: app.isPackaged,
      platform: process.platform,
      env: process.env,
    }),
    nativeBinding: sqliteBindingPath(app.getAppPath(), {
      electron: process.versions.electron ?? '',
      platform: process.platform,
      arch: process.arch,
    }),
    // Both built beside this file by electron-vite (electron.vite.config.ts).
    syncWorker: {
      start: utilitySyncProcess(path.join(here, 'syncProcess.js')),
      thread: { filename: path.join(here, 'syncWorker.js') },
    },
    desktop: { trayAvailable: () => trayShown, ...updates },
    saveFile: (name, contents) => saveWithDialog(mainWindow, name, contents),
    appearanceApplied: (theme) =>
      guarded(logger, 'Following the appearance', () => applyNativeTheme(theme)),
  });
  let quitting = false;
  let mainWindow: BrowserWindow | undefined;
  /** Links that came before the window loaded: delivered once it has. */
  const pendingLinks: string[] = [];
  let begun = false;
  let trayFailed = false;

  const openWindow = () => {
    const window = new BrowserWindow(mainWindowOptions(path.join(here, '../preload/index.cjs')));
    window.once('ready-to-show', () => window.show());
    window.on('close', (event) => {
      if (quitting || closeAction(closePreferenceOf(settings), trayShown) === 'quit') return;
      // Roadbook keeps syncing in the tray; the tray (or a second launch) brings it back.
      event.preventDefault();
      window.hide();
    });
    window.webContents.on('did-fail-load', (_event, code, description) =>
      logger.error(`The window did not load (${code} ${description})`),
    );
    window
      .loadURL(devServerUrl ?? appEntryUrl)
      .catch((error: unknown) => logger.error('The window did not load', error));
    return window;
  };
  /** Shows the window, making it again if it was closed. */
  const surface = () => {
    if (!app.isReady() || quitting) return;
    if (!mainWindow || mainWindow.isDestroyed()) mainWindow = openWindow();
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.show();
    mainWindow.focus();
  };
  const deliverDeepLink = (url: string) => {
    if (!begun) {
      pendingLinks.push(url);
      return;
    }
    surface();
    core
      .handleDeepLink(url)
      .catch((error: unknown) => logger.error('A sign-in link failed', error));
  };
  wireDeepLinks(app, deliverDeepLink, surface);

  app.on('web-contents-created', (_event, contents) =>
    applyWebContentsPolicy(contents, devServerUrl),
  );
  core.events.subscribe((event, payload) => {
    for (const window of BrowserWindow.getAllWindows()) window.webContents.send(event, payload);
  });

  // The window comes first: nothing that touches a cache, the keyring or the network may stop
  // it from loading. Whatever fails after it is a state the window shows.
  void app.whenReady().then(() => {
    guarded(logger, 'Serving the window', () => {
      if (devServerUrl) {
        session.defaultSession.webRequest.onHeadersReceived((details, callback) =>
          callback({
            responseHeaders: {
              ...details.responseHeaders,
              'Content-Security-Policy': [developmentCsp(devServerUrl)],
            },
          }),
        );
      } else {
        serveRenderer(path.join(here, '../renderer'));
      }
      createRegistrar(ipcMain, core.handlers, logger, devServerUrl).registerAll();
    });
    // Before the window: its title bar comes up in the rep's light or dark.
    guarded(logger, 'Following the appearance', () =>
      applyNativeTheme(appearanceOf(settings).theme),
    );
    mainWindow = openWindow();

    let tray: AppTray | undefined;
    guarded(logger, 'The tray', () => {
      trayFailed = true;
      tray = createTray(trayIconDir(app.getAppPath()), {
        'sync-now': () => core.sync.request(),
        pause: () => core.sync.pause(),
        resume: () => core.sync.resume(),
        open: surface,
        quit: () => app.quit(),
      });
      tray.render(startingTray);
      trayFailed = false;
    });
    // No icon to come back from: closing the window must quit.
    if (trayFailed) trayShown = false;
    const statusForTray = () => {
      try {
        return core.sync.status();
      } catch (error) {
        logger.error('The sync status could not be read', error);
        return unreadableStatus;
      }
    };
    // Reading the status may publish one (a cache found broken), which asks for a redraw.
    let drawing = false;
    const renderTray = () => {
      if (drawing || !begun) return;
      drawing = true;
      guarded(logger, 'Drawing the tray', () =>
        tray?.render(trayModel(statusForTray(), Date.now(), app.getLocale())),
      );
      drawing = false;
    };
    core.events.subscribe((event) => {
      if (event === 'sync.status') renderTray();
    });
    setInterval(renderTray, 60_000).unref();
    void probeStatusNotifierWatcher().then((watcher) => {
      trayShown =
        !trayFailed &&
        trayAvailable({
          platform: process.platform,
          desktop: process.env['XDG_CURRENT_DESKTOP'],
          watcher,
        });
    });

    setInterval(
      () => guarded(logger, 'The network check', () => core.sync.setOnline(net.isOnline())),
      15_000,
    ).unref();
    powerMonitor.on('resume', () => core.sync.request(true));
    // The cache opens once the window has loaded (or given up): a crash check of a big cache
    // or a wait for another process's lock never keeps the page from coming up.
    const begin = () => {
      if (begun) return;
      begun = true;
      renderTray();
      guarded(logger, 'Starting sync', () => core.sync.start());
      for (const url of pendingLinks.splice(0)) deliverDeepLink(url);
    };
    mainWindow.webContents.once('did-finish-load', begin);
    mainWindow.webContents.once('did-fail-load', begin);
    setTimeout(begin, 15_000).unref();
  });

  // macOS: a click on the Dock icon with the window hidden brings it back.
  app.on('activate', surface);

  app.on('before-quit', () => {
    quitting = true;
  });
  // Quit waits (a few seconds at most) for the running sync or push to stop and the caches to
  // close, then quits for real; the second will-quit passes.
  let shutdown: 'no' | 'running' | 'done' = 'no';
  app.on('will-quit', (event) => {
    if (shutdown === 'done') return;
    event.preventDefault();
    if (shutdown === 'running') return;
    shutdown = 'running';
    void Promise.allSettled([core.sync.stop({ waitMs: quitWaitMs }), core.auth.close()])
      .then((results) => {
        for (const result of results)
          if (result.status === 'rejected')
            logger.error('Closing before quit failed', result.reason);
      })
      .finally(() => {
        shutdown = 'done';
        app.quit();
      });
  });
  // With no tray to come back from, closing the window quits (see closeAction).
  app.on('window-all-closed', () => {
    if (closeAction(closePreferenceOf(settings), trayShown) === 'quit') app.quit();
  });
}
