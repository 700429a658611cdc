// The import rules of docs/architecture.md, checked by `npm run deps` in `npm test`.

/**
 * The core's folders, lowest first: a folder imports only folders before it (and itself). The
 * first six hold small shared pieces; from `schema` on, each builds on the ones before.
 */
const coreOrder = [
  'log',
  'fs',
  'settings',
  'security',
  'deepLink',
  'tray',
  'schema',
  'salesforce',
  'store',
  'outbox',
  'auth',
  'sync',
  'views',
  'ipc',
  'app',
  'cli',
];

const folderDirection = coreOrder.slice(0, -1).map((folder, i) => ({
  name: `core-direction-${folder}`,
  comment: `core/${folder} may not import a folder above it: ${coreOrder.slice(i + 1).join(', ')}`,
  severity: 'error',
  from: { path: `^src/core/${folder}/` },
  to: { path: `^src/core/(${coreOrder.slice(i + 1).join('|')})/` },
}));

const electron = '^electron(/|$)|(^|/)node_modules/electron/';

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'A cycle makes two files one: neither can be read, tested or moved alone.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    ...folderDirection,
    {
      name: 'core-folders-known',
      comment: 'A new core folder takes its place in coreOrder (and docs/architecture.md) first.',
      severity: 'error',
      from: { path: '^src/core/' },
      to: { path: `^src/core/(?!(${coreOrder.join('|')})/)` },
    },
    {
      name: 'core-no-loose-files',
      comment: 'Every core file lives in the folder that owns what it does.',
      severity: 'error',
      from: { path: '^src/core/[^/]+$' },
      to: {},
    },
    {
      name: 'core-and-shared-no-electron',
      comment: 'The core and the contract run in plain Node and in the browser test bed.',
      severity: 'error',
      from: { path: '^src/(core|shared)/' },
      to: { path: electron },
    },
    {
      name: 'core-not-desktop',
      comment: 'The core is plain Node: Electron main, the preload and the renderer use it.',
      severity: 'error',
      from: { path: '^src/core/' },
      to: { path: '^src/(main|preload|renderer)/' },
    },
    {
      name: 'shared-only-shared',
      comment: 'The contract is the bottom layer every process imports.',
      severity: 'error',
      from: { path: '^src/shared/' },
      to: { path: '^src/(core|main|preload|renderer)/' },
    },
    {
      name: 'renderer-only-shared',
      comment: 'The renderer reaches the app through window.api and the contract alone.',
      severity: 'error',
      from: { path: '^src/renderer/' },
      to: { path: '^src/(core|main|preload)/' },
    },
    {
      name: 'preload-only-shared',
      comment: 'The preload exposes the contract and nothing of main or the core.',
      severity: 'error',
      from: { path: '^src/preload/' },
      to: { path: '^src/(core|main|renderer)/' },
    },
    {
      name: 'main-not-renderer',
      comment: 'Main loads the renderer as a page, never as a module.',
      severity: 'error',
      from: { path: '^src/main/' },
      to: { path: '^src/(preload|renderer)/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.node.json' },
    exclude: { path: '\\.(css|html)$' },
  },
};
