import { beforeEach, describe, expect, it, vi } from 'vitest';
import { eventChannels } from '../../../src/shared/ipc/channels';
import { invokeContract } from '../../../src/shared/ipc/contract';

const exposed = new Map<string, unknown>();
const ipcRenderer = {
  invoke: vi.fn(async (channel: string, input: unknown) => ({
    ok: true,
    value: { channel, input },
  })),
  on: vi.fn(),
  removeListener: vi.fn(),
};

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, value: unknown) => exposed.set(key, value) },
  ipcRenderer,
}));

type ExposedApi = Record<string, Record<string, (input: unknown) => Promise<unknown>>> & {
  on(event: string, cb: (payload: unknown) => void): () => void;
};

async function loadPreload(): Promise<ExposedApi> {
  exposed.clear();
  vi.resetModules();
  await import('../../../src/preload/index');
  expect([...exposed.keys()]).toEqual(['api']);
  return exposed.get('api') as ExposedApi;
}

describe('preload', () => {
  beforeEach(() => vi.clearAllMocks());

  it('exposes exactly the contract: its namespaces and `on`, nothing of Electron', async () => {
    const api = await loadPreload();
    const keys = Object.entries(api).flatMap(([key, value]) =>
      typeof value === 'function' ? [key] : Object.keys(value).map((m) => `${key}.${m}`),
    );
    expect(keys.sort()).toEqual([...Object.keys(invokeContract), 'on'].sort());
    const values = Object.values(api).flatMap((v): unknown[] =>
      typeof v === 'object' ? Object.values(v) : [v],
    );
    expect(values).not.toContain(ipcRenderer);
    expect(values).not.toContain(ipcRenderer.invoke);
    expect(JSON.stringify(Object.keys(api))).not.toMatch(/ipcRenderer|process|shell|require/);
  });

  it('sends each method on its own channel', async () => {
    const api = await loadPreload();
    await api['links']!['open']!({ url: 'https://example.com' });
    expect(ipcRenderer.invoke).toHaveBeenCalledWith('links.open', { url: 'https://example.com' });
  });

  it('passes listeners the payload only, and unsubscribes', async () => {
    const api = await loadPreload();
    const seen: unknown[] = [];
    const off = api.on(eventChannels[0], (...args: unknown[]) => seen.push(args));
    const [channel, wrapped] = ipcRenderer.on.mock.calls[0] as [string, (...a: unknown[]) => void];
    expect(channel).toBe(eventChannels[0]);
    wrapped({ sender: 'IpcRendererEvent with ports and sender' }, { state: 'not-connected' });
    expect(seen).toEqual([[{ state: 'not-connected' }]]);
    off();
    expect(ipcRenderer.removeListener).toHaveBeenCalledWith(channel, wrapped);
  });

  it('refuses to subscribe to an event outside the contract', async () => {
    const api = await loadPreload();
    expect(() => api.on('ipc-message-raw', () => {})).toThrow(/Unknown event/);
    expect(ipcRenderer.on).not.toHaveBeenCalled();
  });
});
