import { useState, type ReactNode } from 'react';
import { useReturnFocus } from '../components/useReturnFocus';

/**
 * A button that turns into its form and back: the form's `done` hears what to confirm to the
 * rep (nothing when they cancelled), and focus returns to the button.
 */
export function FormButton(props: {
  label: string;
  /** The button's accessible name, where its label alone does not say what it is for. */
  name?: string;
  /** Marks the button for a list that moves the focus after it (`useFocusFollows`). */
  focusKey?: string;
  /** Confirms in the caller's place, for a button whose line may move away. */
  onDone?(confirmation: string | undefined): void;
  form(done: (confirmation: string | undefined) => void): ReactNode;
}) {
  const [open, setOpen] = useState(false);
  const [confirmation, setConfirmation] = useState<string>();
  const button = useReturnFocus();
  return (
    <>
      {open ? (
        <div className="composer-form">
          {props.form((said) => {
            button.willReturn();
            setOpen(false);
            if (props.onDone) props.onDone(said);
            else setConfirmation(said);
          })}
        </div>
      ) : (
        <button
          type="button"
          ref={button.ref}
          className="button secondary"
          aria-label={props.name}
          data-focus-key={props.focusKey}
          onClick={() => {
            setConfirmation(undefined);
            setOpen(true);
          }}
        >
          {props.label}
        </button>
      )}
      {props.onDone ? null : (
        <p role="status" className="saved-notice">
          {confirmation}
        </p>
      )}
    </>
  );
}
