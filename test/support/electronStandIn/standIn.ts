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

const env = process.env;
const appRoot = process.cwd();
const packageJson = JSON.parse(fs.readFileSync(path.join(appRoot, 'package.json'), 'utf8')) as {
  version: string;
  productName: string;
};
const packaged = env['STANDIN_PACKAGED'] === '1';
const userData = path.join(
  env['STANDIN_APPDATA'] ?? fail('STANDIN_APPDATA'),
  packageJson.productName,
);

function fail(what: string): never {
  throw new Error(`electron stand-in: ${what} is not set`);
}

let ready = false;
const afterReady = (what: string) => {
  if (!ready) throw new Error(`${what} cannot be used before the app is ready`);
};
const beforeReady = (message: string) => {
  if (ready) throw new Error(message);
};

/** Electron copies every IPC value with the structured clone algorithm; functions do not survive. */
export function cloneForIpc<T>(value: T): T {
  try {
    return structuredClone(value);
  } catch {
    throw new Error('An object could not be cloned.');
  }
}

class PreventableEvent {
  defaultPrevented = false;
  preventDefault() {
    this.defaultPrevented = true;
  }
}

/** What the test can see: the stand-in's record of everything a rep would. */
export const record = {
  protocolClients: [] as string[],
  openedExternally: [] as string[],
  privilegedSchemes: [] as string[],
  sandboxEnabled: false,
  exitCode: undefined as number | undefined,
  log: [] as string[],
};

// ---------------------------------------------------------------- app

type SingleInstance = { server?: net_.Server; lockFile: string; socket: string };
let singleInstance: SingleInstance | undefined;
const pendingExits: Promise<unknown>[] = [];
let quitState: 'running' | 'quitting' | 'exited' = 'running';

class App extends EventEmitter {
  name = packageJson.productName;
  commandLine = { appendSwitch: () => undefined, hasSwitch: () => false };

  isReady = () => ready;
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

function readOr(file: string, fallback: string): string {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return fallback;
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
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
    ready = true;
    app.emit('ready', new PreventableEvent(), {});
    resolveReady();
  });
}

// ---------------------------------------------------------------- IPC

type InvokeListener = (event: unknown, input: unknown) => Promise<unknown>;
const handlers = new Map<string, InvokeListener>();

export const ipcMain = Object.assign(new EventEmitter(), {
  handle(channel: string, listener: InvokeListener) {
    if (handlers.has(channel))
      throw new Error(`Attempted to register a second handler for '${channel}'`);
    handlers.set(channel, listener);
  },
  removeHandler(channel: string) {
    handlers.delete(channel);
  },
});

// ---------------------------------------------------------------- protocol, net, session

type ProtocolHandler = (request: Request) => Promise<Response> | Response;
const protocolHandlers = new Map<string, ProtocolHandler>();

export const protocol = {
  registerSchemesAsPrivileged(schemes: { scheme: string }[]) {
    beforeReady('protocol.registerSchemesAsPrivileged should be called before app is ready');
    record.privilegedSchemes.push(...schemes.map((s) => s.scheme));
  },
  handle(scheme: string, handler: ProtocolHandler) {
    afterReady('protocol.handle');
    if (protocolHandlers.has(scheme)) throw new Error(`Failed to register protocol: ${scheme}`);
    protocolHandlers.set(scheme, handler);
  },
};

/** What Chromium would get for a URL: our app:// handler, or a file. */
export async function fetchInWindow(url: string): Promise<Response> {
  const scheme = new URL(url).protocol.slice(0, -1);
  const handler = protocolHandlers.get(scheme);
  if (handler) return handler(new Request(url));
  return net.fetch(url);
}

// Chromium's file:// loader types a file by its extension.
const mimeTypes: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

export const net = {
  isOnline: () => env['STANDIN_OFFLINE'] !== '1',
  async fetch(url: string): Promise<Response> {
    if (url.startsWith('file:')) {
      try {
        const file = fileURLToPath(url);
        const type = mimeTypes[path.extname(file)] ?? 'application/octet-stream';
        return new Response(fs.readFileSync(file), {
          status: 200,
          headers: { 'Content-Type': type },
        });
      } catch {
        return new Response(null, { status: 404 });
      }
    }
    return fetch(url);
  },
};

const sessionStub = {
  webRequest: { onHeadersReceived: () => undefined },
  setPermissionRequestHandler: () => undefined,
  setPermissionCheckHandler: () => undefined,
};
export const session = { defaultSession: sessionStub };

// ---------------------------------------------------------------- shell, safeStorage

export const shell = {
  async openExternal(url: string) {
    record.openedExternally.push(url);
  },
  openPath: async () => '',
};

/**
 * The keyring: `STANDIN_KEYRING` is the backend Chromium picked (`gnome_libsecret` by default,
 * `basic_text` for a Linux desktop without one). A reversible stand-in cipher, tagged so a
 * plaintext token can never pass for one.
 */
const backend = env['STANDIN_KEYRING'] ?? 'gnome_libsecret';
export const safeStorage = {
  getSelectedStorageBackend() {
    afterReady('safeStorage');
    return backend;
  },
  async isAsyncEncryptionAvailable() {
    afterReady('safeStorage');
    return backend !== 'unavailable';
  },
  async encryptStringAsync(plain: string): Promise<Buffer> {
    afterReady('safeStorage');
    if (backend === 'unavailable') throw new Error('Encryption is not available.');
    return Buffer.concat([Buffer.from('v11'), Buffer.from(plain, 'utf8').map((b) => b ^ 0x5a)]);
  },
  async decryptStringAsync(cipher: Buffer): Promise<{ result: string; shouldReEncrypt: boolean }> {
    afterReady('safeStorage');
    if (backend === 'unavailable') throw new Error('Decryption is not available.');
    if (cipher.subarray(0, 3).toString() !== 'v11')
      throw new Error(
        'Error while decrypting the ciphertext provided to safeStorage.decryptString.',
      );
    return {
      result: Buffer.from(cipher.subarray(3).map((b) => b ^ 0x5a)).toString('utf8'),
      shouldReEncrypt: false,
    };
  },
  isEncryptionAvailable: () => {
    throw new Error('Roadbook uses only the async safeStorage API (the sync one is deprecated).');
  },
};

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
    if (!ready) throw new Error('Cannot create BrowserWindow before app is ready');
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

// ---------------------------------------------------------------- tray, menu, images

type MenuItemOptions = { label?: string; enabled?: boolean; type?: string; click?: () => void };

export class Menu {
  constructor(readonly items: MenuItemOptions[] = []) {}
  static buildFromTemplate = (items: MenuItemOptions[]) => new Menu(items.map((i) => ({ ...i })));
  static setApplicationMenu = () => undefined;
}

type NativeImageStandIn = { file: string; isEmpty(): boolean };
export const nativeImage = {
  // Electron returns an empty image for a missing file rather than throwing.
  createFromPath: (file: string): NativeImageStandIn => ({
    file,
    isEmpty: () => !fs.existsSync(file),
  }),
  createEmpty: (): NativeImageStandIn => ({ file: '', isEmpty: () => true }),
};

export class Tray extends EventEmitter {
  static all: Tray[] = [];
  image: NativeImageStandIn;
  tooltip = '';
  menu: Menu | undefined;
  destroyed = false;
  constructor(image: NativeImageStandIn) {
    super();
    afterReady('Tray');
    this.image = image;
    Tray.all.push(this);
  }
  setImage(image: NativeImageStandIn) {
    this.image = image;
  }
  setToolTip(text: string) {
    this.tooltip = text;
  }
  setContextMenu(menu: Menu) {
    this.menu = menu;
  }
  destroy() {
    this.destroyed = true;
  }
  isDestroyed = () => this.destroyed;
}

export const powerMonitor = new EventEmitter();
export const dialog = {
  showMessageBox: async () => ({ response: 0 }),
  showSaveDialog: async () => ({ canceled: true }),
};
export const autoUpdater = new EventEmitter();
export const contextBridge = undefined;
export const ipcRenderer = undefined;

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
  dialog,
  autoUpdater,
};
