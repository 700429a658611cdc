import { useAppStore } from '../state/appStore';

/** Why an action that needs the network is off while there is none; every such button shows it. */
export const offlineReason = 'You are offline; this needs the network.';

/**
 * The computer has no network: actions that need it are off. When only Salesforce could not be
 * reached they stay on, so the rep can try again.
 */
export const useOffline = (): boolean => useAppStore((s) => s.sync?.noNetwork === true);
