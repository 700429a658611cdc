import type { Random } from './random';

/** What goes wrong, Salesforce-style. */
export type FaultKind =
  | { kind: 'status'; status: 500 | 502 | 503 | 429; retryAfter?: number }
  | { kind: 'invalid-session' }
  | { kind: 'request-limit' }
  | { kind: 'query-timeout' }
  | { kind: 'latency'; ms: number }
  | { kind: 'reset' }
  /** No answer at all: the connection closes before a byte comes back (the network is gone). */
  | { kind: 'drop' }
  | { kind: 'truncated-json' }
  /**
   * The headers (and with `midBody` half the body), then silence on an open socket: Wi-Fi gone
   * without the connection closing. The request was carried out.
   */
  | { kind: 'stall'; midBody?: boolean };

export type FaultRule = FaultKind & {
  /** A route name (see README) or '*' for every route. */
  route: string;
  method?: string;
  /** Fire on these occurrences of a matching request, 1-based ("the 3rd query fails"). */
  nth?: number[];
  /** Or fire with this probability, from the org's seeded random source. */
  probability?: number;
  /** Stop after firing this many times. */
  times?: number;
};

type Armed = FaultRule & { seen: number; fired: number };

export function createFaults(random: Random) {
  let rules: Armed[] = [];
  return {
    add(rule: FaultRule) {
      rules.push({ ...rule, seen: 0, fired: 0 });
    },
    clear() {
      rules = [];
    },
    /** The fault to apply to this request, if any; counts the request against every matching rule. */
    pick(route: string, method: string): FaultKind | undefined {
      let chosen: FaultKind | undefined;
      for (const rule of rules) {
        if (rule.route !== '*' && rule.route !== route) continue;
        if (rule.method && rule.method.toUpperCase() !== method) continue;
        rule.seen++;
        if (chosen || (rule.times !== undefined && rule.fired >= rule.times)) continue;
        const fires = rule.nth
          ? rule.nth.includes(rule.seen)
          : random.next() < (rule.probability ?? 1);
        if (fires) {
          rule.fired++;
          chosen = rule;
        }
      }
      return chosen;
    },
  };
}
