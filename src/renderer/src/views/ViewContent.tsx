import { PipelineView } from '../pipeline/PipelineView';
import { AllSet } from '../settings/AllSet';
import { ConnectionPanel } from '../settings/ConnectionPanel';
import { activeConnection, useAppStore } from '../state/appStore';
import type { ViewId } from '../state/views';
import { OfflineBanner } from '../sync/OfflineBanner';
import { everSynced, isStored, viewObject } from '../sync/syncProgress';
import { AccountsView } from './AccountsView';
import { CacheProblem } from './CacheProblem';
import { ChangesView } from './ChangesView';
import { ContactsView } from './ContactsView';
import { HomeView } from './HomeView';
import { LeadsView } from './LeadsView';
import { NotConnected } from './NotConnected';
import { OpportunitiesView } from './OpportunitiesView';
import { SettingsView } from './SettingsView';
import { TasksView } from './TasksView';

const whatItShows: Record<Exclude<ViewId, 'settings'>, string> = {
  home: 'Home shows your tasks for today, deals closing soon and new leads.',
  pipeline: 'Pipeline shows your open opportunities on a board by stage.',
  opportunities: 'Opportunities lists your deals with filters for stage, close date and owner.',
  contacts: 'Contacts lists the people at your accounts.',
  leads: 'Leads lists your leads with filters for status, rating and source.',
  accounts: 'Accounts lists your accounts with their contacts and opportunities.',
  changes: 'Changes lists your edits that are not in Salesforce yet.',
  tasks: 'Tasks lists your open tasks by due date.',
};

const screens = {
  home: HomeView,
  pipeline: PipelineView,
  opportunities: OpportunitiesView,
  contacts: ContactsView,
  leads: LeadsView,
  accounts: AccountsView,
  changes: ChangesView,
  tasks: TasksView,
};

/** Every view, with the offline banner above it. */
export function ViewContent(props: { view: ViewId }) {
  return (
    <>
      <OfflineBanner />
      <Screen view={props.view} />
    </>
  );
}

function Screen(props: { view: ViewId }) {
  const auth = useAppStore((s) => s.auth);
  const sync = useAppStore((s) => s.sync);
  if (props.view === 'settings') return <SettingsView />;
  if (sync?.cacheProblem)
    return <CacheProblem problem={sync.cacheProblem} message={sync.message} />;
  if (props.view === 'home' && auth?.connections.length === 0) {
    return (
      <div className="settings">
        <p className="welcome">
          Welcome to Roadbook. Sign in to Salesforce to keep your accounts, contacts, opportunities
          and leads on this computer, online or not.
        </p>
        <ConnectionPanel />
      </div>
    );
  }
  if (!activeConnection(auth)) return <NotConnected shows={whatItShows[props.view]} />;
  // Home adds up every object: a half-synced Home would show $0 beside real counts.
  if (props.view === 'home' && !everSynced(sync)) return <AllSet />;
  const object = viewObject[props.view];
  if (object && !isStored(sync, object))
    return <NotConnected shows={whatItShows[props.view]} object={object} />;
  const View = screens[props.view];
  return <View />;
}
