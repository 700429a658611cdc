import { spawn } from 'node:child_process';
import path from 'node:path';

const lockModule = path.resolve('src/core/store/cacheLock.ts');

/** Another process that takes a cache's lock and keeps it until killed; resolves once it tried. */
export async function holderProcess(file: string) {
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      '--input-type=module',
      '-e',
      `const { tryCacheLock } = await import(${JSON.stringify(lockModule)});
       const lock = tryCacheLock(${JSON.stringify(file)});
       console.log(lock ? 'held' : 'busy');
       setInterval(() => {}, 1000);`,
    ],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const said = await new Promise<string>((resolve) =>
    child.stdout.once('data', (chunk: Buffer) => resolve(chunk.toString().trim())),
  );
  /** As a crash would: the OS ends it, and with it its lock. */
  const kill = async () => {
    child.kill('SIGKILL');
    await exited;
  };
  return { said, kill };
}
