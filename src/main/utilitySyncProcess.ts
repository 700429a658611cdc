import { utilityProcess } from 'electron';
import type { SyncProcess, SyncProcessEvents } from '../core/sync/syncWorkerClient';
import type { FromWorker } from '../core/sync/workerProtocol';

/**
 * The sync process as the app starts it: an Electron utility process running `entryFile` (the
 * built syncProcess.js). Its memory, priority and crashes are its own, not the window's process's,
 * and it ends with the app. Messages are cloned as between Node processes (structured clone).
 */
export function utilitySyncProcess(entryFile: string) {
  return (args: string[], events: SyncProcessEvents): SyncProcess => {
    const child = utilityProcess.fork(entryFile, args, {
      serviceName: 'Roadbook sync',
      stdio: 'inherit',
    });
    child.on('message', (message) => events.message(message as FromWorker));
    child.on('exit', (code) => events.exit(code));
    // A fatal V8 error in it: its exit follows, and the run reports that. Unheard, Electron's
    // 'error' event would throw in this process.
    child.on('error', () => undefined);
    return {
      send: (message) => child.postMessage(message),
      kill: () => void child.kill(),
      // Electron's main process lives until the app quits, whatever it holds.
      hold: () => undefined,
    };
  };
}
