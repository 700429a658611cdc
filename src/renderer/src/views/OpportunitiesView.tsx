import { useMemo } from 'react';
import type { ListQuestion, OwnerFilter, PeriodInput } from '../../../shared/ipc/views';
import { DataAge } from '../components/DataAge';
import { NewRecordButton } from '../edit/NewRecordButton';
import { ChoiceFilter } from '../filters/ChoiceFilter';
import { OwnerSelect } from '../filters/OwnerSelect';
import { PeriodSelect } from '../filters/PeriodSelect';
import { TextFilter } from '../filters/TextFilter';
import { day, money, text } from '../format';
import { currencyOf, useCurrency } from '../records/useCurrency';
import { useAppStore } from '../state/appStore';
import { RecordTable, type TableColumn } from '../table/RecordTable';
import { formatField } from '../table/formatField';
import { isFiltered } from '../table/isFiltered';
import { TableStatus } from '../table/TableStatus';
import { useFacets } from '../table/useFacets';
import { useRememberedQuestion } from '../table/useRememberedQuestion';
import { useRowWindows } from '../table/useRowWindows';
import { useFieldColumns } from '../table/useFieldColumns';
import { FieldFilters } from '../filters/FieldFilters';

const plain = (field: string) => (row: Record<string, unknown>) => text(row[field]);
type OpportunityQuestion = Extract<ListQuestion, { object: 'Opportunity' }>;
type DealState = NonNullable<OpportunityQuestion['filter']['state']>;

const states: Array<[DealState | 'all', string]> = [
  ['open', 'Open'],
  ['closed', 'Closed'],
  ['won', 'Won'],
  ['lost', 'Lost'],
  ['all', 'Open and closed'],
];

export function OpportunitiesView() {
  const openPanel = useAppStore((s) => s.openPanel);
  const requestEdit = useAppStore((s) => s.requestEdit);
  const panel = useAppStore((s) => s.panel);
  const currency = useCurrency();
  const { question, setFilter, setSort, apply } = useRememberedQuestion<OpportunityQuestion>(
    'opportunities',
    {
      object: 'Opportunity',
      filter: { owner: 'me', state: 'open' },
      sort: { column: 'CloseDate', desc: false },
    },
  );
  const { filter, sort } = question;
  const facets = useFacets('Opportunity');
  const windows = useRowWindows(question);
  // Name to Owner fit a 1280 px window beside the sidebar; the rest wait in the Columns menu. In a
  // narrower table, probability (the stage's) and owner (the rep, filtered by Me) give way.
  const columns = useMemo<TableColumn[]>(
    () => [
      // Deal names run long: they take most of a wide window's spare width.
      { id: 'Name', header: 'Name', size: 220, grow: 3, render: plain('Name') },
      { id: 'AccountName', header: 'Account', size: 170, render: plain('AccountName') },
      { id: 'StageName', header: 'Stage', size: 160, render: plain('StageName') },
      {
        id: 'Amount',
        header: 'Amount',
        size: 110,
        numeric: true,
        render: (r) => money(r['Amount'] as number | null, currencyOf(r, currency)),
      },
      {
        id: 'CloseDate',
        header: 'Close date',
        size: 110,
        numeric: true,
        render: (r) => day(r['CloseDate']),
      },
      {
        id: 'Probability',
        roomy: true,
        header: 'Probability',
        size: 90,
        numeric: true,
        render: (r) => formatField('percent', r['Probability'], currency),
      },
      { id: 'Type', header: 'Type', size: 140, hidden: true, render: plain('Type') },
      { id: 'LeadSource', header: 'Source', size: 120, hidden: true, render: plain('LeadSource') },
      { id: 'NextStep', header: 'Next step', size: 160, hidden: true, render: plain('NextStep') },
      { id: 'OwnerName', header: 'Owner', size: 130, roomy: true, render: plain('OwnerName') },
    ],
    [currency],
  );
  const table = useFieldColumns('Opportunity', columns);
  return (
    <section className="table-view" aria-label="Opportunities">
      <div className="filter-bar" role="search" aria-label="Opportunity filters">
        <TextFilter
          label="Filter opportunities"
          value={filter.text ?? ''}
          onChange={(t) => setFilter({ text: t })}
        />
        <label className="inline-field">
          Show
          <select
            value={filter.state ?? 'all'}
            onChange={(e) => {
              const state = e.target.value as DealState | 'all';
              setFilter({ state: state === 'all' ? undefined : state });
            }}
          >
            {states.map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <ChoiceFilter
          label="Stage"
          options={facets.data?.facets['stage'] ?? []}
          chosen={filter.stage ?? []}
          onChange={(v) => setFilter({ stage: v })}
        />
        <OwnerSelect
          value={filter.owner ?? 'me'}
          owners={facets.data?.owners ?? []}
          onChange={(owner: OwnerFilter) => setFilter({ owner })}
        />
        <PeriodSelect
          label="Close date"
          choices={['any', 'overdue', 'this-month', 'this-quarter', 'next-quarter', 'custom']}
          value={filter.close ?? { period: 'any' }}
          onChange={(close: PeriodInput) => setFilter({ close })}
        />
        <FieldFilters
          fields={table.fields}
          conditions={filter.fields ?? []}
          onChange={(fields) => setFilter({ fields })}
        />
      </div>
      <DataAge />
      <RecordTable
        status={
          <TableStatus
            windows={windows}
            noun="opportunity"
            plural="opportunities"
            filtered={isFiltered(filter)}
          />
        }
        label="Opportunities"
        settingsKey="opportunities"
        views={{ table: 'opportunities', apply }}
        columns={table.columns}
        windows={windows}
        sort={sort}
        onSort={setSort}
        onOpen={(row) => openPanel({ object: 'Opportunity', id: String(row['Id']) })}
        onEdit={(row) => requestEdit({ object: 'Opportunity', id: String(row['Id']) })}
        selectedId={panel?.id}
        question={question}
        action={
          <NewRecordButton
            object="Opportunity"
            noun="deal"
            laidOut
            onCreated={(id) => openPanel({ object: 'Opportunity', id })}
          />
        }
      />
    </section>
  );
}
