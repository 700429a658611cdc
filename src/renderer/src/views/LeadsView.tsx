import { useState } from 'react';
import type { ListQuestion, OwnerFilter, PeriodInput } from '../../../shared/ipc/views';
import { DataAge } from '../components/DataAge';
import { NewRecordButton } from '../edit/NewRecordButton';
import { ExternalLink } from '../components/ExternalLink';
import { ChoiceFilter } from '../filters/ChoiceFilter';
import { OwnerSelect } from '../filters/OwnerSelect';
import { PeriodSelect } from '../filters/PeriodSelect';
import { TextFilter } from '../filters/TextFilter';
import { instantDay, text } from '../format';
import { useAppStore } from '../state/appStore';
import { RecordTable, type TableColumn } from '../table/RecordTable';
import { isFiltered } from '../table/isFiltered';
import { TableStatus } from '../table/TableStatus';
import { useFacets } from '../table/useFacets';
import { useRememberedQuestion } from '../table/useRememberedQuestion';
import { useRowWindows } from '../table/useRowWindows';
import { useFieldColumns } from '../table/useFieldColumns';
import { FieldFilters } from '../filters/FieldFilters';

const plain = (field: string) => (row: Record<string, unknown>) => text(row[field]);

// Name to Created fit a 1280 px window beside the sidebar; the rest wait in the Columns menu. In a
// narrower table (1024 px, or beside a record panel) seven columns cut every value, so rating,
// phone and created date give way to the four a rep picks a lead by: who, where, how far, email.
const columns: TableColumn[] = [
  { id: 'Name', header: 'Name', size: 150, render: plain('Name') },
  { id: 'Company', header: 'Company', size: 175, render: plain('Company') },
  { id: 'Title', header: 'Title', size: 150, hidden: true, render: plain('Title') },
  { id: 'Status', header: 'Status', size: 180, render: plain('Status') },
  { id: 'Rating', header: 'Rating', size: 70, grow: 0, roomy: true, render: plain('Rating') },
  { id: 'LeadSource', header: 'Source', size: 120, hidden: true, render: plain('LeadSource') },
  {
    id: 'Phone',
    header: 'Phone',
    size: 140,
    grow: 0,
    roomy: true,
    render: (r) => <ExternalLink kind="phone" value={r['Phone']} />,
  },
  {
    id: 'Email',
    header: 'Email',
    size: 255,
    // Addresses run longest: they take most of a wide window's spare width, and give most back.
    grow: 4,
    render: (r) => <ExternalLink kind="email" value={r['Email']} />,
  },
  { id: 'City', header: 'City', size: 120, hidden: true, render: plain('City') },
  { id: 'OwnerName', header: 'Owner', size: 140, hidden: true, render: plain('OwnerName') },
  {
    id: 'CreatedDate',
    header: 'Created',
    size: 110,
    numeric: true,
    roomy: true,
    render: (r) => instantDay(r['CreatedDate']),
  },
];

type LeadQuestion = Extract<ListQuestion, { object: 'Lead' }>;

export function LeadsView() {
  const openPanel = useAppStore((s) => s.openPanel);
  const requestEdit = useAppStore((s) => s.requestEdit);
  const panel = useAppStore((s) => s.panel);
  const [linked] = useState(() => {
    const preset = useAppStore.getState().preset;
    return preset?.view === 'leads' ? preset.filter : undefined;
  });
  const {
    question,
    setFilter: set,
    setSort,
    apply,
  } = useRememberedQuestion<LeadQuestion>(
    'leads',
    { object: 'Lead', filter: { owner: 'me' }, sort: { column: 'CreatedDate', desc: true } },
    linked,
  );
  const { filter, sort } = question;
  const facets = useFacets('Lead');
  const windows = useRowWindows(question);
  const table = useFieldColumns('Lead', columns);
  const options = (key: string) => facets.data?.facets[key] ?? [];
  return (
    <section className="table-view" aria-label="Leads">
      <div className="filter-bar" role="search" aria-label="Lead filters">
        <TextFilter
          label="Filter leads"
          value={filter.text ?? ''}
          onChange={(t) => set({ text: t })}
        />
        <ChoiceFilter
          label="Status"
          options={options('status')}
          chosen={filter.status ?? []}
          onChange={(v) => set({ status: v })}
        />
        <ChoiceFilter
          label="Rating"
          options={options('rating')}
          chosen={filter.rating ?? []}
          onChange={(v) => set({ rating: v })}
        />
        <ChoiceFilter
          label="Source"
          options={options('source')}
          chosen={filter.source ?? []}
          onChange={(v) => set({ source: v })}
        />
        <OwnerSelect
          value={filter.owner ?? 'me'}
          owners={facets.data?.owners ?? []}
          onChange={(owner: OwnerFilter) => set({ owner })}
        />
        <PeriodSelect
          label="Created"
          choices={['any', 'this-week', 'this-month', 'this-quarter', 'last-30-days', 'custom']}
          value={filter.created ?? { period: 'any' }}
          onChange={(created: PeriodInput) => set({ created })}
        />
        <FieldFilters
          fields={table.fields}
          conditions={filter.fields ?? []}
          onChange={(fields) => set({ fields })}
        />
      </div>
      <DataAge />
      <RecordTable
        status={<TableStatus windows={windows} noun="lead" filtered={isFiltered(filter)} />}
        label="Leads"
        settingsKey="leads"
        views={{ table: 'leads', apply }}
        columns={table.columns}
        windows={windows}
        sort={sort}
        onSort={setSort}
        onOpen={(row) => openPanel({ object: 'Lead', id: String(row['Id']) })}
        onEdit={(row) => requestEdit({ object: 'Lead', id: String(row['Id']) })}
        selectedId={panel?.id}
        question={question}
        action={
          <NewRecordButton
            object="Lead"
            noun="lead"
            laidOut
            onCreated={(id) => openPanel({ object: 'Lead', id })}
          />
        }
      />
    </section>
  );
}
