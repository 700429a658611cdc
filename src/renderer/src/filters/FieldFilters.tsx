import { useState } from 'react';
import type { FieldFilter, SyncedField } from '../../../shared/ipc/fieldColumns';
import { MenuButton } from '../components/MenuButton';
import { FieldConditionInput } from './FieldConditionInput';
import { conditionText, isActive } from './fieldConditionText';
import './fieldFilters.css';

/**
 * Conditions on any synced field: pick a field by its label, then what it should hold. Each
 * condition applies as it is edited and shows as a removable chip beside the button.
 */
export function FieldFilters(props: {
  fields: SyncedField[];
  conditions: FieldFilter[];
  onChange(next: FieldFilter[]): void;
}) {
  const [picked, setPicked] = useState('');
  const byName = new Map(props.fields.map((f) => [f.name, f]));
  const shown = props.conditions.filter((c) => byName.has(c.field));
  const field = byName.get(picked);
  const condition = props.conditions.find((c) => c.field === picked) ?? { field: picked };
  const put = (next: FieldFilter) =>
    props.onChange([
      ...props.conditions.filter((c) => c.field !== next.field),
      ...(isActive(next) ? [next] : []),
    ]);
  const remove = (name: string) => props.onChange(props.conditions.filter((c) => c.field !== name));
  const sorted = [...props.fields].sort((a, b) => a.label.localeCompare(b.label));
  return (
    <>
      <MenuButton
        label={shown.length ? `More filters: ${shown.length}` : 'More filters'}
        title="Filter by any field"
        className="filter-button"
        active={shown.length > 0}
      >
        <div className="field-filter">
          <label className="inline-field">
            Field
            <select value={picked} onChange={(e) => setPicked(e.target.value)}>
              <option value="">Choose a field…</option>
              {sorted.map((f) => (
                <option key={f.name} value={f.name}>
                  {f.label}
                </option>
              ))}
            </select>
          </label>
          {field ? (
            <FieldConditionInput field={field} condition={condition} onChange={put} />
          ) : null}
        </div>
        <div className="menu-actions">
          <button type="button" className="link-button" onClick={() => props.onChange([])}>
            Clear all
          </button>
        </div>
      </MenuButton>
      {shown.map((c) => (
        <span key={c.field} className="field-chip">
          {conditionText(byName.get(c.field)!, c)}
          <button
            type="button"
            className="link-button"
            aria-label={`Remove the ${byName.get(c.field)!.label} filter`}
            onClick={() => remove(c.field)}
          >
            ×
          </button>
        </span>
      ))}
    </>
  );
}
