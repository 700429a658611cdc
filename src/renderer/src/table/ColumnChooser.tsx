import { useState } from 'react';

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
  const [open, setOpen] = useState(false);
  const columns = props.table.getAllLeafColumns();
  const shown = columns.filter((c) => c.getIsVisible()).length;
  return (
    <div className="popover-anchor">
      <button
        type="button"
        className="button secondary small"
        aria-expanded={open}
        onClick={() => setOpen(!open)}
      >
        Columns
      </button>
      {open ? (
        <fieldset className="popover" onKeyDown={(e) => e.key === 'Escape' && setOpen(false)}>
          <legend>Columns shown in {props.label}</legend>
          {columns.map((column) => (
            <label key={column.id} className="choice">
              <input
                type="checkbox"
                checked={column.getIsVisible()}
                disabled={column.getIsVisible() && shown === 1}
                onChange={(e) => column.toggleVisibility(e.target.checked)}
              />
              {String(column.columnDef.header)}
            </label>
          ))}
          <button
            type="button"
            className="link-button"
            onClick={() => props.table.resetColumnSizing(true)}
          >
            Reset column widths
          </button>
        </fieldset>
      ) : null}
    </div>
  );
}
