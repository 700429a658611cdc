import { themePreference, type Appearance } from '../../shared/ipc/appearance';
import type { SettingsStore } from '../settings/settingsStore';
import type { HandlerTable } from './handlerTable';

const themeKey = 'window.theme';

/** The rep's light or dark choice; a value another build saved that no longer parses is "system". */
function appearanceOf(settings: SettingsStore): Appearance {
  const parsed = themePreference.safeParse(settings.get(themeKey));
  return { theme: parsed.success ? parsed.data : 'system' };
}

export function appearanceHandlers(
  settings: SettingsStore,
): Pick<HandlerTable, 'app.appearance' | 'app.setAppearance'> {
  return {
    'app.appearance': () => appearanceOf(settings),
    'app.setAppearance': ({ theme }) => {
      settings.set(themeKey, theme);
      return appearanceOf(settings);
    },
  };
}
