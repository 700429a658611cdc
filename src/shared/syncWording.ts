import { describeAge } from './describeAge';
import type { SyncStatus } from './ipc/syncStatus';

export type SyncWording = {
  /** Where sync stands, in one line: the sidebar shows it, the tray after "Roadbook · ". */
  summary: string;
  /** Changes waiting for Salesforce, as " · 3 changes waiting (1 need you)"; empty when none. */
  changes: string;
  /** How old the records on screen are: the line above every view. */
  dataAge: string;
};

type ObjectProgress = SyncStatus['progress'][number];

/** What the rep calls each synced object (Salesforce's API names mean nothing to them). */
const objectWords: Record<string, string> = {
  User: 'Users',
  OpportunityStage: 'Stages',
  Account: 'Accounts',
  Contact: 'Contacts',
  Opportunity: 'Opportunities',
  Lead: 'Leads',
  Task: 'Tasks',
  Event: 'Events',
  OpportunityContactRole: 'Contact roles',
};

export const objectWord = (object: string): string => objectWords[object] ?? object;

/**
 * One object's progress as "Leads 12,400 of 100,030" ("Leads 400" while the total is unknown,
 * "Leads, starting" before the first page).
 */
export function progressLine(p: ObjectProgress, locale?: string): string {
  if (p.done === 0 && p.total === undefined) return `${objectWord(p.object)}, starting`;
  const total = p.total === undefined ? '' : ` of ${p.total.toLocaleString(locale)}`;
  return `${objectWord(p.object)} ${p.done.toLocaleString(locale)}${total}`;
}

/**
 * Every word the tray, the sidebar and the views say about sync, from one status, so the three
 * never disagree. `locale` formats counts and times (the rep's own when left out).
 */
export function syncWording(status: SyncStatus, now: number, locale?: string): SyncWording {
  const age = status.lastSuccess === null ? null : describeAge(now - status.lastSuccess);
  const synced = age === null ? 'Not synced yet' : `Synced ${age}`;
  const dataFrom = age === null ? 'Not synced yet' : `Data from ${age}`;
  const records = `${status.records.toLocaleString(locale)} records`;
  const current = status.progress.filter((p) => !p.stored).at(-1);
  const until =
    status.pausedUntil && !status.pausedByUser
      ? ` until ${new Date(status.pausedUntil).toLocaleTimeString(locale, { hour: '2-digit', minute: '2-digit' })}`
      : '';
  const summary = {
    'not-connected': 'Not connected to Salesforce',
    idle: `${synced} · ${records}`,
    syncing: current
      ? `Syncing ${progressLine(current, locale)}…`
      : status.records
        ? `Syncing… · ${records}`
        : 'Syncing…',
    paused: `Sync paused${until} · ${synced}`,
    offline: `Offline · ${synced}`,
    'needs-attention': status.message
      ? `Needs attention: ${status.message}`
      : 'Sync needs attention',
  }[status.state];
  const { waiting, attention } = status.changes;
  const changes = !waiting
    ? ''
    : ` · ${waiting.toLocaleString(locale)} ${waiting === 1 ? 'change' : 'changes'} waiting${attention ? ` (${attention.toLocaleString(locale)} need you)` : ''}`;
  const dataAge =
    status.state === 'offline'
      ? `Offline · ${dataFrom}. You are seeing the records on this computer; edits and sync resume when the network is back.`
      : status.state === 'syncing'
        ? `Syncing… · ${dataFrom}`
        : dataFrom;
  return { summary, changes, dataAge };
}
