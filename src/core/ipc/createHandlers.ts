import type { ThemePreference } from '../../shared/ipc/appearance';
import type { AppInfo } from '../../shared/ipc/contract';
import type { AuthService } from '../auth/authService';
import type { Logger } from '../log/logger';
import { discardChange, retryChange } from '../outbox/changeActions';
import { resolveConflict } from '../outbox/conflicts';
import { recordForm } from '../outbox/formFields';
import { newRecordTypes } from '../schema/newRecordTypes';
import { isLocalId } from '../outbox/localId';
import { listChanges, localStateOf } from '../outbox/listChanges';
import { createRecord, saveEdit } from '../outbox/localEdits';
import { IpcError } from '../../shared/ipc/result';
import { lightningRecordUrl } from '../salesforce/lightningUrl';
import { openExternalSafely } from '../security/openExternalSafely';
import type { SettingsStore } from '../settings/settingsStore';
import type { CacheRegistry } from '../store/cacheRegistry';
import { disconnect } from '../sync/disconnect';
import type { SyncService } from '../sync/syncService';
import { cacheProblemOf } from '../store/cacheProblems';
import { homeSummary } from '../views/homeSummary';
import { exportRows } from '../views/exportRows';
import { listRecords, tableColumns } from '../views/listRecords';
import { indexChosenFields, syncedFieldList } from '../views/fieldSql';
import { taskList } from '../views/taskList';
import { activityTimeline } from '../views/activityTimeline';
import { relatedRecords } from '../views/relatedRecords';
import { pipelineBoard, pipelineCards } from '../views/pipelineBoard';
import { accountDetail } from '../views/accountDetail';
import { eventsInRange } from '../views/eventsInRange';
import { facetsOf } from '../views/filterFacets';
import { newRecordCurrency } from '../outbox/recordCurrency';
import { lookupChoices } from '../views/lookupChoices';
import { recordDetail } from '../views/recordDetail';
import { searchLoading, searchPage, searchResults } from '../views/searchResults';
import { viewScope } from '../views/viewScope';
import { appearanceHandlers } from './appearanceHandlers';
import { savedViewHandlers } from './savedViewHandlers';
import { desktopHandlers, type DesktopShell } from './desktopHandlers';
import type { HandlerTable } from './handlerTable';

/** What the handlers need from the app beyond its services. */
export type HandlerDeps = {
  info: AppInfo;
  /** The operating system's browser/mail/phone opener (shell.openExternal in Electron). */
  openExternal: (url: string) => Promise<void>;
  logger: Logger;
  settings: SettingsStore;
  now?: () => number;
  /**
   * Writes a file where the rep picks in a save dialog; false when they cancel. Electron main
   * has one; a browser (the test bed, the preview) has none and downloads instead.
   */
  saveFile?: (suggestedName: string, contents: string) => Promise<boolean>;
  /** The tray and updates, from Electron main; the test bed has neither. */
  desktop?: DesktopShell;
  /** Electron main: the window's title bar and menus follow the rep's light or dark choice. */
  appearanceApplied?: (theme: ThemePreference) => void;
};

export function createHandlers(
  deps: HandlerDeps,
  auth: AuthService,
  sync: SyncService,
  caches: CacheRegistry,
): HandlerTable {
  const now = deps.now ?? Date.now;
  const scoped = viewScope(auth, caches, now);
  /** A cache query; a cache that breaks under it shows its problem in the sync status too. */
  const view = <T>(read: Parameters<typeof scoped<T>>[0]): T => {
    try {
      return scoped(read);
    } catch (error) {
      const problem = cacheProblemOf(error);
      if (!problem) throw error;
      sync.cacheBroke(problem, error);
      throw problem;
    }
  };
  /** A local change: the outbox count updates and a push follows shortly. */
  const edit = <T>(write: Parameters<typeof view<T>>[0]): T => {
    const result = view(write);
    sync.edited();
    return result;
  };
  const change = (act: (db: Parameters<Parameters<typeof view>[0]>[0]) => void) =>
    edit((db) => {
      act(db);
      return { changes: listChanges(db) };
    });
  return {
    'app.info': () => deps.info,
    ...desktopHandlers(deps.settings, deps.desktop),
    ...appearanceHandlers(deps.settings, deps.appearanceApplied),
    ...savedViewHandlers(deps.settings),
    'auth.status': () => auth.state(),
    'auth.connect': (input) => auth.connect(input),
    'auth.cancel': () => auth.cancel(),
    'auth.reconnect': ({ key }) => auth.reconnect(key),
    'auth.switch': ({ key }) => auth.switchTo(key),
    'auth.disconnect': ({ key, deleteLocalData }) => disconnect(auth, sync, key, deleteLocalData),
    'sync.status': () => sync.status(),
    'sync.now': () => sync.request(),
    'sync.pause': () => sync.pause(),
    'sync.resume': () => sync.resume(),
    'sync.settings': () => sync.settings(),
    'sync.configure': (input) => sync.configure(input),
    'cache.rebuild': () => sync.rebuild(),
    'home.summary': () => view(homeSummary),
    'tasks.list': ({ perGroup }) => view((db, context) => taskList(db, context, perGroup)),
    'activity.timeline': (input) => view((db) => activityTimeline(db, input)),
    'pipeline.board': (input) => view((db, context) => pipelineBoard(db, input, context)),
    'pipeline.cards': (input) => view((db, context) => pipelineCards(db, input, context)),
    'records.list': (input) =>
      view((db, context) => {
        indexChosenFields(db, input, tableColumns(input.object));
        return listRecords(db, input, context);
      }),
    'records.facets': ({ object }) => view((db) => facetsOf(db, object)),
    'records.fields': ({ object }) => view((db) => ({ fields: syncedFieldList(db, object) })),
    'records.export': async (input) => {
      const exported = view((db, context) => exportRows(db, input, context));
      if (!deps.saveFile) return { outcome: 'download', ...exported };
      const saved = await deps.saveFile(exported.fileName, exported.csv);
      return saved ? { outcome: 'saved', rows: exported.rows } : { outcome: 'cancelled' };
    },
    'records.related': ({ object, id }) => view((db) => relatedRecords(db, object, id)),
    'records.lookupChoices': ({ object, text }) =>
      view((db) => ({ choices: lookupChoices(db, object, text) })),
    'records.openInSalesforce': async ({ object, id }) => {
      const instanceUrl = auth.activeInstanceUrl();
      if (!instanceUrl) throw new IpcError('NOT_ALLOWED', 'Connect to Salesforce first.');
      if (isLocalId(id))
        throw new IpcError(
          'NOT_ALLOWED',
          'This record is not in Salesforce yet: it goes there with the next sync.',
        );
      const opened = await openExternalSafely(
        lightningRecordUrl(instanceUrl, object, id),
        deps.openExternal,
      );
      return { opened };
    },
    'records.get': ({ object, id }) =>
      view((db) => ({ record: recordDetail(db, object, id), local: localStateOf(db, object, id) })),
    'accounts.detail': ({ id }) => view((db) => accountDetail(db, id)),
    'calendar.events': (input) => view((db, context) => eventsInRange(db, input, context)),
    'search.query': ({ text, perType }) =>
      view((db) => ({ groups: searchResults(db, text, perType), loading: searchLoading(db) })),
    'search.page': ({ text, object, offset, limit }) =>
      view((db) => searchPage(db, text, object, offset, limit)),
    'edits.form': ({ object, recordTypeId }) =>
      view((db, context) => ({
        ...recordForm(db, object, recordTypeId ?? null),
        newRecordCurrency: newRecordCurrency(db, object, context.userId),
      })),
    'edits.save': ({ object, id, changes }) =>
      edit((db) => saveEdit(db, object, id, changes, now())),
    'edits.recordTypes': ({ object }) => view((db) => newRecordTypes(db, object)),
    'edits.create': ({ object, fields, recordTypeId }) =>
      edit((db, context) => createRecord(db, object, fields, context.userId, now(), recordTypeId)),
    'changes.list': () => view((db) => ({ changes: listChanges(db) })),
    'changes.retry': ({ opId }) => change((db) => retryChange(db, opId)),
    'changes.discard': ({ opId }) => change((db) => discardChange(db, opId)),
    'changes.resolve': ({ opId, choices }) => change((db) => resolveConflict(db, opId, choices)),
    'links.open': async ({ url }) => {
      const opened = await openExternalSafely(url, deps.openExternal);
      if (!opened) deps.logger.warn('Refused to open a link with a scheme Roadbook does not allow');
      return { opened };
    },
  };
}
