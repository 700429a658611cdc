import { useMemo } from 'react';
import type { ListQuestion, OwnerFilter } from '../../../shared/ipc/views';
import { DataAge } from '../components/DataAge';
import { ExternalLink } from '../components/ExternalLink';
import { ChoiceFilter } from '../filters/ChoiceFilter';
import { OwnerSelect } from '../filters/OwnerSelect';
import { TextFilter } from '../filters/TextFilter';
import { money, text } from '../format';
import { currencyOf, useCurrency } from '../records/useCurrency';
import { useAppStore } from '../state/appStore';
import { RecordTable, type TableColumn } from '../table/RecordTable';
import { isFiltered } from '../table/isFiltered';
import { TableStatus } from '../table/TableStatus';
import { useFacets } from '../table/useFacets';
import { useRememberedQuestion } from '../table/useRememberedQuestion';
import { useRowWindows } from '../table/useRowWindows';
import { useFieldColumns } from '../table/useFieldColumns';
import { FieldFilters } from '../filters/FieldFilters';
import { AccountPage } from './AccountPage';

const plain = (field: string) => (row: Record<string, unknown>) => text(row[field]);
type AccountQuestion = Extract<ListQuestion, { object: 'Account' }>;

export function AccountsView() {
  const accountId = useAppStore((s) => s.accountId);
  return accountId ? <AccountPage id={accountId} /> : <AccountList />;
}

function AccountList() {
  const openAccount = useAppStore((s) => s.openAccount);
  const requestEdit = useAppStore((s) => s.requestEdit);
  const currency = useCurrency();
  const {
    question,
    setFilter: set,
    setSort,
    apply,
  } = useRememberedQuestion<AccountQuestion>('accounts', {
    object: 'Account',
    filter: { owner: 'me' },
    sort: { column: 'Name', desc: false },
  });
  const { filter, sort } = question;
  const facets = useFacets('Account');
  const columns = useMemo<TableColumn[]>(
    () => [
      { id: 'Name', header: 'Name', size: 230, render: plain('Name') },
      { id: 'Industry', header: 'Industry', size: 150, render: plain('Industry') },
      { id: 'Type', header: 'Type', size: 170, render: plain('Type') },
      { id: 'BillingCity', header: 'City', size: 130, render: plain('BillingCity') },
      {
        id: 'Phone',
        header: 'Phone',
        size: 140,
        grow: 0,
        render: (r) => <ExternalLink kind="phone" value={r['Phone']} />,
      },
      {
        id: 'AnnualRevenue',
        header: 'Annual revenue',
        size: 140,
        numeric: true,
        render: (r) => money(r['AnnualRevenue'] as number | null, currencyOf(r, currency)),
      },
      { id: 'OwnerName', header: 'Owner', size: 150, hidden: true, render: plain('OwnerName') },
    ],
    [currency],
  );
  const windows = useRowWindows(question);
  const table = useFieldColumns('Account', columns);
  return (
    <section className="table-view" aria-label="Accounts">
      <div className="filter-bar" role="search" aria-label="Account filters">
        <TextFilter
          label="Filter accounts"
          value={filter.text ?? ''}
          onChange={(t) => set({ text: t })}
        />
        <ChoiceFilter
          label="Industry"
          options={facets.data?.facets['industry'] ?? []}
          chosen={filter.industry ?? []}
          onChange={(v) => set({ industry: v })}
        />
        <ChoiceFilter
          label="Type"
          options={facets.data?.facets['type'] ?? []}
          chosen={filter.type ?? []}
          onChange={(v) => set({ type: v })}
        />
        <OwnerSelect
          value={filter.owner ?? 'me'}
          owners={facets.data?.owners ?? []}
          onChange={(owner: OwnerFilter) => set({ owner })}
        />
        <FieldFilters
          fields={table.fields}
          conditions={filter.fields ?? []}
          onChange={(fields) => set({ fields })}
        />
      </div>
      <DataAge />
      <RecordTable
        status={<TableStatus windows={windows} noun="account" filtered={isFiltered(filter)} />}
        label="Accounts"
        settingsKey="accounts"
        views={{ table: 'accounts', apply }}
        columns={table.columns}
        windows={windows}
        sort={sort}
        onSort={setSort}
        onOpen={(row) => openAccount(String(row['Id']))}
        onEdit={(row) => requestEdit({ object: 'Account', id: String(row['Id']) })}
        question={question}
      />
    </section>
  );
}
