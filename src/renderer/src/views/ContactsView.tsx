import type { ListQuestion, OwnerFilter } from '../../../shared/ipc/views';
import { DataAge } from '../components/DataAge';
import { ExternalLink } from '../components/ExternalLink';
import { OwnerSelect } from '../filters/OwnerSelect';
import { TextFilter } from '../filters/TextFilter';
import { text } from '../format';
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

// Name to Owner fit a 1280 px window beside the sidebar; the rest wait in the Columns menu. In a
// narrower table the owner (the rep, filtered by Me) gives way.
const columns: TableColumn[] = [
  { id: 'Name', header: 'Name', size: 170, render: plain('Name') },
  { id: 'AccountName', header: 'Account', size: 180, render: plain('AccountName') },
  { id: 'Title', header: 'Title', size: 160, render: plain('Title') },
  {
    id: 'Phone',
    header: 'Phone',
    size: 140,
    grow: 0,
    render: (r) => <ExternalLink kind="phone" value={r['Phone']} />,
  },
  {
    id: 'Email',
    header: 'Email',
    size: 190,
    // Addresses run longest: they take most of a wide window's spare width.
    grow: 4,
    render: (r) => <ExternalLink kind="email" value={r['Email']} />,
  },
  {
    id: 'MobilePhone',
    header: 'Mobile',
    size: 140,
    grow: 0,
    hidden: true,
    render: (r) => <ExternalLink kind="phone" value={r['MobilePhone']} />,
  },
  { id: 'MailingCity', header: 'City', size: 120, hidden: true, render: plain('MailingCity') },
  { id: 'OwnerName', header: 'Owner', size: 130, roomy: true, render: plain('OwnerName') },
];

type ContactQuestion = Extract<ListQuestion, { object: 'Contact' }>;

export function ContactsView() {
  const openPanel = useAppStore((s) => s.openPanel);
  const requestEdit = useAppStore((s) => s.requestEdit);
  const panel = useAppStore((s) => s.panel);
  const { question, setFilter, setSort, apply } = useRememberedQuestion<ContactQuestion>(
    'contacts',
    {
      object: 'Contact',
      filter: { owner: 'me' },
      sort: { column: 'Name', desc: false },
    },
  );
  const { filter, sort } = question;
  const facets = useFacets('Contact');
  const windows = useRowWindows(question);
  const table = useFieldColumns('Contact', columns);
  return (
    <section className="table-view" aria-label="Contacts">
      <div className="filter-bar" role="search" aria-label="Contact filters">
        <TextFilter
          label="Filter contacts"
          value={filter.text ?? ''}
          onChange={(t) => setFilter({ text: t })}
        />
        <OwnerSelect
          value={filter.owner ?? 'me'}
          owners={facets.data?.owners ?? []}
          onChange={(owner: OwnerFilter) => setFilter({ owner })}
        />
        <FieldFilters
          fields={table.fields}
          conditions={filter.fields ?? []}
          onChange={(fields) => setFilter({ fields })}
        />
      </div>
      <DataAge />
      <RecordTable
        status={<TableStatus windows={windows} noun="contact" filtered={isFiltered(filter)} />}
        label="Contacts"
        settingsKey="contacts"
        views={{ table: 'contacts', apply }}
        columns={table.columns}
        windows={windows}
        sort={sort}
        onSort={setSort}
        onOpen={(row) => openPanel({ object: 'Contact', id: String(row['Id']) })}
        onEdit={(row) => requestEdit({ object: 'Contact', id: String(row['Id']) })}
        selectedId={panel?.id}
        question={question}
      />
    </section>
  );
}
