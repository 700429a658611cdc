import { CheckList } from '../components/CheckList';
import { MenuButton } from '../components/MenuButton';
import { number } from '../format';

/** Pick any of a picklist's values (with how many records carry each); none picked = any. */
export function ChoiceFilter(props: {
  label: string;
  options: Array<{ value: string; count: number }>;
  chosen: string[];
  onChange(next: string[]): void;
}) {
  const summary =
    props.chosen.length === 0
      ? 'any'
      : props.chosen.length === 1
        ? props.chosen[0] || 'none'
        : `${props.chosen.length} chosen`;
  return (
    <MenuButton
      label={`${props.label}: ${summary}`}
      title={props.label}
      className="filter-button"
      active={props.chosen.length > 0}
    >
      <CheckList
        label={props.label}
        options={props.options.map((option) => ({
          value: option.value,
          text: option.value || '(none)',
          aside: number(option.count),
          checked: props.chosen.includes(option.value),
        }))}
        onToggle={(value, checked) =>
          props.onChange(
            checked ? [...props.chosen, value] : props.chosen.filter((v) => v !== value),
          )
        }
      />
      <div className="menu-actions">
        <button type="button" className="link-button" onClick={() => props.onChange([])}>
          Clear
        </button>
      </div>
    </MenuButton>
  );
}
