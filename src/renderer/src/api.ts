import type { AppApi } from '../../shared/ipc/api';

declare global {
  interface Window {
    api: AppApi;
  }
}

/** The preload's bridge; the only way the renderer reaches main. */
export const api = (): AppApi => window.api;
