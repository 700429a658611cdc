import { describe, expect, it } from 'vitest';
import { appearanceHandlers } from '../../../../src/core/ipc/appearanceHandlers';
import { createMemorySettings } from '../../../../src/core/settings/settingsStore';

describe('the theme choice', () => {
  it('is kept in the settings, and a value another build saved reads as system', () => {
    const settings = createMemorySettings({ 'window.theme': 'sepia' });
    const handlers = appearanceHandlers(settings);
    expect(handlers['app.appearance']({})).toEqual({ theme: 'system' });
    expect(handlers['app.setAppearance']({ theme: 'dark' })).toEqual({ theme: 'dark' });
    expect(appearanceHandlers(settings)['app.appearance']({})).toEqual({ theme: 'dark' });
  });

  it('tells main each saved choice, so the title bar follows', () => {
    const applied: string[] = [];
    const handlers = appearanceHandlers(createMemorySettings(), (theme) => applied.push(theme));
    void handlers['app.setAppearance']({ theme: 'dark' });
    void handlers['app.setAppearance']({ theme: 'system' });
    expect(applied).toEqual(['dark', 'system']);
  });
});
