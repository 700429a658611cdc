import { Fragment } from 'react';
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
      {props.kind === 'email' && label.includes('@') ? <EmailParts address={label} /> : label}
    </a>
  );
}

/**
 * A narrow column breaks an address before its domain and before each of the domain's dots
 * ("ana.silva" "@waynebank" ".example"), never inside a word.
 */
function EmailParts(props: { address: string }) {
  const at = props.address.indexOf('@');
  const [first, ...rest] = props.address.slice(at).split('.');
  return (
    <>
      {props.address.slice(0, at)}
      <wbr />
      {first}
      {rest.map((part, index) => (
        <Fragment key={index}>
          <wbr />
          {`.${part}`}
        </Fragment>
      ))}
    </>
  );
}
