export const views = [
  { id: 'home', label: 'Home' },
  { id: 'pipeline', label: 'Pipeline' },
  { id: 'opportunities', label: 'Opportunities' },
  { id: 'accounts', label: 'Accounts' },
  { id: 'contacts', label: 'Contacts' },
  { id: 'leads', label: 'Leads' },
  { id: 'changes', label: 'Changes' },
  { id: 'settings', label: 'Settings' },
] as const;

export type ViewId = (typeof views)[number]['id'];

/** Records that open in the side panel; accounts open as a page of their own. */
export type PanelObject = 'Lead' | 'Contact' | 'Opportunity';
export type OpenRecord = { object: PanelObject; id: string };
