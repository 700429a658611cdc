import { fork } from 'node:child_process';
import os from 'node:os';
import type { SyncProcess, SyncProcessEvents } from './syncWorkerClient';
import type { FromWorker } from './workerProtocol';

/**
 * The sync process as a forked Node (tests, the browser test bed, the bench): what Electron's
 * utilityProcess is to the app, with the same entry (syncProcess.ts) and messages cloned the
 * same way (structured clone). `execArgv` is what Node needs to load it (tsx for source).
 */
export function forkedSyncProcess(entryFile: string, execArgv: string[] = []) {
  return (args: string[], events: SyncProcessEvents): SyncProcess => {
    const child = fork(entryFile, args, { execArgv, serialization: 'advanced', stdio: 'inherit' });
    child.on('message', (message) => events.message(message as FromWorker));
    let ended = false;
    const end = (code: number) => {
      if (ended) return;
      ended = true;
      events.exit(code);
    };
    // 'close', not 'exit': it comes once the channel is drained, after the last message.
    // Killed by a signal: the shell's convention, 128 + its number.
    child.on('close', (code, signal) =>
      end(code ?? 128 + (signal ? os.constants.signals[signal] : 0)),
    );
    child.on('error', () => {
      // It never started (no 'close' follows); otherwise a message to a process that is ending
      // is lost with it, and its end is what the run hears.
      if (child.pid === undefined) end(1);
    });
    return {
      send: (message) => {
        if (child.connected) child.send(message);
      },
      kill: () => child.kill(),
      hold: (held) => {
        const handles = [child, child.channel];
        for (const handle of handles)
          if (held) handle?.ref();
          else handle?.unref();
      },
    };
  };
}
