import {
  themePreference,
  type Appearance,
  type ThemePreference,
} from '../../shared/ipc/appearance';
import type { SettingsStore } from '../settings/settingsStore';
import type { HandlerTable } from './handlerTable';

const themeKey = 'window.theme';

/** The rep's light or dark choice; a value another build saved that no longer parses is "system". */
export function appearanceOf(settings: SettingsStore): Appearance {
  const parsed = themePreference.safeParse(settings.get(themeKey));
  return { theme: parsed.success ? parsed.data : 'system' };
}

/** `applied` hears each saved choice (Electron main: the window's own frame and menus). */
export function appearanceHandlers(
  settings: SettingsStore,
  applied?: (theme: ThemePreference) => void,
): Pick<HandlerTable, 'app.appearance' | 'app.setAppearance'> {
  return {
    'app.appearance': () => appearanceOf(settings),
    'app.setAppearance': ({ theme }) => {
      settings.set(themeKey, theme);
      const saved = appearanceOf(settings);
      applied?.(saved.theme);
      return saved;
    },
  };
}
