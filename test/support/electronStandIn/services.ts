// The stand-in's services that need no window: IPC registration, protocols and net, the
// shell, the keyring, the tray and its menu.
import { EventEmitter } from 'node:events';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterReady, beforeReady, env, record } from './rules';

// ---------------------------------------------------------------- IPC

type InvokeListener = (event: unknown, input: unknown) => Promise<unknown>;
export const handlers = new Map<string, InvokeListener>();

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

export const sessionStub = {
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

const themeSources = ['system', 'light', 'dark'];
/** Electron refuses a theme source it does not know; the frame follows the one it was given. */
class NativeTheme extends EventEmitter {
  get themeSource(): string {
    return record.themeSource;
  }
  set themeSource(source: string) {
    if (!themeSources.includes(source))
      throw new TypeError(`Invalid themeSource: expected one of ${themeSources.join(', ')}`);
    record.themeSource = source;
    this.emit('updated');
  }
  get shouldUseDarkColors(): boolean {
    return record.themeSource === 'dark';
  }
}
export const nativeTheme = new NativeTheme();
export const dialog = {
  showMessageBox: async () => ({ response: 0 }),
  /** The rep picks `STANDIN_SAVE_TO` in the save dialog, or cancels when the test set none. */
  showSaveDialog: async () =>
    env['STANDIN_SAVE_TO']
      ? { canceled: false, filePath: env['STANDIN_SAVE_TO'] }
      : { canceled: true },
};
export const autoUpdater = new EventEmitter();
export const contextBridge = undefined;
export const ipcRenderer = undefined;
