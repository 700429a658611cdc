// The child side of the boot test: answers the test's questions about what a rep would see
// (windows, tray, the page's window.api) and plays the rep's clicks, over the fork IPC channel.
import { app, BrowserWindow, fetchInWindow, record, tapRenderer, Tray } from './standIn';

export type DriverRequest =
  | { op: 'state' }
  | { op: 'call'; channel: string; input?: unknown }
  | { op: 'apiShape' }
  | { op: 'trayClick'; label: string }
  | { op: 'appEvent'; event: 'open-url' | 'activate'; url?: string }
  | { op: 'closeWindow' }
  | { op: 'fetchApp'; url: string }
  | { op: 'fetchAppRaw'; url: string };

export type WindowState = {
  url: string;
  loaded: string;
  loadError: string | undefined;
  visible: boolean;
  focused: boolean;
  shownCount: number;
  sandboxed: boolean;
  contextIsolation: boolean;
  events: string[];
  lastSyncStatus: unknown;
};

export type AppState = {
  ready: boolean;
  windows: WindowState[];
  tray: {
    icon: string;
    iconMissing: boolean;
    tooltip: string;
    menu: { label: string; enabled: boolean }[];
  } | null;
  record: typeof record;
  uncaught: string[];
};

const uncaught: string[] = [];
process.on('uncaughtException', (error) =>
  uncaught.push(`uncaught: ${error.stack ?? String(error)}`),
);
process.on('unhandledRejection', (reason) =>
  uncaught.push(`unhandled rejection: ${(reason as Error)?.stack ?? String(reason)}`),
);

function state(): AppState {
  const tray = Tray.all.find((t) => !t.destroyed);
  return {
    ready: app.isReady(),
    windows: BrowserWindow.getAllWindows().map((w) => ({
      url: w.webContents.url,
      loaded: w.loaded,
      loadError: w.loadError,
      visible: w.visible,
      focused: w.focused,
      shownCount: w.shownCount,
      sandboxed: w.options.webPreferences?.sandbox === true,
      contextIsolation: w.options.webPreferences?.contextIsolation === true,
      events: w.webContents.received.map((r) => r.channel),
      lastSyncStatus: w.webContents.received.filter((r) => r.channel === 'sync.status').at(-1)
        ?.payload,
    })),
    tray: tray
      ? {
          icon: tray.image.file,
          iconMissing: tray.image.isEmpty(),
          tooltip: tray.tooltip,
          menu: (tray.menu?.items ?? []).map((i) => ({
            label: i.label ?? '',
            enabled: i.enabled !== false,
          })),
        }
      : null,
    record,
    uncaught,
  };
}

type ExposedApi = Record<string, unknown>;

function pageApi(): ExposedApi {
  const window = BrowserWindow.getAllWindows()[0];
  const api = window?.webContents.exposed.get('api') as ExposedApi | undefined;
  if (!api) throw new Error('no window has loaded the preload');
  return api;
}

async function answer(request: DriverRequest): Promise<unknown> {
  switch (request.op) {
    case 'state':
      return state();
    case 'call': {
      const [ns, method] = request.channel.split('.') as [string, string];
      const group = pageApi()[ns] as Record<string, (input: unknown) => Promise<unknown>>;
      return group[method]!(request.input);
    }
    case 'apiShape': {
      const api = pageApi();
      return Object.fromEntries(
        Object.entries(api).map(([key, value]) => [
          key,
          typeof value === 'function' ? 'function' : Object.keys(value as object).sort(),
        ]),
      );
    }
    case 'trayClick': {
      const item = Tray.all
        .find((t) => !t.destroyed)
        ?.menu?.items.find((i) => i.label === request.label);
      if (!item?.click) throw new Error(`the tray menu has no "${request.label}"`);
      item.click();
      return null;
    }
    case 'appEvent':
      if (request.event === 'open-url')
        app.emit('open-url', { preventDefault: () => undefined }, request.url);
      else app.emit('activate', { preventDefault: () => undefined }, false);
      return null;
    case 'closeWindow':
      BrowserWindow.getAllWindows()[0]?.close();
      return null;
    case 'fetchApp': {
      const response = await fetchInWindow(request.url);
      return {
        status: response.status,
        csp: response.headers.get('content-security-policy'),
        body: (await response.text()).slice(0, 2000),
      };
    }
    case 'fetchAppRaw': {
      const response = await fetchInWindow(request.url);
      return {
        status: response.status,
        headers: Object.fromEntries(response.headers),
        body: Buffer.from(await response.arrayBuffer()).toString('base64'),
      };
    }
  }
}

tapRenderer((channel, payload) => process.send?.({ push: { channel, payload } }));

process.on('message', (message: { id: number; request: DriverRequest }) => {
  void answer(message.request).then(
    (value) => process.send?.({ id: message.id, ok: true, value }),
    (error: Error) => process.send?.({ id: message.id, ok: false, error: error.message }),
  );
});
