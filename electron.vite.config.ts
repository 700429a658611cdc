import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';

export default defineConfig({
  main: {
    // A consumer key can be built in: ROADBOOK_CLIENT_ID=… npm run build.
    define: { __ROADBOOK_CLIENT_ID__: JSON.stringify(process.env['ROADBOOK_CLIENT_ID'] ?? '') },
    build: {
      // The sync runs in a process of its own, on a thread of that process (docs/architecture.md):
      // each starts from a file of its own.
      rollupOptions: {
        input: {
          index: resolve('src/main/index.ts'),
          syncProcess: resolve('src/core/sync/syncProcess.ts'),
          syncWorker: resolve('src/core/sync/syncWorker.ts'),
        },
      },
    },
  },
  preload: {
    // A sandboxed preload cannot require() anything, so it is one self-contained CommonJS file.
    build: {
      externalizeDeps: false,
      isolatedEntries: true,
      rollupOptions: {
        input: { index: resolve('src/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve('src/renderer'),
    build: {
      minify: true,
      rollupOptions: { input: { index: resolve('src/renderer/index.html') } },
    },
    plugins: [react()],
  },
});
