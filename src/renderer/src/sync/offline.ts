import { useAppStore } from '../state/appStore';

/** Why an action that needs Salesforce is off while offline; every such button shows it. */
export const offlineReason = 'You are offline; this needs the network.';

export const useOffline = (): boolean => useAppStore((s) => s.sync?.state === 'offline');
