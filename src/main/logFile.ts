import fs from 'node:fs';
import path from 'node:path';

/** Appends log lines to <logs>/roadbook.log; logging must never crash the app. */
export function logFileWriter(logsDir: string): (line: string) => void {
  fs.mkdirSync(logsDir, { recursive: true });
  const file = path.join(logsDir, 'roadbook.log');
  return (line) => {
    try {
      fs.appendFileSync(file, `${line}\n`, { mode: 0o600 });
    } catch {
      // The disk is full or the folder vanished; there is nowhere left to report it.
    }
  };
}
