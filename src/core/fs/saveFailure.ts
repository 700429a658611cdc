/** Why the file is not there, in the rep's words, with what to do. */
export function saveFailure(name: string, error: unknown): string {
  const code = (error as { code?: string }).code;
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS')
    return `Roadbook may not save ${name} in that folder. Choose another, such as Downloads.`;
  if (code === 'ENOSPC') return `${name} was not saved: the disk is full.`;
  return `${name} was not saved: ${(error as Error).message}`;
}
