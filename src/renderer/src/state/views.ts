export const views = [
  { id: 'home', label: 'Home' },
  { id: 'pipeline', label: 'Pipeline' },
  { id: 'leads', label: 'Leads' },
  { id: 'accounts', label: 'Accounts' },
  { id: 'settings', label: 'Settings' },
] as const;

export type ViewId = (typeof views)[number]['id'];
