import { useRef } from 'react';

/**
 * A tablist: one Tab stop on the chosen tab, Left/Right (Home/End) to the others, each tab
 * controlling the panel with the id `${id}-panel`.
 */
export function ViewTabs<T extends string>(props: {
  label: string;
  tabs: ReadonlyArray<{ id: T; label: string }>;
  value: T;
  onChange(value: T): void;
}) {
  const list = useRef<HTMLDivElement>(null);
  const choose = (index: number) => {
    const tab = props.tabs[(index + props.tabs.length) % props.tabs.length]!;
    props.onChange(tab.id);
    list.current?.querySelector<HTMLElement>(`#${tab.id}-tab`)?.focus();
  };
  const at = props.tabs.findIndex((t) => t.id === props.value);
  return (
    <div
      ref={list}
      className="tabs"
      role="tablist"
      aria-label={props.label}
      onKeyDown={(event) => {
        const to = {
          ArrowLeft: at - 1,
          ArrowRight: at + 1,
          Home: 0,
          End: props.tabs.length - 1,
        }[event.key];
        if (to === undefined) return;
        event.preventDefault();
        choose(to);
      }}
    >
      {props.tabs.map((tab) => (
        <button
          key={tab.id}
          id={`${tab.id}-tab`}
          type="button"
          role="tab"
          className="tab"
          aria-selected={tab.id === props.value}
          aria-controls={`${tab.id}-panel`}
          tabIndex={tab.id === props.value ? 0 : -1}
          onClick={() => props.onChange(tab.id)}
        >
          {tab.label}
        </button>
      ))}
    </div>
  );
}
