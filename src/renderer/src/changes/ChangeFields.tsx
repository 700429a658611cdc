import type { OutboxEntry } from '../../../shared/ipc/edits';
import { shownText } from './changeText';

/**
 * Each field the change sets, by its label: "Stage: Prospecting → Negotiation/Review"; amounts
 * in the record's currency (the org's when the record has none of its own).
 */
export function ChangeFields(props: { entry: OutboxEntry; orgCurrency: string | null }) {
  const after = props.entry.currency ?? props.orgCurrency;
  const before = props.entry.currencyBefore ?? after;
  return (
    <ul className="change-lines" aria-label={`What changed on ${props.entry.recordName}`}>
      {props.entry.lines.map((line) => {
        const shown = shownText(line.type, line.after, after);
        return (
          <li key={line.field}>
            <span className="change-line-label">{line.label}:</span>{' '}
            {line.before ? (
              <>
                <span className="change-before">{shownText(line.type, line.before, before)}</span>
                {' → '}
              </>
            ) : null}
            <span className="change-after">{shown}</span>
          </li>
        );
      })}
    </ul>
  );
}
