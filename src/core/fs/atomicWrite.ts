import fs from 'node:fs/promises';
import path from 'node:path';

/**
 * Writes a file so that a crash leaves either the old or the new content. `mode` is for a new
 * file, less the process's umask: a file the rep saves somewhere gets what any app's would.
 */
export async function writeFileAtomic(
  file: string,
  content: string | Buffer,
  mode = 0o666,
): Promise<void> {
  const temp = `${file}.${process.pid}.${Date.now()}.tmp`;
  const handle = await fs.open(temp, 'w', mode);
  try {
    await handle.writeFile(content);
    await handle.sync();
  } finally {
    await handle.close();
  }
  await fs.rename(temp, file);
}

/** The same for a secret: the file readable by us only, in a folder only we may open. */
export async function writePrivateFile(file: string, content: string | Buffer): Promise<void> {
  await fs.mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
  // A folder made by an older Roadbook (or by hand) may be 0755: the file names say whose it is.
  await fs.chmod(path.dirname(file), 0o700);
  await writeFileAtomic(file, content, 0o600);
}
