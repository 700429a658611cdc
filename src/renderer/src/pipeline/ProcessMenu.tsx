import { MenuButton } from '../components/MenuButton';

/** Which sales process the board shows, from those the deals use. */
export function ProcessMenu(props: {
  processes: string[];
  value: string;
  onChange(process: string): void;
}) {
  return (
    <MenuButton
      className="filter-button"
      label={
        <>
          <span className="muted">Sales process</span> {props.value}
        </>
      }
      buttonLabel={`Sales process: ${props.value}`}
      title="Sales process"
    >
      {(close) => (
        <div className="move-choices">
          {props.processes.map((process) => (
            <button
              key={process}
              type="button"
              className="move-choice"
              aria-current={process === props.value ? 'true' : undefined}
              onClick={() => {
                close();
                if (process !== props.value) props.onChange(process);
              }}
            >
              {process}
            </button>
          ))}
        </div>
      )}
    </MenuButton>
  );
}
