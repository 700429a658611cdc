import { spawn } from 'node:child_process';
import readline from 'node:readline';
import { procFile, statFields } from '../support/linuxProcesses';

/** Linux's clock ticks per second in /proc (USER_HZ: 100 wherever Linux runs). */
const ticksPerSecond = 100;

/** A process's CPU (user and system) in seconds, from Linux's /proc; undefined elsewhere. */
function cpuSecondsOf(pid: number): number | undefined {
  const stat = procFile(pid, 'stat');
  if (!stat) return undefined;
  const fields = statFields(stat);
  return (Number(fields[11]) + Number(fields[12])) / ticksPerSecond;
}

/** The fake org in its own process, as Salesforce would be: its work is not the bench's. */
export async function startFakeOrgProcess(
  dataset: string,
  extraArgs: string[] = [],
): Promise<{
  url: string;
  clientId: string;
  /** CPU the fake org has used so far, in seconds (Linux only): Salesforce's share of the bench. */
  cpuSeconds(): number | undefined;
  stop(): void;
}> {
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      'test/fake-org/cli.ts',
      '--port',
      '0',
      '--dataset',
      dataset,
      '--auto-approve',
      '--daily-api-limit',
      '10000000',
      ...extraArgs,
    ],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const lines = readline.createInterface({ input: child.stdout });
  let url = '';
  for await (const line of lines) {
    url ||= /listening on (\S+)/.exec(line)?.[1] ?? '';
    const clientId = /consumer key\): (\S+)/.exec(line)?.[1];
    if (url && clientId)
      return {
        url,
        clientId,
        cpuSeconds: () => cpuSecondsOf(child.pid!),
        stop: () => child.kill('SIGTERM'),
      };
  }
  throw new Error('the fake org did not start');
}
