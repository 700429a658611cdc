// Module hooks for the main-process boot test: `electron` resolves to the stand-in, for the
// built main process and for every package it loads (electron-store, electron-updater).
const standIn = new URL('./standIn.ts', import.meta.url).href;

export async function resolve(specifier, context, nextResolve) {
  if (specifier === 'electron') return { url: standIn, shortCircuit: true };
  return nextResolve(specifier, context);
}
