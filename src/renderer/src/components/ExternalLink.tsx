import { linkFor } from '../../../shared/externalUrl';
import { api } from '../api';

/**
 * A phone, email or website that opens in the rep's own app through main's allow-listed
 * opener. Values that are not a safe link (javascript:, file:, …) show as plain text.
 */
export function ExternalLink(props: { kind: 'phone' | 'email' | 'website'; value: unknown }) {
  const url = linkFor(props.kind, props.value);
  const label = props.value === null || props.value === undefined ? '' : String(props.value);
  if (!label) return <span className="muted">—</span>;
  if (!url) return <span>{label}</span>;
  return (
    <a
      href={url}
      onClick={(event) => {
        event.preventDefault();
        event.stopPropagation();
        void api().links.open({ url });
      }}
    >
      {props.kind === 'email' && label.includes('@') ? (
        // A narrow column breaks an address before its domain, never inside a word.
        <>
          {label.slice(0, label.indexOf('@'))}
          <wbr />
          {label.slice(label.indexOf('@'))}
        </>
      ) : (
        label
      )}
    </a>
  );
}
