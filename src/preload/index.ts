import { contextBridge, ipcRenderer } from 'electron';
import { buildApi } from '../shared/ipc/buildApi';
import type { IpcResult } from '../shared/ipc/result';

// Exposes exactly the contract: one method per channel and `on`, never ipcRenderer itself or
// the Electron event object.
const api = buildApi({
  invoke: (channel, input) => ipcRenderer.invoke(channel, input) as Promise<IpcResult<unknown>>,
  subscribe: (event, listener) => {
    const wrapped = (_event: unknown, payload: unknown) => listener(payload);
    ipcRenderer.on(event, wrapped);
    return () => {
      ipcRenderer.removeListener(event, wrapped);
    };
  },
});

contextBridge.exposeInMainWorld('api', api);
