// Plain name lists, free of zod, so the sandboxed preload can bundle them without pulling in
// the schemas. contract.ts checks that every name here has a schema and vice versa.
export const invokeChannels = [
  'app.info',
  'app.desktop',
  'app.configureDesktop',
  'app.checkForUpdates',
  'app.appearance',
  'app.setAppearance',
  'auth.status',
  'auth.connect',
  'auth.cancel',
  'auth.reconnect',
  'auth.switch',
  'auth.disconnect',
  'links.open',
  'sync.status',
  'sync.now',
  'sync.pause',
  'sync.resume',
  'sync.settings',
  'sync.configure',
  'cache.rebuild',
  'home.summary',
  'tasks.list',
  'tasks.forRecord',
  'pipeline.board',
  'pipeline.cards',
  'records.list',
  'records.facets',
  'records.get',
  'records.export',
  'records.openInSalesforce',
  'accounts.detail',
  'calendar.events',
  'search.query',
  'edits.form',
  'edits.save',
  'edits.create',
  'changes.list',
  'changes.retry',
  'changes.discard',
  'changes.resolve',
] as const;

export const eventChannels = ['auth.changed', 'sync.status'] as const;

export type InvokeChannel = (typeof invokeChannels)[number];
export type EventChannel = (typeof eventChannels)[number];
