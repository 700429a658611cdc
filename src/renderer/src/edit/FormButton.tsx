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
            setConfirmation(said);
          })}
        </div>
      ) : (
        <button
          type="button"
          ref={button.ref}
          className="button secondary"
          aria-label={props.name}
          onClick={() => {
            setConfirmation(undefined);
            setOpen(true);
          }}
        >
          {props.label}
        </button>
      )}
      <p role="status" className="saved-notice">
        {confirmation}
      </p>
    </>
  );
}
