import { useAppStore } from '../state/appStore';
import { views } from '../state/views';
import { ConnectionBadge } from './ConnectionBadge';
import { searchShortcutLabel } from './shortcutLabel';
import { SyncIndicator } from './SyncIndicator';

export function Sidebar() {
  const current = useAppStore((s) => s.view);
  const navigate = useAppStore((s) => s.navigate);
  const setSearchOpen = useAppStore((s) => s.setSearchOpen);
  const waiting = useAppStore((s) => s.sync?.changes.waiting ?? 0);
  const attention = useAppStore((s) => s.sync?.changes.attention ?? 0);
  return (
    <nav className="sidebar" aria-label="Main">
      <div className="brand">Roadbook</div>
      <ul>
        {views.map((v) => (
          <li key={v.id}>
            <button
              type="button"
              className="nav-item"
              aria-current={current === v.id ? 'page' : undefined}
              onClick={() => navigate(v.id)}
            >
              {v.label}
              {v.id === 'changes' && waiting ? (
                <span
                  className="badge"
                  data-attention={attention ? 'true' : undefined}
                  aria-label={`${waiting} ${waiting === 1 ? 'change' : 'changes'} waiting${attention ? `, ${attention} need you` : ''}`}
                >
                  {waiting}
                </span>
              ) : null}
            </button>
          </li>
        ))}
        <li>
          <button
            type="button"
            className="nav-item"
            aria-keyshortcuts="Control+K Meta+K"
            onClick={() => setSearchOpen(true)}
          >
            Search <kbd aria-hidden="true">{searchShortcutLabel()}</kbd>
          </button>
        </li>
      </ul>
      <ConnectionBadge />
      <SyncIndicator />
    </nav>
  );
}
