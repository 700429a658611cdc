import { create } from 'zustand';
import type { AppInfo, ConnectionStatus } from '../../../shared/ipc/contract';
import { api } from '../api';
import type { ViewId } from './views';

type AppState = {
  view: ViewId;
  searchOpen: boolean;
  info: AppInfo | undefined;
  connection: ConnectionStatus | undefined;
  bridgeError: string | undefined;
  navigate(view: ViewId): void;
  setSearchOpen(open: boolean): void;
  load(): Promise<void>;
};

export const useAppStore = create<AppState>((set) => ({
  view: 'home',
  searchOpen: false,
  info: undefined,
  connection: undefined,
  bridgeError: undefined,
  navigate: (view) => set({ view }),
  setSearchOpen: (searchOpen) => set({ searchOpen }),
  async load() {
    const [info, connection] = await Promise.all([api().app.info({}), api().connection.status({})]);
    if (!info.ok) return set({ bridgeError: info.message });
    if (!connection.ok) return set({ bridgeError: connection.message });
    set({ info: info.value, connection: connection.value, bridgeError: undefined });
  },
}));

/** Keeps the store in step with main's pushes; returns the unsubscribe. */
export function followConnection(): () => void {
  return api().on('connection.changed', (connection) => useAppStore.setState({ connection }));
}
