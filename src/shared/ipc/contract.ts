import { z } from 'zod';
import { appearance, themePreference } from './appearance';
import { authState, connectInput, connectionKey } from './authState';
import type { EventChannel, InvokeChannel } from './channels';
import { closePreference, desktopSettings, updateCheck } from './desktop';
import {
  byOp,
  createInput,
  formInput,
  formOutput,
  localState,
  outboxOutput,
  recordTypesInput,
  recordTypesOutput,
  resolveInput,
  saveInput,
  saveOutput,
} from './edits';
import { timelineInput, timelineOutput } from './activity';
import { eventsInput, eventsOutput } from './calendar';
import { lookupChoicesInput, lookupChoicesOutput } from './lookups';
import { relatedInput, relatedOutput } from './related';
import { savedViewsInput, savedViewsOutput, setSavedViewsInput } from './savedViews';
import { syncedFieldsOutput } from './fieldColumns';
import { syncSettings } from './syncSettings';
import { tasksInput, tasksOutput } from './tasks';
import { syncStatus } from './syncStatus';
import {
  accountDetailOutput,
  facetsInput,
  facetsOutput,
  homeOutput,
  exportInput,
  exportOutput,
  listInput,
  listOutput,
  pipelineCardsInput,
  pipelineCardsOutput,
  pipelineInput,
  pipelineOutput,
  recordInput,
  recordOutput,
  salesforceId,
  searchInput,
  searchOutput,
  searchPageInput,
  searchPageOutput,
} from './views';

const noInput = z.object({}).strict();
const byKey = z.object({ key: connectionKey }).strict();

const appInfo = z.object({
  name: z.string(),
  version: z.string(),
  platform: z.enum(['electron', 'web-test-bed']),
});
export type AppInfo = z.infer<typeof appInfo>;

/** channel → input schema (parsed in main) → output schema (the renderer's view of the value). */
export const invokeContract = {
  'app.info': { input: noInput, output: appInfo },
  'app.desktop': { input: noInput, output: desktopSettings },
  'app.configureDesktop': {
    input: z.object({ closeAction: closePreference }).strict(),
    output: desktopSettings,
  },
  'app.checkForUpdates': { input: noInput, output: updateCheck },
  'app.appearance': { input: noInput, output: appearance },
  'app.setAppearance': {
    input: z.object({ theme: themePreference }).strict(),
    output: appearance,
  },
  'auth.status': { input: noInput, output: authState },
  'auth.connect': { input: connectInput, output: authState },
  'auth.cancel': { input: noInput, output: authState },
  'auth.reconnect': { input: byKey, output: authState },
  'auth.switch': { input: byKey, output: authState },
  'auth.disconnect': {
    input: z.object({ key: connectionKey, deleteLocalData: z.boolean() }).strict(),
    output: authState,
  },
  'sync.status': { input: noInput, output: syncStatus },
  'sync.now': { input: noInput, output: syncStatus },
  'sync.pause': { input: noInput, output: syncStatus },
  'sync.resume': { input: noInput, output: syncStatus },
  'sync.settings': { input: noInput, output: syncSettings },
  'sync.configure': { input: syncSettings, output: syncSettings },
  'cache.rebuild': { input: noInput, output: syncStatus },
  'home.summary': { input: noInput, output: homeOutput },
  'tasks.list': { input: tasksInput, output: tasksOutput },
  'activity.timeline': { input: timelineInput, output: timelineOutput },
  'pipeline.board': { input: pipelineInput, output: pipelineOutput },
  'pipeline.cards': { input: pipelineCardsInput, output: pipelineCardsOutput },
  'records.list': { input: listInput, output: listOutput },
  'records.facets': { input: facetsInput, output: facetsOutput },
  'records.fields': { input: facetsInput, output: syncedFieldsOutput },
  'records.export': { input: exportInput, output: exportOutput },
  'records.related': { input: relatedInput, output: relatedOutput },
  'records.openInSalesforce': { input: recordInput, output: z.object({ opened: z.boolean() }) },
  'views.saved': { input: savedViewsInput, output: savedViewsOutput },
  'views.setSaved': { input: setSavedViewsInput, output: savedViewsOutput },
  'records.get': {
    input: recordInput,
    output: recordOutput.extend({ local: localState.nullable() }),
  },
  'accounts.detail': {
    input: z.object({ id: salesforceId }).strict(),
    output: accountDetailOutput,
  },
  'calendar.events': { input: eventsInput, output: eventsOutput },
  'search.query': { input: searchInput, output: searchOutput },
  'records.lookupChoices': { input: lookupChoicesInput, output: lookupChoicesOutput },
  'search.page': { input: searchPageInput, output: searchPageOutput },
  'edits.form': { input: formInput, output: formOutput },
  'edits.recordTypes': { input: recordTypesInput, output: recordTypesOutput },
  'edits.save': { input: saveInput, output: saveOutput },
  'edits.create': { input: createInput, output: saveOutput },
  'changes.list': { input: noInput, output: outboxOutput },
  'changes.retry': { input: byOp, output: outboxOutput },
  'changes.discard': { input: byOp, output: outboxOutput },
  'changes.resolve': { input: resolveInput, output: outboxOutput },
  'links.open': {
    input: z.object({ url: z.string().min(1).max(2048) }).strict(),
    output: z.object({ opened: z.boolean() }),
  },
} as const satisfies Record<InvokeChannel, { input: z.ZodType; output: z.ZodType }>;

/** main → renderer pushes. */
export const eventContract = {
  'auth.changed': authState,
  'sync.status': syncStatus,
} as const satisfies Record<EventChannel, z.ZodType>;

export type InvokeInput<C extends InvokeChannel> = z.input<(typeof invokeContract)[C]['input']>;
export type ParsedInput<C extends InvokeChannel> = z.output<(typeof invokeContract)[C]['input']>;
export type InvokeOutput<C extends InvokeChannel> = z.output<(typeof invokeContract)[C]['output']>;
export type EventPayload<E extends EventChannel> = z.output<(typeof eventContract)[E]>;
