import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, ipcMain, net, powerMonitor, session, shell } from 'electron';
import { createAppCore } from '../core/appCore';
import { createSecretStore } from '../core/auth/secretStore';
import { electronSqliteBinding } from '../core/store/openDatabase';
import { trayModel } from '../core/tray/trayModel';
import { createConsoleLogger } from '../core/logger';
import { appEntryUrl } from '../core/security/appOrigin';
import { developmentCsp } from '../core/security/contentSecurityPolicy';
import { registerAppScheme, serveRenderer } from './appProtocol';
import { wireDeepLinks } from './deepLinks';
import { runHeadlessSync } from './headlessSync';
import { createRegistrar } from './ipc/register';
import { logFileWriter } from './logFile';
import { applyWebContentsPolicy } from './webContentsPolicy';
import { createPreferences } from './preferences';
import { safeStorageCipher } from './safeStorageCipher';
import { createTray } from './tray';
import { mainWindowOptions } from './windowOptions';

declare const __ROADBOOK_CLIENT_ID__: string;

const here = path.dirname(fileURLToPath(import.meta.url));
const devServerUrl = app.isPackaged ? undefined : process.env['ELECTRON_RENDERER_URL'];

if (process.argv.includes('--sync')) {
  void runHeadlessSync();
} else if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.enableSandbox();
  registerAppScheme();
  start();
}

function start(): void {
  const logger = createConsoleLogger(logFileWriter(app.getPath('logs')));
  const dataDir = app.getPath('userData');
  const development = !app.isPackaged;
  const core = createAppCore({
    info: { name: 'Roadbook', version: app.getVersion(), platform: 'electron' },
    openExternal: (url) => shell.openExternal(url),
    logger,
    settings: createPreferences(),
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
    loopbackPort:
      process.env['APPIMAGE'] || process.env['PORTABLE_EXECUTABLE_DIR'] ? 1717 : undefined,
    nativeBinding: electronSqliteBinding(app.getAppPath(), process.versions.electron),
  });
  let quitting = false;
  let mainWindow: BrowserWindow | undefined;
  const pendingLinks: string[] = [];

  const deliverDeepLink = (url: string) => {
    if (!app.isReady()) {
      pendingLinks.push(url);
      return;
    }
    mainWindow?.show();
    mainWindow?.focus();
    void core.handleDeepLink(url);
  };
  wireDeepLinks(app, deliverDeepLink);

  app.on('web-contents-created', (_event, contents) =>
    applyWebContentsPolicy(contents, devServerUrl),
  );

  core.events.subscribe((event, payload) => {
    for (const window of BrowserWindow.getAllWindows()) window.webContents.send(event, payload);
  });

  void app.whenReady().then(() => {
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

    mainWindow = new BrowserWindow(mainWindowOptions(path.join(here, '../preload/index.cjs')));
    mainWindow.once('ready-to-show', () => mainWindow?.show());
    // Closing the window keeps Roadbook syncing in the tray; Quit is in the tray menu.
    mainWindow.on('close', (event) => {
      if (quitting) return;
      event.preventDefault();
      mainWindow?.hide();
    });
    const tray = createTray(path.join(app.getAppPath(), 'resources', 'tray'), {
      'sync-now': () => void core.sync.syncNow(),
      pause: () => core.sync.pause(),
      resume: () => void core.sync.resume(),
      open: () => {
        mainWindow?.show();
        mainWindow?.focus();
      },
      quit: () => {
        quitting = true;
        app.quit();
      },
    });
    const renderTray = () =>
      tray.render(trayModel(core.sync.status(), Date.now(), app.getLocale()));
    core.events.subscribe((event) => {
      if (event === 'sync.status') renderTray();
    });
    setInterval(renderTray, 60_000).unref();
    renderTray();
    setInterval(() => core.sync.setOnline(net.isOnline()), 15_000).unref();
    powerMonitor.on('resume', () => void core.sync.syncNow());
    core.sync.start();
    void mainWindow.loadURL(devServerUrl ?? appEntryUrl);
    for (const url of pendingLinks.splice(0)) deliverDeepLink(url);
  });

  app.on('before-quit', () => {
    quitting = true;
  });
  app.on('will-quit', () => {
    void core.auth.close();
    void core.sync.stop();
  });

  // Roadbook lives in the tray: closing its window does not quit it.
  app.on('window-all-closed', () => undefined);
}
