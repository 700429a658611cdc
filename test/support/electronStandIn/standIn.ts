// A stand-in for the `electron` module, so the built main process and preload run under plain
// Node. It keeps the rules of Electron 45 that Roadbook's main process could break, each with
// Electron's own wording where Electron throws: what may run only before or only after `ready`,
// one handler per IPC channel, structured clone of every IPC value, a sandboxed preload that can
// require nothing but `electron`. What it cannot be (a GPU, a real window), it records, and the
// test drives it through ./driver.ts.
import { EventEmitter } from 'node:events';
import fs from 'node:fs';
import net_ from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import { alive, readOr } from './processFiles';
import {
  appRoot,
  beforeReady,
  cloneForIpc,
  env,
  isReady,
  markReady,
  packageJson,
  packaged,
  PreventableEvent,
  record,
  userData,
} from './rules';
import {
  autoUpdater,
  dialog,
  fetchInWindow,
  handlers,
  ipcMain,
  Menu,
  nativeImage,
  nativeTheme,
  net,
  powerMonitor,
  protocol,
  safeStorage,
  session,
  sessionStub,
  shell,
  Tray,
} from './services';
import { utilityProcess } from './utilityProcess';

export { cloneForIpc, record } from './rules';
export { utilityProcess } from './utilityProcess';
export {
  autoUpdater,
  contextBridge,
  dialog,
  fetchInWindow,
  ipcMain,
  ipcRenderer,
  Menu,
  nativeImage,
  nativeTheme,
  net,
  powerMonitor,
  protocol,
  safeStorage,
  session,
  shell,
  Tray,
} from './services';

// ---------------------------------------------------------------- app

type SingleInstance = { server?: net_.Server; lockFile: string; socket: string };
let singleInstance: SingleInstance | undefined;
const pendingExits: Promise<unknown>[] = [];
let quitState: 'running' | 'quitting' | 'exited' = 'running';

class App extends EventEmitter {
  name = packageJson.productName;
  commandLine = { appendSwitch: () => undefined, hasSwitch: () => false };

  isReady = isReady;
  whenReady = () => readyPromise;
  get isPackaged() {
    return packaged;
  }
  getVersion = () => packageJson.version;
  getName = () => this.name;
  getLocale = () => 'en-US';
  getAppPath = () => appRoot;
  getPath(name: string): string {
    const paths: Record<string, string> = {
      userData,
      appData: path.dirname(userData),
      logs: path.join(userData, 'logs'),
      temp: env['TMPDIR'] ?? '/tmp',
      home: env['HOME'] ?? '/',
      downloads: path.join(env['HOME'] ?? '/', 'Downloads'),
    };
    const found = paths[name];
    if (!found) throw new Error(`Failed to get '${name}' path`);
    return found;
  }
  enableSandbox() {
    beforeReady('app.enableSandbox() can only be called before app is ready');
    record.sandboxEnabled = true;
  }
  setAsDefaultProtocolClient(protocol: string, exe?: string, args?: string[]) {
    record.protocolClients.push([protocol, exe ?? '', ...(args ?? [])].join(' ').trim());
    return true;
  }
  setAppUserModelId = () => undefined;
  focus = () => undefined;
  getLoginItemSettings = () => ({ openAtLogin: false });

  /** A lock file with the holder's pid and a socket that carries a later launch's argv to it. */
  requestSingleInstanceLock(): boolean {
    fs.mkdirSync(userData, { recursive: true });
    const lockFile = path.join(userData, 'SingletonLock');
    const socket = path.join(userData, 'SingletonSocket');
    const holder = Number(readOr(lockFile, ''));
    if (holder && holder !== process.pid && alive(holder)) {
      pendingExits.push(
        new Promise<void>((resolve) => {
          const client = net_.connect(socket, () =>
            client.end(JSON.stringify({ argv: process.argv, cwd: process.cwd() })),
          );
          client.on('close', () => resolve());
          client.on('error', () => resolve());
        }),
      );
      return false;
    }
    fs.writeFileSync(lockFile, String(process.pid));
    fs.rmSync(socket, { force: true });
    const server = net_.createServer((connection) => {
      let text = '';
      connection.on('data', (chunk) => (text += String(chunk)));
      connection.on('end', () => {
        const { argv, cwd } = JSON.parse(text) as { argv: string[]; cwd: string };
        void readyPromise.then(() =>
          this.emit('second-instance', new PreventableEvent(), argv, cwd, {}),
        );
      });
    });
    server.listen(socket);
    server.unref();
    singleInstance = { server, lockFile, socket };
    return true;
  }
  hasSingleInstanceLock = () => singleInstance !== undefined;

  /** Electron's order: before-quit, every window closes (any may refuse), will-quit, quit. */
  quit() {
    if (quitState !== 'running') return;
    const before = new PreventableEvent();
    this.emit('before-quit', before);
    if (before.defaultPrevented) return;
    for (const window of BrowserWindow.getAllWindows()) {
      window.close();
      if (!window.isDestroyed()) return;
    }
    const will = new PreventableEvent();
    this.emit('will-quit', will);
    if (will.defaultPrevented) return;
    quitState = 'quitting';
    this.emit('quit', new PreventableEvent(), 0);
    this.exit(0);
  }
  exit(code = 0) {
    if (quitState === 'exited') return;
    quitState = 'exited';
    record.exitCode = code;
    for (const window of BrowserWindow.getAllWindows()) window.destroy();
    if (singleInstance) {
      singleInstance.server?.close();
      fs.rmSync(singleInstance.lockFile, { force: true });
      fs.rmSync(singleInstance.socket, { force: true });
    }
    void Promise.all(pendingExits).then(() => process.exit(code));
  }
  relaunch = () => undefined;
}

export const app = new App();
// Electron starts `electron .` with defaultApp set; a packaged app has none.
if (!packaged) (process as { defaultApp?: boolean }).defaultApp = true;
(process.versions as Record<string, string>)['electron'] = electronVersion();

function electronVersion(): string {
  const file = fileURLToPath(
    new URL('../../../node_modules/electron/package.json', import.meta.url),
  );
  return (JSON.parse(fs.readFileSync(file, 'utf8')) as { version: string }).version;
}

let resolveReady: () => void = () => undefined;
const readyPromise = new Promise<void>((resolve) => (resolveReady = resolve));

/** Called by run.ts once the main entry has been evaluated. */
export function becomeReady(): void {
  // Electron's process lives until app.quit() or app.exit(), whatever the event loop holds.
  setInterval(() => undefined, 1 << 30);
  setImmediate(() => {
    markReady();
    app.emit('ready', new PreventableEvent(), {});
    resolveReady();
  });
}

// ---------------------------------------------------------------- windows and the preload

type WebPreferences = { preload?: string; sandbox?: boolean; contextIsolation?: boolean };
type WindowOptions = { show?: boolean; title?: string; webPreferences?: WebPreferences };

let rendererTap: ((channel: string, payload: unknown) => void) | undefined;
/** Lets the driver pass what main sends the page on to a real page the test opens. */
export function tapRenderer(tap: (channel: string, payload: unknown) => void): void {
  rendererTap = tap;
}

class WebContents extends EventEmitter {
  static all = new Set<WebContents>();
  url = '';
  session = sessionStub;
  /** What the page's preload exposed with contextBridge, per world key. */
  exposed = new Map<string, unknown>();
  received: { channel: string; payload: unknown }[] = [];
  private rendererListeners = new Map<string, Set<(event: unknown, payload: unknown) => void>>();
  windowOpenHandler: unknown;
  destroyed = false;

  constructor(readonly owner: BrowserWindow) {
    super();
    WebContents.all.add(this);
  }
  setWindowOpenHandler(handler: unknown) {
    this.windowOpenHandler = handler;
  }
  send(channel: string, payload: unknown) {
    if (this.destroyed) throw new Error('Object has been destroyed');
    const copy = cloneForIpc(payload);
    this.received.push({ channel, payload: copy });
    rendererTap?.(channel, copy);
    for (const listener of this.rendererListeners.get(channel) ?? []) listener({}, copy);
  }
  isDestroyed = () => this.destroyed;
  getURL = () => this.url;

  /** The sandboxed renderer's side: `require('electron')` gives contextBridge and ipcRenderer only. */
  runPreload(file: string) {
    const frame = () => ({ url: this.url, parent: null });
    const ipcRenderer = {
      invoke: async (channel: string, input: unknown) => {
        const handler = handlers.get(channel);
        if (!handler) throw new Error(`No handler registered for '${channel}'`);
        return cloneForIpc(
          await handler({ senderFrame: frame(), sender: this }, cloneForIpc(input)),
        );
      },
      on: (channel: string, listener: (event: unknown, payload: unknown) => void) => {
        const set = this.rendererListeners.get(channel) ?? new Set();
        set.add(listener);
        this.rendererListeners.set(channel, set);
        return ipcRenderer;
      },
      removeListener: (channel: string, listener: (event: unknown, payload: unknown) => void) => {
        this.rendererListeners.get(channel)?.delete(listener);
        return ipcRenderer;
      },
    };
    const contextBridge = {
      exposeInMainWorld: (key: string, value: unknown) => {
        if (this.exposed.has(key))
          throw new Error(`Cannot bind an API on top of an existing property on the window object`);
        this.exposed.set(key, value);
      },
    };
    const sandboxedRequire = (name: string) => {
      if (name === 'electron') return { contextBridge, ipcRenderer };
      throw new Error(`module not found: ${name}`);
    };
    const source = fs.readFileSync(file, 'utf8');
    const module = { exports: {} };
    const context = vm.createContext({ console, setTimeout, clearTimeout, Promise });
    const wrapper = vm.runInContext(
      `(function (exports, require, module) {${source}\n})`,
      context,
      { filename: file },
    ) as (exports: unknown, require: unknown, module: unknown) => void;
    wrapper(module.exports, sandboxedRequire, module);
  }
}

export class BrowserWindow extends EventEmitter {
  private static windows: BrowserWindow[] = [];
  static getAllWindows = () => BrowserWindow.windows.filter((w) => !w.isDestroyed());
  static getFocusedWindow = () => BrowserWindow.windows.find((w) => w.focused && !w.isDestroyed());

  readonly webContents: WebContents;
  visible: boolean;
  focused = false;
  destroyed = false;
  loaded: 'no' | 'loading' | 'loaded' | 'failed' = 'no';
  loadError: string | undefined;
  shownCount = 0;

  constructor(readonly options: WindowOptions = {}) {
    super();
    if (!isReady()) throw new Error('Cannot create BrowserWindow before app is ready');
    this.visible = options.show !== false;
    this.webContents = new WebContents(this);
    BrowserWindow.windows.push(this);
    app.emit('web-contents-created', new PreventableEvent(), this.webContents);
    app.emit('browser-window-created', new PreventableEvent(), this);
  }

  async loadURL(url: string): Promise<void> {
    this.loaded = 'loading';
    this.webContents.url = url;
    try {
      const response = await fetchInWindow(url);
      const html = await response.text();
      if (response.status !== 200 || !html.includes('<div id="root">'))
        throw new Error(`ERR_FAILED (${response.status}) loading '${url}'`);
      const preload = this.options.webPreferences?.preload;
      if (preload) this.webContents.runPreload(preload);
      this.loaded = 'loaded';
    } catch (error) {
      this.loaded = 'failed';
      this.loadError = (error as Error).message;
      throw error;
    }
    this.emit('ready-to-show');
    this.webContents.emit('did-finish-load');
  }
  show() {
    this.visible = true;
    this.shownCount += 1;
  }
  hide() {
    this.visible = false;
    this.focused = false;
  }
  focus() {
    this.focused = true;
  }
  restore = () => undefined;
  isMinimized = () => false;
  isVisible = () => this.visible;
  isDestroyed = () => this.destroyed;
  setTitle = () => undefined;
  getBounds = () => ({ x: 0, y: 0, width: 1280, height: 820 });
  /** The rep clicks the window's close button (or app.quit closes it). */
  close() {
    if (this.destroyed) return;
    const event = new PreventableEvent();
    this.emit('close', event);
    if (event.defaultPrevented) return;
    this.destroy();
  }
  destroy() {
    if (this.destroyed) return;
    this.destroyed = true;
    this.visible = false;
    this.webContents.destroyed = true;
    this.emit('closed');
    if (BrowserWindow.getAllWindows().length === 0 && quitState === 'running') {
      if (app.listenerCount('window-all-closed') === 0) app.quit();
      else app.emit('window-all-closed');
    }
  }
}

export default {
  app,
  ipcMain,
  protocol,
  net,
  session,
  shell,
  safeStorage,
  BrowserWindow,
  Menu,
  nativeImage,
  Tray,
  powerMonitor,
  nativeTheme,
  dialog,
  autoUpdater,
  utilityProcess,
};
