import { describe, expect, it, vi } from 'vitest';
import { closePreferenceOf, desktopHandlers } from '../../../../src/core/ipc/desktopHandlers';
import { createMemorySettings } from '../../../../src/core/settings/settingsStore';

describe('the desktop settings', () => {
  it('keeps the close choice, and reads an unknown saved value as auto', () => {
    const settings = createMemorySettings({ 'window.closeAction': 'minimise' });
    expect(closePreferenceOf(settings)).toBe('auto');
    const handlers = desktopHandlers(settings, undefined);
    expect(handlers['app.configureDesktop']({ closeAction: 'quit' })).toEqual({
      closeAction: 'quit',
      trayAvailable: null,
      updates: false,
    });
    expect(closePreferenceOf(settings)).toBe('quit');
  });

  it('asks the shell for updates only where the build has a feed', async () => {
    const check = vi.fn(async () => ({
      state: 'up-to-date' as const,
      version: '0.1.0',
      message: 'Roadbook 0.1.0 is the newest version.',
    }));
    const without = desktopHandlers(createMemorySettings(), {
      trayAvailable: () => true,
      updatesConfigured: false,
      checkForUpdates: check,
    });
    expect(await without['app.checkForUpdates']({})).toMatchObject({ state: 'off' });
    expect(check).not.toHaveBeenCalled();
    const withFeed = desktopHandlers(createMemorySettings(), {
      trayAvailable: () => false,
      updatesConfigured: true,
      checkForUpdates: check,
    });
    expect(await withFeed['app.checkForUpdates']({})).toMatchObject({ state: 'up-to-date' });
    expect(withFeed['app.desktop']({})).toEqual({
      closeAction: 'auto',
      trayAvailable: false,
      updates: true,
    });
  });
});
