import type { ThemePreference } from '../../../shared/ipc/appearance';
import { themePreference } from '../../../shared/ipc/appearance';
import { api } from '../api';

// The core keeps the choice; this copy only lets the first paint use it before main answers.
const firstPaintKey = 'roadbook.theme';

/** Light and dark come from CSS custom properties keyed on the root's data-theme. */
export function applyTheme(theme: ThemePreference): void {
  if (theme === 'system') delete document.documentElement.dataset['theme'];
  else document.documentElement.dataset['theme'] = theme;
  localStorage.setItem(firstPaintKey, theme);
}

export function applyLastTheme(): void {
  const parsed = themePreference.safeParse(localStorage.getItem(firstPaintKey));
  if (parsed.success) applyTheme(parsed.data);
}

/** Takes the theme main remembers (it outlives this window's storage). */
export async function loadTheme(): Promise<void> {
  const result = await api().app.appearance({});
  if (result.ok) applyTheme(result.value.theme);
}
