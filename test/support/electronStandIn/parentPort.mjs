// `process.parentPort` as Electron gives a utility process, for the stand-in's utilityProcess (a
// forked Node): messages arrive as { data, ports }, held until the first 'message' listener as
// Electron holds them, postMessage sends one back, and the process ends when the app's does.
// Node runs this preload in the process's worker threads too; they get none of it, as in Electron.
import { EventEmitter } from 'node:events';
import { isMainThread } from 'node:worker_threads';

if (isMainThread) {
  const parentPort = new EventEmitter();
  const held = [];
  const deliver = (data) => parentPort.emit('message', { data, ports: [] });
  parentPort.postMessage = (message) => process.send?.(message);
  parentPort.on('newListener', (event) => {
    if (event === 'message') setImmediate(() => held.splice(0).forEach(deliver));
  });
  process.on('message', (data) => {
    if (parentPort.listenerCount('message') === 0) held.push(data);
    else deliver(data);
  });
  process.on('disconnect', () => process.exit(0));
  if (!process.connected) process.exit(0);
  process.parentPort = parentPort;
}
