export type Logger = {
  info(message: string): void;
  warn(message: string): void;
  error(message: string, error?: unknown): void;
};

/** Strips control characters so a hostile value cannot forge log lines (CWE-117). */
export function sanitiseForLog(value: string): string {
  // eslint-disable-next-line no-control-regex
  return value.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, '?').slice(0, 500);
}

export function createConsoleLogger(
  write: (line: string) => void = (l) => console.error(l),
): Logger {
  const line = (level: string, message: string) =>
    write(`${new Date().toISOString()} ${level} ${sanitiseForLog(message)}`);
  return {
    info: (message) => line('INFO', message),
    warn: (message) => line('WARN', message),
    error: (message, error) =>
      line('ERROR', error instanceof Error ? `${message}: ${error.message}` : message),
  };
}
