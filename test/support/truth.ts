import type { FakeOrg } from '../fake-org';
import { parseSfDateTime } from '../../src/core/salesforce/soqlTime';
import { dayWindow } from '../../src/core/sync/objectScope';
import { defaultEventWindow } from '../../src/shared/ipc/syncSettings';
import { periodRange, type Period } from '../../src/shared/periods';

/** Figures computed straight from the fake org's records, to hold the views' numbers against. */
type Row = Record<string, unknown>;
export type Sums = { count: number; total: number; weighted: number };

const live = (fake: FakeOrg, object: string): Row[] =>
  fake.control.all(object).filter((r) => !r['IsDeleted']);

export function sumsOf(rows: Row[]): Sums {
  return rows.reduce<Sums>(
    (s, r) => ({
      count: s.count + 1,
      total: s.total + ((r['Amount'] as number | null) ?? 0),
      weighted:
        s.weighted +
        ((r['Amount'] as number | null) ?? 0) * (((r['Probability'] as number | null) ?? 0) / 100),
    }),
    { count: 0, total: 0, weighted: 0 },
  );
}

type Reach = { ownerId?: string; period?: Period; now?: Date };

function opportunities(fake: FakeOrg, closed: boolean, options: Reach): Row[] {
  const range = periodRange(options.period ?? 'any', options.now ?? new Date());
  return live(fake, 'Opportunity').filter((r) => {
    const close = r['CloseDate'] as string | null;
    return (
      Boolean(r['IsClosed']) === closed &&
      (!options.ownerId || r['OwnerId'] === options.ownerId) &&
      (!range.from || (close !== null && close >= range.from)) &&
      (!range.to || (close !== null && close <= range.to))
    );
  });
}

export const openOpportunities = (fake: FakeOrg, options: Reach = {}): Row[] =>
  opportunities(fake, false, options);

export const closedOpportunities = (fake: FakeOrg, options: Reach = {}): Row[] =>
  opportunities(fake, true, options);

/** Open pipeline per stage name. */
export function pipelineByStage(fake: FakeOrg, ownerId?: string): Map<string, Sums> {
  const byStage = new Map<string, Row[]>();
  for (const r of openOpportunities(fake, ownerId ? { ownerId } : {})) {
    const stage = r['StageName'] as string;
    byStage.set(stage, [...(byStage.get(stage) ?? []), r]);
  }
  return new Map([...byStage].map(([stage, rows]) => [stage, sumsOf(rows)]));
}

/** Open stages in the org's order. */
export function openStageLabels(fake: FakeOrg): string[] {
  return live(fake, 'OpportunityStage')
    .filter((s) => s['IsActive'] && !s['IsClosed'])
    .sort((a, b) => (a['SortOrder'] as number) - (b['SortOrder'] as number))
    .map((s) => s['MasterLabel'] as string);
}

export function leadsCreatedThisWeek(fake: FakeOrg, ownerId: string, now = new Date()): number {
  const { from } = periodRange('this-week', now);
  const start = new Date(`${from}T00:00:00`).getTime();
  return live(fake, 'Lead').filter(
    (r) =>
      r['OwnerId'] === ownerId &&
      Date.parse(String(r['CreatedDate']).replace('+0000', 'Z')) >= start,
  ).length;
}

export const leads = (fake: FakeOrg) => live(fake, 'Lead');
export const accounts = (fake: FakeOrg) => live(fake, 'Account');
export const contacts = (fake: FakeOrg) => live(fake, 'Contact');

/** The rep's open tasks per group, as Tasks and Home count them. */
export function openTaskCounts(fake: FakeOrg, ownerId: string, now = new Date()) {
  const today = periodRange('last-30-days', now).to!;
  const open = live(fake, 'Task').filter((r) => r['OwnerId'] === ownerId && !r['IsClosed']);
  const due = (r: Row) => r['ActivityDate'] as string | null;
  return {
    overdue: open.filter((r) => due(r) !== null && due(r)! < today).length,
    today: open.filter((r) => due(r) === today).length,
    upcoming: open.filter((r) => due(r) === null || due(r)! > today).length,
  };
}

/** The rep's open tasks with a due date, in the order Home and Tasks list them. */
export function myOpenTasks(fake: FakeOrg, ownerId: string): Row[] {
  const key = (t: Row) =>
    `${String(t['ActivityDate'])}\u0000${String(t['Subject'])}\u0000${String(t['Id'])}`;
  return live(fake, 'Task')
    .filter((t) => t['OwnerId'] === ownerId && !t['IsClosed'] && t['ActivityDate'])
    .sort((a, b) => (key(a) < key(b) ? -1 : 1));
}

/** The rep's own Events that start inside the default sync window: what Roadbook caches. */
export function myEventsInWindow(fake: FakeOrg): Row[] {
  const window = dayWindow(fake.control.state().now, defaultEventWindow);
  return live(fake, 'Event').filter((e) => {
    const at = parseSfDateTime(String(e['StartDateTime']));
    return e['OwnerId'] === fake.userId && at >= window.from && at < window.to;
  });
}

/**
 * The rep's own meetings on a UTC day, as Salesforce has them: timed ones that overlap it,
 * all-day ones whose dates include it.
 */
export function myMeetingsOnUtcDay(fake: FakeOrg, day: string): Row[] {
  const from = Date.parse(`${day}T00:00:00Z`);
  const to = from + 86_400_000;
  return live(fake, 'Event').filter((e) => {
    if (e['OwnerId'] !== fake.userId) return false;
    const start = parseSfDateTime(String(e['StartDateTime']));
    const end = parseSfDateTime(String(e['EndDateTime'] ?? e['StartDateTime']));
    if (e['IsAllDayEvent'] === true)
      return (
        String(e['StartDateTime']).slice(0, 10) <= day &&
        String(e['EndDateTime']).slice(0, 10) >= day
      );
    return start < to && (end > from || start >= from);
  });
}
