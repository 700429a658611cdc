import type { ListInput, OwnerFilter, PeriodInput } from '../../../shared/ipc/views';

export const views = [
  { id: 'home', label: 'Home' },
  { id: 'pipeline', label: 'Pipeline' },
  { id: 'opportunities', label: 'Opportunities' },
  { id: 'accounts', label: 'Accounts' },
  { id: 'contacts', label: 'Contacts' },
  { id: 'leads', label: 'Leads' },
  { id: 'changes', label: 'Changes' },
  { id: 'tasks', label: 'Tasks' },
  { id: 'settings', label: 'Settings' },
] as const;

export type ViewId = (typeof views)[number]['id'];

/** Records that open in the side panel; accounts open as a page of their own. */
export type PanelObject = 'Lead' | 'Contact' | 'Opportunity';
export type OpenRecord = { object: PanelObject; id: string };
export type EditableRecord = { object: PanelObject | 'Account'; id: string };

/** Filters a view opens with when another view sends the rep there (Home's figures). */
export type ViewPreset =
  | { view: 'leads'; filter: Extract<ListInput, { object: 'Lead' }>['filter'] }
  | { view: 'pipeline'; owner: OwnerFilter; close: PeriodInput };
