// Electron's utilityProcess as a forked Node: a child with Node and `process.parentPort`
// (parentPort.mjs, loaded before its entry), messages cloned both ways, `exit` with its code, and
// an end when the app's process ends. As in Electron, only after `ready`.
import { fork, type ChildProcess, type Serializable } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { afterReady, cloneForIpc, record } from './rules';

type ForkOptions = {
  env?: NodeJS.ProcessEnv;
  execArgv?: string[];
  cwd?: string;
  stdio?: 'pipe' | 'ignore' | 'inherit';
  serviceName?: string;
};

const parentPortShim = fileURLToPath(new URL('./parentPort.mjs', import.meta.url));

class UtilityProcess extends EventEmitter {
  pid: number | undefined;
  readonly #child: ChildProcess;

  constructor(modulePath: string, args: string[], options: ForkOptions) {
    super();
    const output = options.stdio ?? 'inherit';
    this.#child = fork(modulePath, args, {
      execArgv: ['--import', parentPortShim, ...(options.execArgv ?? [])],
      serialization: 'advanced',
      stdio: ['ignore', output, output, 'ipc'],
      env: options.env ?? process.env,
      ...(options.cwd ? { cwd: options.cwd } : {}),
    });
    const seen = {
      serviceName: options.serviceName ?? 'Node Utility Process',
      entry: path.basename(modulePath),
    };
    record.utilityProcesses.push(seen);
    this.#child.on('spawn', () => {
      this.pid = this.#child.pid;
      Object.assign(seen, { pid: this.pid });
      this.emit('spawn');
    });
    this.#child.on('message', (message) => this.emit('message', message));
    this.#child.on('error', () => undefined);
    this.#child.on('exit', (code) => {
      this.pid = undefined;
      this.emit('exit', code ?? 1);
    });
  }

  postMessage(message: unknown): void {
    this.#child.send(cloneForIpc(message) as Serializable);
  }

  kill(): boolean {
    return this.#child.kill();
  }
}

export const utilityProcess = {
  fork(modulePath: string, args: string[] = [], options: ForkOptions = {}): UtilityProcess {
    afterReady('utilityProcess');
    return new UtilityProcess(modulePath, args, options);
  },
};
