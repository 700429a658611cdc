// The test's side of the boot test: starts the built main process under Node with the stand-in,
// asks it what a rep would see, and waits for it to get there.
import { fork, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sqliteBindingPath } from '../../../src/main/appFiles';
import type { AppState, DriverRequest } from './driver';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const builtMain = path.join(repoRoot, 'out', 'main', 'index.js');
const runScript = path.join(path.dirname(fileURLToPath(import.meta.url)), 'run.ts');

export type LaunchOptions = {
  /** Electron's appData: the app's data lives in <appData>/Roadbook. */
  appData: string;
  /** The folder app.getAppPath() answers (package.json, resources, .electron-native). */
  appPath: string;
  args?: string[];
  env?: Record<string, string>;
};

export type LaunchedApp = {
  request<T = unknown>(request: DriverRequest): Promise<T>;
  state(): Promise<AppState>;
  /** A contract call made by the page, through the preload, ipcRenderer and main's registrar. */
  call<T = unknown>(
    channel: string,
    input?: unknown,
  ): Promise<{ ok: boolean; value?: T; code?: string; message?: string }>;
  waitFor<T>(
    what: string,
    probe: (state: AppState) => T | undefined | false,
    timeoutMs?: number,
  ): Promise<T>;
  exited: Promise<number | null>;
  /** stdout and stderr as they came. */
  output(): string;
  stdout(): string;
  /** What main sends the page (sync status, auth changes), as it sends it. */
  onPush(listener: (channel: string, payload: unknown) => void): () => void;
  kill(): void;
  /** The app's process id. */
  pid: number | undefined;
};

export function launchApp(options: LaunchOptions): LaunchedApp {
  if (!fs.existsSync(builtMain))
    throw new Error(`No built main process at ${builtMain}: run "npm run build" first.`);
  const child: ChildProcess = fork(runScript, [builtMain, ...(options.args ?? [])], {
    cwd: options.appPath,
    execArgv: ['--import', 'tsx'],
    env: {
      ...process.env,
      STANDIN_APPDATA: options.appData,
      ELECTRON_RENDERER_URL: '',
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  let output = '';
  let stdout = '';
  child.stdout?.on('data', (chunk) => {
    output += String(chunk);
    stdout += String(chunk);
  });
  child.stderr?.on('data', (chunk) => (output += String(chunk)));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  let next = 0;
  const waiting = new Map<number, { resolve(v: unknown): void; reject(e: Error): void }>();
  const pushListeners = new Set<(channel: string, payload: unknown) => void>();
  type Message = { id: number; ok: boolean; value?: unknown; error?: string };
  type Push = { push: { channel: string; payload: unknown } };
  child.on('message', (message: Message | Push) => {
    if ('push' in message) {
      for (const listener of pushListeners) listener(message.push.channel, message.push.payload);
      return;
    }
    const entry = waiting.get(message.id);
    waiting.delete(message.id);
    if (message.ok) entry?.resolve(message.value);
    else entry?.reject(new Error(message.error));
  });
  void exited.then(() => {
    for (const entry of waiting.values()) entry.reject(new Error(`the app exited:\n${output}`));
    waiting.clear();
  });

  const request = <T>(body: DriverRequest) =>
    new Promise<T>((resolve, reject) => {
      if (child.exitCode !== null || !child.connected) {
        reject(new Error(`the app is not running:\n${output}`));
        return;
      }
      const id = next++;
      waiting.set(id, { resolve: resolve as (v: unknown) => void, reject });
      child.send({ id, request: body });
    });
  const state = () => request<AppState>({ op: 'state' });

  async function waitFor<T>(
    what: string,
    probe: (s: AppState) => T | undefined | false,
    timeoutMs = 60_000,
  ) {
    const deadline = Date.now() + timeoutMs;
    let last: AppState | undefined;
    while (Date.now() < deadline) {
      last = await state();
      const found = probe(last);
      if (found !== undefined && found !== false) return found;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(
      `Timed out waiting for ${what}. Last state: ${JSON.stringify(last, null, 1).slice(0, 4000)}\n${output}`,
    );
  }

  return {
    request,
    state,
    call: (channel, input) => request({ op: 'call', channel, input }),
    waitFor,
    exited,
    output: () => output,
    stdout: () => stdout,
    onPush(listener) {
      pushListeners.add(listener);
      return () => void pushListeners.delete(listener);
    },
    kill: () => child.kill('SIGKILL'),
    pid: child.pid,
  };
}

/**
 * An app folder like the one Electron runs from: package.json, the tray images, and the SQLite
 * engine where the app looks for its Electron build (here Node's build, since Node runs it).
 */
export function makeAppPath(dir: string, options: { withSqlite?: boolean } = {}): string {
  fs.mkdirSync(dir, { recursive: true });
  fs.copyFileSync(path.join(repoRoot, 'package.json'), path.join(dir, 'package.json'));
  fs.symlinkSync(path.join(repoRoot, 'resources'), path.join(dir, 'resources'));
  fs.symlinkSync(path.join(repoRoot, 'node_modules'), path.join(dir, 'node_modules'));
  if (options.withSqlite !== false) {
    const native = path.join(dir, '.electron-native');
    fs.mkdirSync(native);
    fs.copyFileSync(
      path.join(repoRoot, 'node_modules/better-sqlite3/build/Release/better_sqlite3.node'),
      path.join(native, sqliteBindingName()),
    );
  }
  return dir;
}

function sqliteBindingName(): string {
  const electron = JSON.parse(
    fs.readFileSync(path.join(repoRoot, 'node_modules/electron/package.json'), 'utf8'),
  ) as { version: string };
  return path.basename(
    sqliteBindingPath('/', {
      electron: electron.version,
      platform: process.platform,
      arch: process.arch,
    }),
  );
}
