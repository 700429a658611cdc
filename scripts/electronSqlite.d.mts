export function electronSqliteFileName(
  electronVersion: string,
  platform: string,
  arch: string,
): string;

export function buildElectronSqlite(target: {
  electronVersion: string;
  platform: string;
  arch: string;
  outFile: string;
}): boolean;
