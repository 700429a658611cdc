import type { TotalsCurrency } from '../../../shared/ipc/views';
import './convertedNote.css';

/** Says that totals marked ≈ add amounts converted from other currencies, and into which. */
export function ConvertedNote(props: { totals: TotalsCurrency; what: string }) {
  if (!props.totals?.converted) return null;
  return (
    <p className="muted converted-note">
      ≈ {props.what} converted to {props.totals.code} at the org’s rates
    </p>
  );
}
