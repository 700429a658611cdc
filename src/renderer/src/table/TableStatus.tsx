import { LoadError } from '../components/Loading';
import { number } from '../format';
import type { RowWindows } from './useRowWindows';

/** "4,000 leads", "12 leads match", or why there are none. */
export function TableStatus(props: { windows: RowWindows; noun: string; filtered: boolean }) {
  const { windows } = props;
  if (windows.error) return <LoadError what={`${props.noun}s`} message={windows.error} />;
  if (!windows.ready) {
    return (
      <p className="table-count muted" role="status">
        Loading {props.noun}s…
      </p>
    );
  }
  const total = windows.total ?? 0;
  const plural = total === 1 ? props.noun : `${props.noun}s`;
  return (
    <p className="table-count" role="status">
      {total === 0
        ? props.filtered
          ? `No ${props.noun}s match these filters.`
          : `No ${props.noun}s on this computer yet.`
        : props.filtered
          ? `${number(total)} ${plural} match`
          : `${number(total)} ${plural}`}
    </p>
  );
}
