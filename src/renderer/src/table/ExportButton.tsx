import { useState } from 'react';
import type { ListQuestion } from '../../../shared/ipc/views';
import { api } from '../api';
import { number } from '../format';
import { downloadCsv } from './downloadCsv';

/** Every row the filters and sort give, in the columns shown, as a CSV file. */
export function ExportButton(props: {
  question: ListQuestion;
  columns: Array<{ field: string; label: string }>;
}) {
  const [busy, setBusy] = useState(false);
  const [said, setSaid] = useState('');
  const run = async () => {
    setBusy(true);
    setSaid('');
    const result = await api().records.export({
      question: props.question,
      columns: props.columns,
    });
    setBusy(false);
    if (!result.ok) return setSaid(`Could not export: ${result.message}`);
    const exported = result.value;
    if (exported.outcome === 'cancelled') return;
    if (exported.outcome === 'download') downloadCsv(exported.fileName, exported.csv);
    setSaid(`Exported ${number(exported.rows)} ${exported.rows === 1 ? 'row' : 'rows'}.`);
  };
  return (
    <>
      <span className="export-said muted" role="status">
        {said}
      </span>
      <button
        type="button"
        className="button secondary small"
        disabled={busy}
        title="Save these rows, all of them, as a CSV file"
        onClick={() => void run()}
      >
        {busy ? 'Exporting…' : 'Export'}
      </button>
    </>
  );
}
