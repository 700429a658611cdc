import { CheckList } from '../components/CheckList';
import { MenuButton } from '../components/MenuButton';

type ChoosableColumn = {
  id: string;
  columnDef: { header?: unknown };
  getIsVisible(): boolean;
  getCanHide(): boolean;
  toggleVisibility(value?: boolean): void;
};

/** Which columns the table shows; at least one always stays. */
export function ColumnChooser(props: {
  label: string;
  table: {
    getAllLeafColumns(): ChoosableColumn[];
    resetColumnSizing(defaultState?: boolean): void;
  };
}) {
  const columns = props.table.getAllLeafColumns();
  const shown = columns.filter((c) => c.getIsVisible()).length;
  return (
    <MenuButton
      label="Columns"
      title={`Columns shown in ${props.label}`}
      className="button secondary small"
    >
      <CheckList
        label="Columns"
        options={columns.map((column) => ({
          value: column.id,
          text: String(column.columnDef.header),
          checked: column.getIsVisible(),
          disabled: column.getIsVisible() && shown === 1,
        }))}
        onToggle={(id, checked) => columns.find((c) => c.id === id)?.toggleVisibility(checked)}
      />
      <div className="menu-actions">
        <button
          type="button"
          className="link-button"
          onClick={() => props.table.resetColumnSizing(true)}
        >
          Reset column widths
        </button>
      </div>
    </MenuButton>
  );
}
