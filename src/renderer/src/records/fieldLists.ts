import type { PanelObject } from '../state/views';

/** How a line shows its value: as text, as a link the rep can open, or formatted. */
export type FieldLine =
  | {
      label: string;
      show: 'text' | 'phone' | 'email' | 'website' | 'day' | 'instant';
      field: string;
    }
  | { label: string; show: 'money' | 'percent'; field: string }
  | { label: string; show: 'joined'; fields: string[] };

const text = (label: string, field: string): FieldLine => ({ label, show: 'text', field });
const address = (label: string, prefix: string): FieldLine => ({
  label,
  show: 'joined',
  fields: ['Street', 'City', 'State', 'PostalCode', 'Country'].map((part) => prefix + part),
});

/** The fields a record's panel (and the account page) lists, in the order the rep reads them. */
export const fieldLists: Record<PanelObject | 'Account', FieldLine[]> = {
  Lead: [
    text('Company', 'Company'),
    text('Title', 'Title'),
    text('Status', 'Status'),
    text('Rating', 'Rating'),
    text('Lead source', 'LeadSource'),
    text('Industry', 'Industry'),
    { label: 'Email', show: 'email', field: 'Email' },
    { label: 'Phone', show: 'phone', field: 'Phone' },
    { label: 'Mobile', show: 'phone', field: 'MobilePhone' },
    { label: 'City', show: 'joined', fields: ['City', 'State', 'Country'] },
    text('Owner', 'OwnerName'),
    { label: 'Created', show: 'instant', field: 'CreatedDate' },
  ],
  Contact: [
    text('Account', 'AccountName'),
    text('Title', 'Title'),
    { label: 'Email', show: 'email', field: 'Email' },
    { label: 'Phone', show: 'phone', field: 'Phone' },
    { label: 'Mobile', show: 'phone', field: 'MobilePhone' },
    address('Mailing address', 'Mailing'),
    text('Owner', 'OwnerName'),
  ],
  Opportunity: [
    text('Account', 'AccountName'),
    text('Stage', 'StageName'),
    { label: 'Amount', show: 'money', field: 'Amount' },
    { label: 'Probability', show: 'percent', field: 'Probability' },
    { label: 'Close date', show: 'day', field: 'CloseDate' },
    text('Next step', 'NextStep'),
    text('Type', 'Type'),
    text('Lead source', 'LeadSource'),
    text('Forecast category', 'ForecastCategoryName'),
    text('Loss reason', 'Loss_Reason__c'),
    text('Owner', 'OwnerName'),
  ],
  Account: [
    text('Industry', 'Industry'),
    text('Type', 'Type'),
    { label: 'Phone', show: 'phone', field: 'Phone' },
    { label: 'Website', show: 'website', field: 'Website' },
    address('Billing address', 'Billing'),
    { label: 'Annual revenue', show: 'money', field: 'AnnualRevenue' },
    text('Employees', 'NumberOfEmployees'),
    text('Owner', 'OwnerName'),
    text('Description', 'Description'),
  ],
};
