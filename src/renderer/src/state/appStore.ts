import { create } from 'zustand';
import type { AuthState } from '../../../shared/ipc/authState';
import type { AppInfo } from '../../../shared/ipc/contract';
import type { IpcResult } from '../../../shared/ipc/result';
import type { SyncStatus } from '../../../shared/ipc/syncStatus';
import { api } from '../api';
import type { EditableRecord, OpenRecord, ViewId, ViewPreset } from './views';

type AppState = {
  view: ViewId;
  searchOpen: boolean;
  /**
   * "Show all results": the page of every match, over the view it was opened from (kept as it
   * was), and the control focus goes back to when the rep leaves it.
   */
  results: { query: string; returnTo: HTMLElement | null } | undefined;
  info: AppInfo | undefined;
  auth: AuthState | undefined;
  sync: SyncStatus | undefined;
  bridgeError: string | undefined;
  /** The account page on show in Accounts, if any. */
  accountId: string | undefined;
  /** The lead, contact or opportunity in the side panel, if any. */
  panel: OpenRecord | undefined;
  /** The filters the view on show was opened with, if another view chose them. */
  preset: ViewPreset | undefined;
  /** A record the rep asked to edit from the keyboard (E), until its form opens. */
  editWanted: EditableRecord | undefined;
  /** Counts the rep's saves, so every view on screen asks again at once. */
  dataVersion: number;
  savedLocally(): void;
  navigate(view: ViewId, preset?: ViewPreset): void;
  openAccount(id: string): void;
  openPanel(record: OpenRecord | undefined): void;
  /** Opens the record with its edit form, as its Edit button would. */
  requestEdit(record: EditableRecord): void;
  editTaken(): void;
  setSearchOpen(open: boolean): void;
  showResults(query: string, returnTo: HTMLElement | null): void;
  closeResults(): void;
  load(): Promise<void>;
  /** Runs an auth call and keeps the state it answers with; returns the failure message, if any. */
  authCall(call: Promise<IpcResult<AuthState>>): Promise<string | undefined>;
};

export const useAppStore = create<AppState>((set) => ({
  view: 'home',
  searchOpen: false,
  results: undefined,
  info: undefined,
  auth: undefined,
  sync: undefined,
  bridgeError: undefined,
  accountId: undefined,
  panel: undefined,
  preset: undefined,
  editWanted: undefined,
  dataVersion: 0,
  savedLocally: () => set((s) => ({ dataVersion: s.dataVersion + 1 })),
  navigate: (view, preset) =>
    set({ view, preset, accountId: undefined, panel: undefined, results: undefined }),
  openAccount: (accountId) =>
    set({ view: 'accounts', accountId, panel: undefined, results: undefined }),
  openPanel: (panel) => set({ panel }),
  requestEdit: (record) =>
    set(
      record.object === 'Account'
        ? {
            view: 'accounts',
            accountId: record.id,
            panel: undefined,
            results: undefined,
            editWanted: record,
          }
        : { panel: { object: record.object, id: record.id }, editWanted: record },
    ),
  editTaken: () => set({ editWanted: undefined }),
  setSearchOpen: (searchOpen) => set({ searchOpen }),
  // A search from the results page keeps the way back to where the first one was opened.
  showResults: (query, returnTo) =>
    set((s) => ({
      searchOpen: false,
      results: { query, returnTo: s.results ? s.results.returnTo : returnTo },
    })),
  closeResults: () => set({ results: undefined }),
  async load() {
    const [info, auth, sync] = await Promise.all([
      api().app.info({}),
      api().auth.status({}),
      api().sync.status({}),
    ]);
    if (!info.ok) return set({ bridgeError: info.message });
    if (!auth.ok) return set({ bridgeError: auth.message });
    if (!sync.ok) return set({ bridgeError: sync.message });
    set({ info: info.value, auth: auth.value, sync: sync.value, bridgeError: undefined });
  },
  async authCall(call) {
    const result = await call;
    if (!result.ok) return result.message;
    set({ auth: result.value });
    return undefined;
  },
}));

/** Keeps the store in step with main's pushes; returns the unsubscribe. */
export function followMain(): () => void {
  const offAuth = api().on('auth.changed', (auth) => useAppStore.setState({ auth }));
  const offSync = api().on('sync.status', (sync) => useAppStore.setState({ sync }));
  return () => {
    offAuth();
    offSync();
  };
}

export const activeConnection = (auth: AuthState | undefined) =>
  auth?.connections.find((c) => c.active);
