import type { OwnerFilter } from '../../../shared/ipc/views';

export function OwnerSelect(props: {
  value: OwnerFilter;
  owners: Array<{ id: string; name: string }>;
  onChange(owner: OwnerFilter): void;
}) {
  return (
    <label className="inline-field">
      Owner
      <select value={props.value} onChange={(e) => props.onChange(e.target.value as OwnerFilter)}>
        <option value="me">Me</option>
        <option value="all">Everyone</option>
        {props.owners.map((o) => (
          <option key={o.id} value={o.id}>
            {o.name}
          </option>
        ))}
      </select>
    </label>
  );
}
