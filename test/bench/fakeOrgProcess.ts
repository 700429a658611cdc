import { spawn } from 'node:child_process';
import readline from 'node:readline';

/** The fake org in its own process, as Salesforce would be: its work is not the bench's. */
export async function startFakeOrgProcess(
  dataset: string,
  extraArgs: string[] = [],
): Promise<{ url: string; clientId: string; stop(): void }> {
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
    if (url && clientId) return { url, clientId, stop: () => child.kill('SIGTERM') };
  }
  throw new Error('the fake org did not start');
}
