import { spawn } from 'node:child_process';

/**
 * Runs a bench script in a process of its own, as the app would run that work: the bench's
 * harness is not in its memory or on its thread. Resolves to the JSON its last line prints.
 */
export function runBenchProcess<T>(script: string, args: string[]): Promise<T> {
  const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  return new Promise<T>((resolve, reject) =>
    child.on('exit', (code) =>
      code === 0
        ? resolve(JSON.parse(out.trim().split('\n').at(-1)!) as T)
        : reject(new Error(`${script} exited with ${code}`)),
    ),
  );
}
