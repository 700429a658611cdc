import { Fragment, useEffect, useState } from 'react';
import { isTyping } from './isTyping';
import { searchShortcutLabel } from './shortcutLabel';
import { shortcutGroups } from './shortcutList';
import { useModalDialog } from './useModalDialog';
import './shortcuts.css';

/** "?" anywhere but in a text field lists every shortcut; Escape or Close puts focus back. */
export function ShortcutsDialog() {
  const [open, setOpen] = useState(false);
  const { opener, dialogProps } = useModalDialog(open, setOpen, {
    closed: () => opener.current?.focus(),
  });

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== '?' || event.ctrlKey || event.metaKey || event.altKey) return;
      if (isTyping(event.target as HTMLElement | null)) return;
      // A dialog open (this one, or search) keeps its keys.
      if (document.querySelector('dialog[open]')) return;
      event.preventDefault();
      setOpen(true);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  return (
    <dialog {...dialogProps} className="shortcuts-dialog" aria-labelledby="shortcuts-title">
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
