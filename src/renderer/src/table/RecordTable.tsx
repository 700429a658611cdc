import {
  columnResizingFeature,
  columnSizingFeature,
  columnVisibilityFeature,
  rowSortingFeature,
  tableFeatures,
  useTable,
  type ColumnDef,
  type ColumnSizingState,
  type SortingState,
  type Updater,
  type ColumnVisibilityState,
} from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { SavedViewTable } from '../../../shared/ipc/savedViews';
import type { ListQuestion, RecordRow } from '../../../shared/ipc/views';
import { isTyping } from '../components/isTyping';
import { ColumnChooser } from './ColumnChooser';
import { columnFlex, defaultVisibility, roomyTable, rowWidth } from './columnFit';
import { ExportButton } from './ExportButton';
import { SavedViews } from './SavedViews';
import { tableKeyAction } from './tableKeys';
import { loadTableSettings, saveTableSettings } from './tableSettings';
import type { RowWindows } from './useRowWindows';
import { useFocusBackFromPanel } from './useFocusBackFromPanel';

export type TableColumn = {
  id: string;
  header: string;
  size: number;
  /** Off until the rep shows it from the Columns menu. */
  hidden?: boolean;
  /** Shown by default only where the table is wide; in a narrow one, off until the rep shows it. */
  roomy?: boolean;
  /** Figures that line up and read right to left. */
  numeric?: boolean;
  /**
   * This column's share of the width the columns leave free, beside the others' (text takes 1,
   * figures none): an email or a name is cut before a rating is. A column with none never gives
   * width back in a narrow window either.
   */
  grow?: number;
  render(row: RecordRow): ReactNode;
};

export type Sort = { column: string; desc: boolean };

const features = tableFeatures({
  rowSortingFeature,
  columnVisibilityFeature,
  columnSizingFeature,
  columnResizingFeature,
});
type Features = typeof features;

const rowHeight = 32;
const apply = <T,>(updater: Updater<T>, old: T): T =>
  typeof updater === 'function' ? (updater as (old: T) => T)(old) : updater;

/**
 * A table over a window of rows from main: TanStack Table owns the columns (order, sorting,
 * visibility, widths); react-virtual renders only the rows in view, whatever the total. J/K and
 * the arrow keys move through the rows, Enter opens one, E edits it.
 */
export function RecordTable(props: {
  label: string;
  settingsKey: string;
  columns: TableColumn[];
  windows: RowWindows;
  sort: Sort;
  onSort(sort: Sort): void;
  onOpen(row: RecordRow): void;
  /** E on the selected row: the record opens with its edit form. */
  onEdit?(row: RecordRow): void;
  selectedId?: string | undefined;
  /** What the rows answer, so Export can write all of them. */
  question: ListQuestion;
  /** Saved views of this table: picking one asks its question and shows its columns. */
  views?: { table: SavedViewTable; apply(question: ListQuestion): void };
  /** How many rows match ("499 leads match"), at the start of the tools' line. */
  status?: ReactNode;
  /** The view's own action ("New lead"), first of the tools; a form it opens goes below them. */
  action?: ReactNode;
}) {
  const { windows } = props;
  const [settings, setSettings] = useState(() => loadTableSettings(props.settingsKey));
  useEffect(() => saveTableSettings(props.settingsKey, settings), [props.settingsKey, settings]);
  const columns = useMemo<Array<ColumnDef<Features, RecordRow>>>(
    () =>
      props.columns.map((c) => ({
        id: c.id,
        header: c.header,
        size: c.size,
        minSize: 60,
        accessorFn: (row: RecordRow) => row[c.id],
      })),
    [props.columns],
  );
  const scroller = useRef<HTMLDivElement>(null);
  const [narrow, setNarrow] = useState(false);
  // Measured before the first paint, so a narrow window never flashes the wide set of columns.
  useLayoutEffect(() => {
    const element = scroller.current;
    if (!element) return;
    const measure = () => setNarrow(element.clientWidth < roomyTable);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  const visibility = useMemo<ColumnVisibilityState>(
    () => ({ ...defaultVisibility(props.columns, narrow), ...settings.visibility }),
    [props.columns, narrow, settings.visibility],
  );
  const sorting: SortingState = [{ id: props.sort.column, desc: props.sort.desc }];
  const table = useTable({
    features,
    columns,
    data: [],
    manualSorting: true,
    enableSortingRemoval: false,
    columnResizeMode: 'onChange',
    state: { sorting, columnVisibility: visibility, columnSizing: settings.sizing },
    onSortingChange: (updater) => {
      const next = apply(updater, sorting)[0];
      if (next) props.onSort({ column: next.id, desc: next.desc });
    },
    // Only what the rep changed is kept: a column the width took away comes back in a wider window.
    onColumnVisibilityChange: (updater) => {
      const next = apply<ColumnVisibilityState>(updater, visibility);
      const changed = Object.entries(next).filter(([id, shown]) => shown !== visibility[id]);
      setSettings((s) => ({
        ...s,
        visibility: { ...s.visibility, ...Object.fromEntries(changed) },
      }));
    },
    onColumnSizingChange: (updater) =>
      setSettings((s) => ({ ...s, sizing: apply<ColumnSizingState>(updater, s.sizing) })),
  });

  useFocusBackFromPanel(props.selectedId, scroller);
  // Shown in place of what had the focus (an account page left by "All accounts", a Home
  // figure), the table takes it rather than leave it on nothing.
  useEffect(() => {
    if (!document.activeElement || document.activeElement === document.body)
      scroller.current?.focus();
  }, []);
  const total = windows.total ?? 0;
  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scroller.current,
    estimateSize: () => rowHeight,
    overscan: 12,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items.at(-1)?.index ?? 0;
  useEffect(() => {
    if (total > 0) windows.want(first, last);
  }, [first, last, total, windows]);

  const [active, setActive] = useState(0);
  useEffect(() => setActive(0), [windows.total]);
  const move = (to: number) => {
    const next = Math.max(0, Math.min(total - 1, to));
    setActive(next);
    virtualizer.scrollToIndex(next, { align: 'auto' });
  };
  const byRender = new Map(props.columns.map((c) => [c.id, c.render]));
  const numeric = new Set(props.columns.filter((c) => c.numeric).map((c) => c.id));
  const cellClass = (id: string) => (numeric.has(id) ? 'table-cell number' : 'table-cell');
  const grows = new Map(props.columns.map((c) => [c.id, c.grow ?? (c.numeric ? 0 : 1)]));
  const visible = table.getVisibleLeafColumns();
  const fit = (id: string, size: number) => ({
    size,
    grow: grows.get(id) ?? 1,
    resized: settings.sizing[id] !== undefined,
    names: id === visible[0]?.id,
  });
  // Sized columns fill the row: the spare width is shared, so nothing is cut that fits.
  const cellStyle = (id: string, size: number) => columnFlex(fit(id, size));
  const width = rowWidth(visible.map((c) => fit(c.id, c.getSize())));
  // The file has the rep's columns whatever the window's width took off the screen.
  const wide = { ...defaultVisibility(props.columns, false), ...settings.visibility };
  const exported = table
    .getAllLeafColumns()
    .filter((c) => wide[c.id] !== false)
    .map((c) => ({ id: c.id, header: String(c.columnDef.header) }));
  const rowId = (index: number) => `${props.settingsKey}-row-${index}`;
  // The rows keep the order of a column the window's width or the rep took off: say which.
  const sortedBy = table.getAllLeafColumns().find((c) => c.id === props.sort.column);
  const hiddenSort =
    sortedBy && !sortedBy.getIsVisible()
      ? `Sorted by ${String(sortedBy.columnDef.header)}, ${props.sort.desc ? 'descending' : 'ascending'}`
      : null;

  return (
    <div className="record-table">
      <div className="table-tools">
        {props.status}
        {hiddenSort ? <span className="table-sort-note">{hiddenSort}</span> : null}
        {props.action}
        {props.views ? (
          <SavedViews
            table={props.views.table}
            label={props.label}
            current={{ question: props.question, columns: settings.visibility }}
            onApply={(view) => {
              props.views?.apply(view.question);
              setSettings((s) => ({ ...s, visibility: view.columns }));
            }}
          />
        ) : null}
        <ExportButton
          question={props.question}
          columns={exported.map((c) => ({ field: c.id, label: c.header }))}
        />
        <ColumnChooser table={table} label={props.label} />
      </div>
      <div
        ref={scroller}
        className="table-scroll"
        role="grid"
        aria-label={props.label}
        aria-rowcount={total + 1}
        aria-colcount={visible.length}
        tabIndex={0}
        aria-activedescendant={total > 0 ? rowId(active) : undefined}
        onKeyDown={(event) => {
          if (isTyping(event.target as HTMLElement)) return;
          const page = Math.max(
            1,
            Math.floor((scroller.current?.clientHeight ?? 320) / rowHeight) - 1,
          );
          const action = tableKeyAction(event, active, total, page);
          if (!action) return;
          event.preventDefault();
          if ('row' in action) return move(action.row);
          const row = windows.row(active);
          if (!row) return;
          if (action.act === 'open') props.onOpen(row);
          else props.onEdit?.(row);
        }}
      >
        <div className="table-head" role="row" aria-rowindex={1} style={{ width }}>
          {table.getHeaderGroups()[0]?.headers.map((header) => {
            const sorted = header.column.getIsSorted();
            return (
              <div
                key={header.id}
                role="columnheader"
                className={cellClass(header.column.id)}
                style={cellStyle(header.column.id, header.getSize())}
                aria-sort={
                  sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none'
                }
              >
                <button
                  type="button"
                  className="sort-button"
                  tabIndex={-1}
                  onClick={() => header.column.toggleSorting(sorted === 'asc')}
                  aria-label={`Sort by ${String(header.column.columnDef.header)}`}
                >
                  {String(header.column.columnDef.header)}
                  <span aria-hidden="true">
                    {sorted === 'asc' ? ' ▲' : sorted === 'desc' ? ' ▼' : ''}
                  </span>
                </button>
                <span
                  className="resize-handle"
                  aria-hidden="true"
                  onMouseDown={header.getResizeHandler()}
                  onDoubleClick={() => header.column.resetSize()}
                />
              </div>
            );
          })}
        </div>
        <div
          className="table-body"
          role="rowgroup"
          style={{ height: virtualizer.getTotalSize(), width }}
        >
          {items.map((item) => {
            const row = windows.row(item.index);
            return (
              <div
                key={item.key}
                id={rowId(item.index)}
                role="row"
                aria-rowindex={item.index + 2}
                aria-selected={item.index === active}
                data-open={row && row['Id'] === props.selectedId ? 'true' : undefined}
                className="table-row"
                style={{ transform: `translateY(${item.start}px)`, width }}
                onClick={() => {
                  setActive(item.index);
                  if (row) props.onOpen(row);
                }}
              >
                {visible.map((column) => (
                  <div
                    key={column.id}
                    role="gridcell"
                    className={cellClass(column.id)}
                    style={cellStyle(column.id, column.getSize())}
                  >
                    {row ? byRender.get(column.id)?.(row) : <span className="placeholder" />}
                  </div>
                ))}
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
