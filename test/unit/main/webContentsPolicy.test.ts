import { EventEmitter } from 'node:events';
import type { WebContents } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { applyWebContentsPolicy } from '../../../src/main/webContentsPolicy';

function fakeContents() {
  const emitter = new EventEmitter();
  let openHandler: (() => { action: string }) | undefined;
  let permissionHandler: ((c: unknown, p: string, cb: (ok: boolean) => void) => void) | undefined;
  let checkHandler: (() => boolean) | undefined;
  const contents = Object.assign(emitter, {
    setWindowOpenHandler: (h: typeof openHandler) => (openHandler = h),
    session: {
      setPermissionRequestHandler: (h: typeof permissionHandler) => (permissionHandler = h),
      setPermissionCheckHandler: (h: typeof checkHandler) => (checkHandler = h),
    },
  });
  applyWebContentsPolicy(contents as unknown as WebContents);
  const navigate = (name: string, url: string) => {
    const event = { url, preventDefault: vi.fn() };
    emitter.emit(name, event, url);
    return event.preventDefault.mock.calls.length > 0;
  };
  return { emitter, navigate, openHandler, permissionHandler, checkHandler };
}

describe('webContents policy', () => {
  it.each(['will-navigate', 'will-redirect', 'will-frame-navigate'])(
    '%s away from the app is blocked, within the app allowed',
    (name) => {
      const { navigate } = fakeContents();
      expect(navigate(name, 'https://evil.example/')).toBe(true);
      expect(navigate(name, 'file:///etc/passwd')).toBe(true);
      expect(navigate(name, 'javascript:alert(1)')).toBe(true);
      expect(navigate(name, 'app://roadbook/index.html#leads')).toBe(false);
    },
  );

  it('denies new windows, webviews and every permission', () => {
    const { emitter, openHandler, permissionHandler, checkHandler } = fakeContents();
    expect(openHandler?.()).toEqual({ action: 'deny' });
    const webview = { preventDefault: vi.fn() };
    emitter.emit('will-attach-webview', webview);
    expect(webview.preventDefault).toHaveBeenCalled();
    const answers: boolean[] = [];
    for (const p of ['media', 'geolocation', 'notifications', 'clipboard-read']) {
      permissionHandler?.({}, p, (ok) => answers.push(ok));
    }
    expect(answers).toEqual([false, false, false, false]);
    expect(checkHandler?.()).toBe(false);
  });
});
