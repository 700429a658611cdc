import { nativeTheme } from 'electron';
import type { ThemePreference } from '../shared/ipc/appearance';

/**
 * The window's own title bar, menus and dialogs follow the rep's appearance choice; the page
 * alone cannot reach them ("system" hands them back to the operating system).
 */
export function applyNativeTheme(theme: ThemePreference): void {
  nativeTheme.themeSource = theme;
}
