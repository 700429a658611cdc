import { app, dialog, type BrowserWindow } from 'electron';
import path from 'node:path';
import { writeFileAtomic } from '../core/fs/atomicWrite';
import { saveFailure } from '../core/fs/saveFailure';
import { IpcError } from '../shared/ipc/result';

/** The save dialog, over the window when there is one, starting in Downloads; false on Cancel. */
export async function saveWithDialog(
  window: BrowserWindow | undefined,
  suggestedName: string,
  contents: string,
): Promise<boolean> {
  const options = {
    defaultPath: path.join(app.getPath('downloads'), suggestedName),
    filters: [{ name: 'CSV', extensions: ['csv'] }],
  };
  const chosen =
    window && !window.isDestroyed()
      ? await dialog.showSaveDialog(window, options)
      : await dialog.showSaveDialog(options);
  if (chosen.canceled || !chosen.filePath) return false;
  try {
    await writeFileAtomic(chosen.filePath, contents);
  } catch (error) {
    throw new IpcError('NOT_ALLOWED', saveFailure(path.basename(chosen.filePath), error));
  }
  return true;
}
