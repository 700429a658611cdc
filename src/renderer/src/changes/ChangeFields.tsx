import type { OutboxEntry } from '../../../shared/ipc/edits';
import { shownText } from './changeText';

/** Each field the change sets, by its label: "Stage: Prospecting → Negotiation/Review". */
export function ChangeFields(props: { entry: OutboxEntry; currency: string | null }) {
  return (
    <ul className="change-lines" aria-label={`What changed on ${props.entry.recordName}`}>
      {props.entry.lines.map((line) => {
        const after = shownText(line.type, line.after, props.currency);
        return (
          <li key={line.field}>
            <span className="change-line-label">{line.label}:</span>{' '}
            {line.before ? (
              <>
                <span className="change-before">
                  {shownText(line.type, line.before, props.currency)}
                </span>
                {' → '}
              </>
            ) : null}
            <span className="change-after">{after}</span>
          </li>
        );
      })}
    </ul>
  );
}
