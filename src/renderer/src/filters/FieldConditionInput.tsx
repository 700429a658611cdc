import type { FieldFilter, SyncedField } from '../../../shared/ipc/fieldColumns';
import { CheckList } from '../components/CheckList';
import { conditionKind } from './fieldConditionText';

const numberOrNone = (value: string) => (value.trim() === '' ? undefined : Number(value));

/** The control for one field's condition, by the field's type. */
export function FieldConditionInput(props: {
  field: SyncedField;
  condition: FieldFilter;
  onChange(next: FieldFilter): void;
}) {
  const { field, condition } = props;
  const set = (change: Partial<FieldFilter>) => {
    const next: Record<string, unknown> = { ...condition, ...change };
    for (const key of Object.keys(next)) if (next[key] === undefined) delete next[key];
    props.onChange(next as FieldFilter);
  };
  const kind = conditionKind(field.type);
  if (kind === 'choice') {
    const chosen = condition.values ?? [];
    return (
      <CheckList
        label={field.label}
        options={[...field.picklist, ''].map((value) => ({
          value,
          text: value || '(none)',
          checked: chosen.includes(value),
        }))}
        onToggle={(value, checked) =>
          set({ values: checked ? [...chosen, value] : chosen.filter((v) => v !== value) })
        }
      />
    );
  }
  if (kind === 'yes-no')
    return (
      <label className="inline-field field-condition">
        {field.label}
        <select
          value={condition.is === undefined ? 'any' : condition.is ? 'yes' : 'no'}
          onChange={(e) =>
            set({ is: e.target.value === 'any' ? undefined : e.target.value === 'yes' })
          }
        >
          <option value="any">Any</option>
          <option value="yes">Yes</option>
          <option value="no">No</option>
        </select>
      </label>
    );
  if (kind === 'range' || kind === 'days') {
    const [low, high] = kind === 'range' ? (['min', 'max'] as const) : (['from', 'to'] as const);
    const input = (key: typeof low | typeof high, words: string) => (
      <label className="inline-field field-condition">
        {`${field.label} ${words}`}
        <input
          type={kind === 'range' ? 'number' : 'date'}
          value={condition[key] ?? ''}
          onChange={(e) =>
            set({
              [key]: kind === 'range' ? numberOrNone(e.target.value) : e.target.value || undefined,
            })
          }
        />
      </label>
    );
    return (
      <div className="field-condition-range">
        {input(low, kind === 'range' ? 'at least' : 'from')}
        {input(high, kind === 'range' ? 'at most' : 'to')}
      </div>
    );
  }
  return (
    <label className="inline-field field-condition">
      {`${field.label} contains`}
      <input
        type="search"
        value={condition.text ?? ''}
        onChange={(e) => set({ text: e.target.value || undefined })}
      />
    </label>
  );
}
