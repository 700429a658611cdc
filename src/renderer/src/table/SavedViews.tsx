import { useRef, useState } from 'react';
import type { SavedView, SavedViewTable } from '../../../shared/ipc/savedViews';
import type { ListQuestion } from '../../../shared/ipc/views';
import { MenuButton } from '../components/MenuButton';
import { renamed, withoutView, withView } from './savedViewList';
import { useSavedViews } from './useSavedViews';
import './savedViews.css';

type Current = { question: ListQuestion; columns: Record<string, boolean> };

function ViewLine(props: {
  view: SavedView;
  /** Just renamed: the line under its new name takes the focus the rename box had. */
  focus: boolean;
  onApply(): void;
  onRename(to: string): Promise<void>;
  onDelete(): void;
}) {
  const { name } = props.view;
  const [renaming, setRenaming] = useState(false);
  if (renaming)
    return (
      <li className="saved-view">
        <form
          className="saved-view-rename"
          onSubmit={(event) => {
            event.preventDefault();
            const to = new FormData(event.currentTarget).get('name');
            void props.onRename(String(to ?? '')).then(() => setRenaming(false));
          }}
        >
          <input
            name="name"
            className="saved-view-name"
            aria-label={`New name for ${name}`}
            defaultValue={name}
            maxLength={60}
            required
            autoFocus
          />
          <button type="submit" className="link-button">
            Save
          </button>
        </form>
      </li>
    );
  return (
    <li className="saved-view">
      <button
        type="button"
        className="saved-view-apply"
        autoFocus={props.focus}
        onClick={props.onApply}
      >
        {name}
      </button>
      <button
        type="button"
        className="link-button"
        aria-label={`Rename ${name}`}
        onClick={() => setRenaming(true)}
      >
        Rename
      </button>
      <button
        type="button"
        className="link-button"
        aria-label={`Delete ${name}`}
        onClick={props.onDelete}
      >
        Delete
      </button>
    </li>
  );
}

/**
 * The Views menu: the table's filters, sort and columns saved under a name, picked again with
 * one click. Saving under a name already taken updates that view.
 */
export function SavedViews(props: {
  table: SavedViewTable;
  label: string;
  current: Current;
  onApply(view: SavedView): void;
}) {
  const saved = useSavedViews(props.table);
  const [renamedTo, setRenamedTo] = useState<string>();
  const nameBox = useRef<HTMLInputElement>(null);
  return (
    <MenuButton
      label="Views"
      title={`Saved views of ${props.label}`}
      className="button secondary small"
    >
      {(close) => (
        <div className="saved-views">
          {saved.views.length === 0 ? (
            <p className="muted menu-empty">
              No saved views yet. Set the filters, sort and columns, then name them below.
            </p>
          ) : (
            <ul className="menu-list" aria-label="Saved views">
              {saved.views.map((view) => (
                <ViewLine
                  key={view.name}
                  view={view}
                  focus={view.name === renamedTo}
                  onApply={() => {
                    props.onApply(view);
                    close();
                  }}
                  onRename={async (to) => {
                    setRenamedTo(to.trim());
                    await saved.store(renamed(saved.views, view.name, to));
                  }}
                  onDelete={() =>
                    void saved
                      .store(withoutView(saved.views, view.name))
                      .then(() => nameBox.current?.focus())
                  }
                />
              ))}
            </ul>
          )}
          {saved.error ? (
            <p className="inline-error" role="alert">
              {saved.error}
            </p>
          ) : null}
          <form
            className="menu-actions saved-view-new"
            onSubmit={(event) => {
              event.preventDefault();
              const form = event.currentTarget;
              const name = String(new FormData(form).get('name') ?? '').trim();
              if (!name) return;
              void saved.store(withView(saved.views, { name, ...props.current }));
              form.reset();
            }}
          >
            <input
              ref={nameBox}
              name="name"
              className="saved-view-name"
              aria-label="View name"
              placeholder="Name this view"
              maxLength={60}
              required
            />
            <button type="submit" className="button small">
              Save view
            </button>
          </form>
        </div>
      )}
    </MenuButton>
  );
}
