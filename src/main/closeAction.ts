import { execFile } from 'node:child_process';
import type { ClosePreference } from '../shared/ipc/desktop';

export type CloseAction = 'hide' | 'quit';

/**
 * Whether this desktop shows tray icons. Electron's Linux tray is a StatusNotifierItem: it shows
 * where a StatusNotifierWatcher owns its D-Bus name (KDE, Ubuntu's GNOME, GNOME with the
 * AppIndicator extension, most panels), and falls back to an XEmbed icon that every desktop but
 * GNOME still shows. So plain GNOME without the extension is the one with nowhere to click.
 * Windows and macOS always have one. `null`: Linux, and the bus could not be asked.
 */
export function trayAvailable(facts: {
  platform: NodeJS.Platform;
  desktop: string | undefined;
  watcher: boolean | null;
}): boolean {
  if (facts.platform !== 'linux' || facts.watcher) return true;
  const desktops = (facts.desktop ?? '').toLowerCase().split(':');
  return !desktops.includes('gnome');
}

/** Closing the window hides it where the tray can bring it back; otherwise it quits. */
export function closeAction(preference: ClosePreference, tray: boolean): CloseAction {
  if (preference === 'auto') return tray ? 'hide' : 'quit';
  return preference === 'tray' ? 'hide' : 'quit';
}

/** Asks the session bus whether a StatusNotifierWatcher is there; null when it cannot tell. */
export function probeStatusNotifierWatcher(): Promise<boolean | null> {
  if (process.platform !== 'linux') return Promise.resolve(null);
  return new Promise((resolve) => {
    execFile(
      'gdbus',
      [
        'call',
        '--session',
        '--dest',
        'org.freedesktop.DBus',
        '--object-path',
        '/org/freedesktop/DBus',
        '--method',
        'org.freedesktop.DBus.NameHasOwner',
        'org.kde.StatusNotifierWatcher',
      ],
      { timeout: 2000 },
      (error, stdout) => resolve(error ? null : /true/.test(stdout)),
    );
  });
}
