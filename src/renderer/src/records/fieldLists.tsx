import type { ReactNode } from 'react';
import type { RecordRow } from '../../../shared/ipc/views';
import { ExternalLink } from '../components/ExternalLink';
import { day, instant, money, text } from '../format';
import type { PanelObject } from '../state/views';

type FieldShow = (record: RecordRow, currency: string | null) => ReactNode;
export type FieldLine = { label: string; show: FieldShow };

const plain =
  (name: string): FieldShow =>
  (r) =>
    text(r[name]);
const link =
  (kind: 'phone' | 'email' | 'website', name: string): FieldShow =>
  (r) => <ExternalLink kind={kind} value={r[name]} />;
const address =
  (prefix: string): FieldShow =>
  (r) =>
    text(
      [
        r[`${prefix}Street`],
        r[`${prefix}City`],
        r[`${prefix}State`],
        r[`${prefix}PostalCode`],
        r[`${prefix}Country`],
      ]
        .filter((v) => v !== null && v !== undefined && v !== '')
        .join(', '),
    );

export const fieldLists: Record<PanelObject | 'Account', FieldLine[]> = {
  Lead: [
    { label: 'Company', show: plain('Company') },
    { label: 'Title', show: plain('Title') },
    { label: 'Status', show: plain('Status') },
    { label: 'Rating', show: plain('Rating') },
    { label: 'Lead source', show: plain('LeadSource') },
    { label: 'Industry', show: plain('Industry') },
    { label: 'Email', show: link('email', 'Email') },
    { label: 'Phone', show: link('phone', 'Phone') },
    { label: 'Mobile', show: link('phone', 'MobilePhone') },
    {
      label: 'City',
      show: (r) => text([r['City'], r['State'], r['Country']].filter(Boolean).join(', ')),
    },
    { label: 'Owner', show: plain('OwnerName') },
    { label: 'Created', show: (r) => instant(r['CreatedDate']) },
  ],
  Contact: [
    { label: 'Account', show: plain('AccountName') },
    { label: 'Title', show: plain('Title') },
    { label: 'Email', show: link('email', 'Email') },
    { label: 'Phone', show: link('phone', 'Phone') },
    { label: 'Mobile', show: link('phone', 'MobilePhone') },
    { label: 'Mailing address', show: address('Mailing') },
    { label: 'Owner', show: plain('OwnerName') },
  ],
  Opportunity: [
    { label: 'Account', show: plain('AccountName') },
    { label: 'Stage', show: plain('StageName') },
    { label: 'Amount', show: (r, currency) => money(r['Amount'] as number | null, currency) },
    {
      label: 'Probability',
      show: (r) => (r['Probability'] === null ? '—' : `${String(r['Probability'])} %`),
    },
    { label: 'Close date', show: (r) => day(r['CloseDate']) },
    { label: 'Next step', show: plain('NextStep') },
    { label: 'Type', show: plain('Type') },
    { label: 'Lead source', show: plain('LeadSource') },
    { label: 'Forecast category', show: plain('ForecastCategoryName') },
    { label: 'Loss reason', show: plain('Loss_Reason__c') },
    { label: 'Owner', show: plain('OwnerName') },
  ],
  Account: [
    { label: 'Industry', show: plain('Industry') },
    { label: 'Type', show: plain('Type') },
    { label: 'Phone', show: link('phone', 'Phone') },
    { label: 'Website', show: link('website', 'Website') },
    { label: 'Billing address', show: address('Billing') },
    {
      label: 'Annual revenue',
      show: (r, currency) => money(r['AnnualRevenue'] as number | null, currency),
    },
    { label: 'Employees', show: plain('NumberOfEmployees') },
    { label: 'Owner', show: plain('OwnerName') },
    { label: 'Description', show: plain('Description') },
  ],
};

export function FieldList(props: {
  object: keyof typeof fieldLists;
  record: RecordRow;
  currency: string | null;
}) {
  return (
    <dl className="facts record-facts">
      {fieldLists[props.object].map((line) => (
        <div key={line.label}>
          <dt>{line.label}</dt>
          <dd>{line.show(props.record, props.currency)}</dd>
        </div>
      ))}
    </dl>
  );
}
