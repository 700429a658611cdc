import type { PeriodInput } from '../../../shared/ipc/views';
import type { Period } from '../../../shared/periods';

const labels: Partial<Record<Period, string>> = {
  any: 'Any time',
  overdue: 'Overdue',
  'this-week': 'This week',
  'this-month': 'This month',
  'this-quarter': 'This quarter',
  'next-quarter': 'Next quarter',
  'last-30-days': 'Last 30 days',
  custom: 'Custom…',
};

/** A period picker; "Custom…" shows two date fields. */
export function PeriodSelect(props: {
  label: string;
  choices: Period[];
  value: PeriodInput;
  onChange(value: PeriodInput): void;
}) {
  const { value } = props;
  return (
    <>
      <label className="inline-field">
        {props.label}
        <select
          value={value.period}
          onChange={(e) => props.onChange({ period: e.target.value as Period })}
        >
          {props.choices.map((p) => (
            <option key={p} value={p}>
              {labels[p]}
            </option>
          ))}
        </select>
      </label>
      {value.period === 'custom' ? (
        <>
          <label className="inline-field">
            From
            <input
              type="date"
              value={value.from ?? ''}
              onChange={(e) => {
                const { from: _from, ...rest } = value;
                props.onChange(e.target.value ? { ...rest, from: e.target.value } : rest);
              }}
            />
          </label>
          <label className="inline-field">
            To
            <input
              type="date"
              value={value.to ?? ''}
              onChange={(e) => {
                const { to: _to, ...rest } = value;
                props.onChange(e.target.value ? { ...rest, to: e.target.value } : rest);
              }}
            />
          </label>
        </>
      ) : null}
    </>
  );
}
