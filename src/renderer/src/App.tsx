import { useEffect } from 'react';
import { SearchPalette } from './components/SearchPalette';
import { ShortcutsDialog } from './components/ShortcutsDialog';
import { Sidebar } from './components/Sidebar';
import { useSearchShortcut } from './components/useSearchShortcut';
import { loadTheme } from './settings/theme';
import { activeConnection, followMain, useAppStore } from './state/appStore';
import { views } from './state/views';
import { RecordPanel } from './records/RecordPanel';
import { SearchResultsView } from './views/SearchResultsView';
import { ViewContent } from './views/ViewContent';

export function App() {
  const view = useAppStore((s) => s.view);
  const load = useAppStore((s) => s.load);
  const bridgeError = useAppStore((s) => s.bridgeError);
  const hasPanel = useAppStore((s) => s.panel !== undefined);
  const results = useAppStore((s) => s.results);
  const connection = activeConnection(useAppStore((s) => s.auth))?.key;
  useSearchShortcut();

  useEffect(() => {
    const unsubscribe = followMain();
    void load();
    void loadTheme();
    return unsubscribe;
  }, [load]);

  const title = results ? 'Search results' : (views.find((v) => v.id === view)?.label ?? '');
  return (
    <div className="shell" data-panel={hasPanel ? 'open' : undefined}>
      <Sidebar />
      <main className="content" aria-labelledby="view-title">
        <header className="content-header">
          <h1 id="view-title" tabIndex={-1}>
            {title}
          </h1>
        </header>
        {bridgeError ? (
          <p role="alert" className="error-banner">
            Roadbook could not reach its background process: {bridgeError}
          </p>
        ) : null}
        {results ? (
          <SearchResultsView
            key={results.query}
            query={results.query}
            returnTo={results.returnTo}
          />
        ) : null}
        {/* Kept, hidden, under the results: back from them, the view is as the rep left it. */}
        <div className="view-frame" hidden={results !== undefined}>
          {/* Each org's views start afresh: filters, sorts and pages are the org's own. */}
          <ViewContent key={connection ?? 'none'} view={view} />
        </div>
      </main>
      <RecordPanel />
      <SearchPalette />
      <ShortcutsDialog />
    </div>
  );
}
