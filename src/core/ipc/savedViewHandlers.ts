import { savedView, type SavedView, type SavedViewTable } from '../../shared/ipc/savedViews';
import type { SettingsStore } from '../settings/settingsStore';
import type { HandlerTable } from './handlerTable';

const objectOf = {
  leads: 'Lead',
  accounts: 'Account',
  contacts: 'Contact',
  opportunities: 'Opportunity',
} as const;

const keyOf = (table: SavedViewTable) => `savedViews.${table}`;

/** The views saved for a table; one another build saved that no longer parses is left out. */
function savedViewsOf(settings: SettingsStore, table: SavedViewTable): SavedView[] {
  const stored = settings.get<unknown>(keyOf(table));
  if (!Array.isArray(stored)) return [];
  return stored.flatMap((entry) => {
    const parsed = savedView.safeParse(entry);
    return parsed.success && parsed.data.question.object === objectOf[table] ? [parsed.data] : [];
  });
}

/** Saved views live with the app's settings, so they outlast the window and its storage. */
export function savedViewHandlers(
  settings: SettingsStore,
): Pick<HandlerTable, 'views.saved' | 'views.setSaved'> {
  return {
    'views.saved': ({ table }) => ({ views: savedViewsOf(settings, table) }),
    'views.setSaved': ({ table, views }) => {
      settings.set(
        keyOf(table),
        views.filter((v) => v.question.object === objectOf[table]),
      );
      return { views: savedViewsOf(settings, table) };
    },
  };
}
