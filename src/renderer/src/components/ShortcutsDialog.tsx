import { Fragment, useEffect, useRef, useState } from 'react';
import { isTyping } from './isTyping';
import { searchShortcutLabel } from './shortcutLabel';
import { shortcutGroups } from './shortcutList';
import './shortcuts.css';

/** "?" anywhere but in a text field lists every shortcut; Escape or Close puts focus back. */
export function ShortcutsDialog() {
  const [open, setOpen] = useState(false);
  const dialog = useRef<HTMLDialogElement>(null);
  const cameFrom = useRef<HTMLElement | null>(null);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== '?' || event.ctrlKey || event.metaKey || event.altKey) return;
      if (isTyping(event.target as HTMLElement | null) || dialog.current?.open) return;
      if (document.querySelector('dialog[open]')) return;
      event.preventDefault();
      cameFrom.current = document.activeElement as HTMLElement | null;
      setOpen(true);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) element.showModal();
    if (!open && element.open) element.close();
  }, [open]);

  return (
    <dialog
      ref={dialog}
      className="shortcuts-dialog"
      aria-labelledby="shortcuts-title"
      // The browser's own close (Escape) says so first, at once, in cancel: a "?" right after it
      // opens the list again. Close comes in a task of its own, when the list may be open
      // again, which it must leave so.
      onCancel={() => setOpen(false)}
      onClose={() => {
        if (dialog.current?.open) return;
        setOpen(false);
        cameFrom.current?.focus();
      }}
    >
      <header>
        <h2 id="shortcuts-title">Keyboard shortcuts</h2>
        <button type="button" className="link-button" onClick={() => setOpen(false)}>
          Close
        </button>
      </header>
      <div className="shortcut-groups">
        {shortcutGroups(searchShortcutLabel()).map((group, index) => (
          <section key={group.title} aria-labelledby={`shortcuts-${index}`}>
            <h3 id={`shortcuts-${index}`}>{group.title}</h3>
            <dl>
              {group.shortcuts.map((shortcut) => (
                <Fragment key={shortcut.does}>
                  <dt>
                    {shortcut.keys.map((key) => (
                      <kbd key={key}>{key}</kbd>
                    ))}
                  </dt>
                  <dd>{shortcut.does}</dd>
                </Fragment>
              ))}
            </dl>
          </section>
        ))}
      </div>
    </dialog>
  );
}
