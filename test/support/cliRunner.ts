import { spawn } from 'node:child_process';
import type { Harness } from './syncHarness';

export const cli = ['--import', 'tsx', 'src/core/cli/syncCli.ts'];

/** Async, because the fake org answering the CLI runs in this process. */
export function runCli(
  args: string[],
  options: { env?: NodeJS.ProcessEnv; input?: string } = {},
): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [...cli, ...args], {
      env: { ...process.env, ...options.env },
    });
    child.stdin.end(options.input ?? '');
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

export const connectionArgs = (h: Harness) => [
  '--instance-url',
  h.fake.url,
  '--access-token',
  h.conn.accessToken!,
  '--db',
  h.file,
];
