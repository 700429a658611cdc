import { describe, expect, it } from 'vitest';
import { closeAction, trayAvailable } from '../../../src/main/closeAction';
import type { ClosePreference } from '../../../src/shared/ipc/desktop';

describe('whether the desktop shows tray icons', () => {
  it.each([
    ['linux', 'GNOME', false, false],
    ['linux', 'GNOME', null, false],
    ['linux', 'GNOME', true, true],
    ['linux', 'ubuntu:GNOME', true, true],
    ['linux', 'KDE', false, true],
    ['linux', 'XFCE', null, true],
    ['linux', undefined, null, true],
    ['darwin', undefined, null, true],
    ['win32', undefined, null, true],
  ] as const)('%s %s, watcher %s: %s', (platform, desktop, watcher, expected) => {
    expect(trayAvailable({ platform, desktop, watcher })).toBe(expected);
  });
});

describe('what closing the window does', () => {
  it.each([
    ['auto', true, 'hide'],
    ['auto', false, 'quit'],
    ['tray', false, 'hide'],
    ['tray', true, 'hide'],
    ['quit', true, 'quit'],
    ['quit', false, 'quit'],
  ] as [ClosePreference, boolean, string][])(
    '%s with a tray %s: %s',
    (preference, tray, action) => {
      expect(closeAction(preference, tray)).toBe(action);
    },
  );
});
