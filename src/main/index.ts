import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, ipcMain, session, shell } from 'electron';
import { createAppCore } from '../core/appCore';
import { createConsoleLogger } from '../core/logger';
import { appEntryUrl } from '../core/security/appOrigin';
import { developmentCsp } from '../core/security/contentSecurityPolicy';
import { registerAppScheme, serveRenderer } from './appProtocol';
import { wireDeepLinks } from './deepLinks';
import { createRegistrar } from './ipc/register';
import { logFileWriter } from './logFile';
import { applyWebContentsPolicy } from './webContentsPolicy';
import { mainWindowOptions } from './windowOptions';

const here = path.dirname(fileURLToPath(import.meta.url));
const devServerUrl = app.isPackaged ? undefined : process.env['ELECTRON_RENDERER_URL'];

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.enableSandbox();
  registerAppScheme();
  start();
}

function start(): void {
  const logger = createConsoleLogger(logFileWriter(app.getPath('logs')));
  const core = createAppCore({
    info: { name: 'Roadbook', version: app.getVersion(), platform: 'electron' },
    openExternal: (url) => shell.openExternal(url),
    logger,
  });
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
    void mainWindow.loadURL(devServerUrl ?? appEntryUrl);
    for (const url of pendingLinks.splice(0)) deliverDeepLink(url);
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}
