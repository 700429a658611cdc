// The boot test's child entry: `node --import tsx run.ts <built main> [args]`. From here on,
// `electron` is the stand-in, for ESM imports (the hooks) and for CommonJS require() alike.
// Electron runs an ESM main entry to the end of its evaluation (top-level awaits included)
// before it emits `ready`, so ready comes only once the import below has settled.
import Module, { register } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import * as standIn from './standIn';

register('./hooks.mjs', import.meta.url);

type Loader = (request: string, parent: unknown, isMain: boolean) => unknown;
const moduleWithLoad = Module as unknown as { _load: Loader };
const load = moduleWithLoad._load;
moduleWithLoad._load = function (request, parent, isMain) {
  return request === 'electron' ? standIn : load.call(this, request, parent, isMain);
};

const [node, , entry, ...args] = process.argv;
if (!node || !entry) throw new Error('usage: run.ts <main entry> [args]');
// What Electron's main sees when started as `electron <entry> [args]` in development.
process.argv = [node, path.resolve(entry), ...args];

// Only a test that forked us drives us; the headless CLI runs without a channel.
if (process.send) await import('./driver');
await import(pathToFileURL(path.resolve(entry)).href);
standIn.becomeReady();
