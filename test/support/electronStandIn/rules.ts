// The rules and facts every part of the stand-in shares: the app folder, whether `ready` has
// come, Electron's before/after-ready errors, its IPC copy and its preventable events.
import fs from 'node:fs';
import path from 'node:path';

export const env = process.env;
export const appRoot = process.cwd();
export const packageJson = JSON.parse(
  fs.readFileSync(path.join(appRoot, 'package.json'), 'utf8'),
) as {
  version: string;
  productName: string;
};
export const packaged = env['STANDIN_PACKAGED'] === '1';
export const userData = path.join(
  env['STANDIN_APPDATA'] ?? fail('STANDIN_APPDATA'),
  packageJson.productName,
);

function fail(what: string): never {
  throw new Error(`electron stand-in: ${what} is not set`);
}

let ready = false;
/** Electron's `ready`: from here on, after-ready APIs work and before-ready ones throw. */
export const markReady = () => {
  ready = true;
};
export const isReady = () => ready;
export const afterReady = (what: string) => {
  if (!ready) throw new Error(`${what} cannot be used before the app is ready`);
};
export const beforeReady = (message: string) => {
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

export class PreventableEvent {
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
  /** nativeTheme.themeSource: what the window's frame and menus follow. */
  themeSource: 'system' as string,
  exitCode: undefined as number | undefined,
  /** Each utility process the app started: its name, entry file and process id. */
  utilityProcesses: [] as Array<{ serviceName: string; entry: string; pid?: number }>,
  log: [] as string[],
};
