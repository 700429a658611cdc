import {
  closePreference,
  noSelfUpdate,
  type ClosePreference,
  type DesktopSettings,
  type UpdateCheck,
} from '../../shared/ipc/desktop';
import type { SettingsStore } from '../settings/settingsStore';
import type { HandlerTable } from './handlerTable';

/** What the desktop shell (Electron main) tells the core about itself; absent in the test bed. */
export type DesktopShell = {
  trayAvailable(): boolean | null;
  updatesConfigured: boolean;
  checkForUpdates(): Promise<UpdateCheck>;
};

const closePreferenceKey = 'window.closeAction';

/** The rep's choice for the close button; a value another build saved that no longer parses is "auto". */
export function closePreferenceOf(settings: SettingsStore): ClosePreference {
  const parsed = closePreference.safeParse(settings.get(closePreferenceKey));
  return parsed.success ? parsed.data : 'auto';
}

const noUpdates: UpdateCheck = {
  state: 'off',
  version: null,
  message: noSelfUpdate,
};

export function desktopHandlers(
  settings: SettingsStore,
  shell: DesktopShell | undefined,
): Pick<HandlerTable, 'app.desktop' | 'app.configureDesktop' | 'app.checkForUpdates'> {
  const current = (): DesktopSettings => ({
    closeAction: closePreferenceOf(settings),
    trayAvailable: shell ? shell.trayAvailable() : null,
    updates: shell?.updatesConfigured ?? false,
  });
  return {
    'app.desktop': current,
    'app.configureDesktop': ({ closeAction }) => {
      settings.set(closePreferenceKey, closeAction);
      return current();
    },
    'app.checkForUpdates': () => (shell?.updatesConfigured ? shell.checkForUpdates() : noUpdates),
  };
}
