export function TextFilter(props: { label: string; value: string; onChange(value: string): void }) {
  return (
    <input
      type="search"
      className="text-filter"
      aria-label={props.label}
      placeholder={props.label}
      maxLength={200}
      value={props.value}
      onChange={(e) => props.onChange(e.target.value)}
    />
  );
}
