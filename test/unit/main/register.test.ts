import { describe, expect, it, vi } from 'vitest';
import { invokeChannels } from '../../../src/shared/ipc/channels';
import { createRegistrar, type IpcMainLike } from '../../../src/main/ipc/register';
import type { SenderFrameLike } from '../../../src/main/ipc/senderPolicy';
import { createTestCore } from '../../support/testCore';
import { silentLogger } from '../../support/silentLogger';

type Listener = Parameters<IpcMainLike['handle']>[1];

function setup(devServerUrl?: string) {
  const listeners = new Map<string, Listener>();
  const ipcMain: IpcMainLike = { handle: (channel, listener) => listeners.set(channel, listener) };
  const { core } = createTestCore();
  const spy = vi.fn(core.handlers['app.info']);
  const registrar = createRegistrar(
    ipcMain,
    { ...core.handlers, 'app.info': spy },
    silentLogger,
    devServerUrl,
  );
  registrar.registerAll();
  const call = (frame: SenderFrameLike, channel = 'app.info', input: unknown = {}) => {
    const listener = listeners.get(channel);
    if (!listener) throw new Error(`${channel} not registered`);
    return listener({ senderFrame: frame }, input);
  };
  return { listeners, registrar, spy, call };
}

const topFrame = (url: string) => ({ url, parent: null });

describe('register()', () => {
  it('registers every contract channel exactly once', () => {
    const { listeners, registrar } = setup();
    expect([...listeners.keys()].sort()).toEqual([...invokeChannels].sort());
    expect(() => registrar.register('app.info')).toThrow(/already registered/);
  });

  it('answers our own top-level renderer', async () => {
    const { call, spy } = setup();
    await expect(call(topFrame('app://roadbook/index.html'))).resolves.toMatchObject({ ok: true });
    expect(spy).toHaveBeenCalledOnce();
  });

  it.each([
    ['a foreign origin', topFrame('https://evil.example/index.html')],
    ['a look-alike host', topFrame('app://roadbook.evil/index.html')],
    ['a file: page', topFrame('file:///tmp/index.html')],
    ['a sub-frame of our app', { url: 'app://roadbook/index.html', parent: {} }],
    ['a missing frame', null],
    ['an undefined frame', undefined],
    ['the dev server when not in development', topFrame('http://localhost:5173/')],
  ])('rejects %s without running the handler', async (_name, frame) => {
    const { call, spy } = setup();
    await expect(call(frame)).resolves.toEqual({
      ok: false,
      code: 'FORBIDDEN_SENDER',
      message: 'This window may not call Roadbook.',
    });
    expect(spy).not.toHaveBeenCalled();
  });

  it('accepts the dev server only in development, and only its exact host', async () => {
    const { call } = setup('http://localhost:5173/');
    await expect(call(topFrame('http://localhost:5173/'))).resolves.toMatchObject({ ok: true });
    await expect(call(topFrame('http://localhost:5174/'))).resolves.toMatchObject({
      code: 'FORBIDDEN_SENDER',
    });
  });

  it('validates input after the sender check', async () => {
    const { call } = setup();
    await expect(
      call(topFrame('app://roadbook/index.html'), 'links.open', { url: 42 }),
    ).resolves.toMatchObject({ ok: false, code: 'INVALID_INPUT' });
  });
});
