import { offeredValues, type FieldMeta } from '../../../shared/editing';
import { isNumericType } from '../../../shared/fieldTypes';
import type { InputProps } from './inputProps';
import { LookupInput } from './LookupInput';

const inputTypes: Record<string, string> = {
  date: 'date',
  datetime: 'datetime-local',
  email: 'email',
  phone: 'tel',
  url: 'url',
};

/**
 * The input a field takes, as describe types it: picklists offer the org's values (a dependent
 * one only those its controller's value allows), money and percent read as the rep writes them,
 * a lookup searches the cached records it may point at, a date-time is on the rep's clock.
 */
export function FieldInput(props: {
  meta: FieldMeta;
  input: InputProps;
  /** The controlling field's value, for a dependent picklist. */
  control: string | undefined;
  currency: string | null;
  /** The name of the record a lookup points at now. */
  lookupName?: string | null;
}) {
  const { meta, input } = props;
  if (meta.type === 'reference' && meta.lookupTo)
    return <LookupInput object={meta.lookupTo} input={input} name={props.lookupName ?? null} />;
  const { onChange, ...common } = input;
  const label = (v: string) => meta.picklistLabels?.[v] ?? v;
  if (meta.type === 'picklist') {
    const offered = offeredValues(meta, props.control);
    // A value the record already has stays visible even when no longer offered (retired).
    const options =
      input.value && !offered.includes(input.value) ? [input.value, ...offered] : offered;
    return (
      <select
        {...common}
        disabled={options.length === 0}
        onChange={(e) => onChange(e.target.value)}
      >
        {meta.required && input.value ? null : <option value="">—</option>}
        {options.map((v) => (
          <option key={v} value={v}>
            {label(v)}
          </option>
        ))}
      </select>
    );
  }
  if (meta.type === 'multipicklist') {
    const chosen = input.value ? input.value.split(';') : [];
    return (
      <select
        {...common}
        value={chosen}
        multiple
        size={Math.min(4, meta.picklist.length)}
        onChange={(e) => onChange([...e.target.selectedOptions].map((o) => o.value).join(';'))}
      >
        {meta.picklist.map((v) => (
          <option key={v} value={v}>
            {label(v)}
          </option>
        ))}
      </select>
    );
  }
  if (meta.type === 'boolean')
    return (
      <input
        {...common}
        type="checkbox"
        value="true"
        checked={input.value === 'true'}
        onChange={(e) => onChange(String(e.target.checked))}
      />
    );
  if (meta.type === 'textarea')
    return <textarea {...common} rows={3} onChange={(e) => onChange(e.target.value)} />;
  if (isNumericType(meta.type)) {
    const unit = meta.type === 'percent' ? '%' : meta.type === 'currency' ? props.currency : null;
    return (
      <span className={`number-input${meta.type === 'currency' ? ' unit-first' : ''}`}>
        <input
          {...common}
          type="text"
          inputMode="decimal"
          onChange={(e) => onChange(e.target.value)}
        />
        {unit ? <span aria-hidden="true">{unit}</span> : null}
      </span>
    );
  }
  return (
    <input
      {...common}
      type={inputTypes[meta.type] ?? 'text'}
      onChange={(e) => onChange(e.target.value)}
    />
  );
}
