import { EventEmitter } from 'node:events';
import type { App } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { wireDeepLinks } from '../../../src/main/deepLinks';

function fakeApp() {
  const app = Object.assign(new EventEmitter(), {
    setAsDefaultProtocolClient: vi.fn((_scheme: string) => true),
  });
  return app;
}

describe('deep-link wiring', () => {
  it('registers the roadbook scheme and delivers links from every OS route', () => {
    const app = fakeApp();
    const delivered: string[] = [];
    const surface = vi.fn();
    wireDeepLinks(app as unknown as App, (url) => delivered.push(url), surface);
    expect(app.setAsDefaultProtocolClient.mock.calls[0]?.[0]).toBe('roadbook');

    const openUrl = { preventDefault: vi.fn() };
    app.emit('open-url', openUrl, 'roadbook://oauth/callback?code=1&state=2');
    expect(openUrl.preventDefault).toHaveBeenCalled();

    app.emit('second-instance', {}, [
      '/opt/Roadbook/roadbook',
      '--allow-file-access-from-files',
      'roadbook://oauth/callback?code=3&state=4',
    ]);
    expect(surface).not.toHaveBeenCalled();
    // Launched again from the menu while it sits in the tray: the window comes back.
    app.emit('second-instance', {}, ['/opt/Roadbook/roadbook']);
    expect(surface).toHaveBeenCalledTimes(1);
    expect(delivered).toEqual([
      'roadbook://oauth/callback?code=1&state=2',
      'roadbook://oauth/callback?code=3&state=4',
    ]);
  });

  it('delivers the link a cold start was launched with', () => {
    const saved = process.argv;
    process.argv = ['/opt/Roadbook/roadbook', 'roadbook://oauth/callback?code=5&state=6'];
    try {
      const delivered: string[] = [];
      wireDeepLinks(
        fakeApp() as unknown as App,
        (url) => delivered.push(url),
        () => undefined,
      );
      expect(delivered).toEqual(['roadbook://oauth/callback?code=5&state=6']);
    } finally {
      process.argv = saved;
    }
  });
});
