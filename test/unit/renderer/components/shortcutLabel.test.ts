import { describe, expect, it } from 'vitest';
import { searchShortcutLabel } from '../../../../src/renderer/src/components/shortcutLabel';

describe('searchShortcutLabel', () => {
  it.each([
    { platform: 'MacIntel', label: '⌘K' },
    { platform: 'macOS', label: '⌘K' },
    { platform: 'Win32', label: 'Ctrl+K' },
    { platform: 'Linux x86_64', label: 'Ctrl+K' },
    { platform: '', label: 'Ctrl+K' },
  ])('$platform → $label', ({ platform, label }) => {
    expect(searchShortcutLabel(platform)).toBe(label);
  });
});
