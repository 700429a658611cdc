/** The org's clock: real time plus an offset tests can move. */
export type Clock = { now(): number; advance(ms: number): void; set(epochMs: number): void };

export function createClock(start?: number): Clock {
  let offset = start === undefined ? 0 : start - Date.now();
  return {
    now: () => Date.now() + offset,
    advance: (ms) => {
      offset += ms;
    },
    set: (epochMs) => {
      offset = epochMs - Date.now();
    },
  };
}

/** Salesforce's REST datetime format: UTC, "+0000", and whole seconds (".000"), as Salesforce stores them. */
export function formatDateTime(epochMs: number): string {
  return new Date(Math.floor(epochMs / 1000) * 1000).toISOString().replace('Z', '+0000');
}

export function formatDate(epochMs: number): string {
  return new Date(epochMs).toISOString().slice(0, 10);
}

export function parseDateTime(value: string): number {
  return Date.parse(value.replace(/([+-]\d\d)(\d\d)$/, '$1:$2'));
}

export const dayMs = 86_400_000;
