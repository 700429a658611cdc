import { activeConnection, useAppStore } from '../state/appStore';

/** The active org's currency, for every amount on screen. */
export const useCurrency = () => activeConnection(useAppStore((s) => s.auth))?.currency ?? null;
