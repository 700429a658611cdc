import path from 'node:path';

/** A connection's cache in the data folder: `<orgId>-<userId>.sqlite`. */
export const cacheFileOf = (dataDir: string, key: string) => path.join(dataDir, `${key}.sqlite`);

/** The cache's own files by name: the database and SQLite's -wal and -shm beside it. */
export const isCacheFileOf = (key: string, fileName: string) =>
  fileName.startsWith(`${key}.sqlite`);
