import { LoadError } from '../components/Loading';
import { StillLoading } from '../components/StillLoading';
import { number } from '../format';
import type { RowWindows } from './useRowWindows';

/** "4,000 leads", "12 leads match", or why there are none. */
export function TableStatus(props: {
  windows: RowWindows;
  noun: string;
  /** Where adding an s is wrong ("opportunities"). */
  plural?: string;
  filtered: boolean;
}) {
  const { windows } = props;
  const nouns = props.plural ?? `${props.noun}s`;
  if (windows.error) return <LoadError what={nouns} message={windows.error} />;
  if (!windows.ready) {
    return (
      <p className="table-count muted" role="status">
        Loading {nouns}…
      </p>
    );
  }
  if (windows.loading.length) return <StillLoading objects={windows.loading} />;
  const total = windows.total ?? 0;
  const plural = total === 1 ? props.noun : nouns;
  return (
    <p className="table-count" role="status">
      {total === 0
        ? props.filtered
          ? `No ${nouns} match these filters.`
          : `No ${nouns} on this computer yet.`
        : props.filtered
          ? `${number(total)} ${plural} match`
          : `${number(total)} ${plural}`}
    </p>
  );
}
