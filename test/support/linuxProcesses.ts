import fs from 'node:fs';

/** A file of a process under Linux's /proc, or undefined once the process is gone. */
export function procFile(pid: number, name: string): string | undefined {
  try {
    return fs.readFileSync(`/proc/${pid}/${name}`, 'utf8');
  } catch {
    return undefined;
  }
}

/** The running processes whose /proc files pass `test` (one that ends meanwhile does not). */
export function processesWhere(test: (pid: number) => boolean): number[] {
  return fs
    .readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .map(Number)
    .filter(test);
}

/** Fields of a process's or thread's `stat` after its name (which may hold spaces): state first. */
export const statFields = (stat: string) => stat.split(') ')[1]!.split(' ');
