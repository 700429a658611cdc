/** "⌘K" on macOS, "Ctrl+K" elsewhere. */
export function searchShortcutLabel(platform = navigator.platform): string {
  return /mac/i.test(platform) ? '⌘K' : 'Ctrl+K';
}
