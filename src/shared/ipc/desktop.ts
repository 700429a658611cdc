import { z } from 'zod';

/** What closing the window does: the tray where there is one (auto), always the tray, or quit. */
export const closePreference = z.enum(['auto', 'tray', 'quit']);
export type ClosePreference = z.infer<typeof closePreference>;

export const desktopSettings = z.object({
  closeAction: closePreference,
  /** Whether this desktop shows tray icons; null where the app cannot tell (or no tray at all). */
  trayAvailable: z.boolean().nullable(),
  /** Whether this build has an update feed (installed releases that publish one). */
  updates: z.boolean(),
});
export type DesktopSettings = z.infer<typeof desktopSettings>;

export const updateCheck = z.object({
  state: z.enum(['off', 'up-to-date', 'downloading', 'ready', 'failed']),
  version: z.string().nullable(),
  message: z.string(),
});
export type UpdateCheck = z.infer<typeof updateCheck>;

/** Where a build has no feed, or its install type updates another way. */
export const noSelfUpdate =
  'This copy of Roadbook does not update itself: a new version comes as a new installer.';
