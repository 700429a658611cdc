import { ConnectionPanel } from '../settings/ConnectionPanel';
import { useAppStore } from '../state/appStore';
import type { ViewId } from '../state/views';
import { NotConnected } from './NotConnected';
import { SettingsView } from './SettingsView';

const whatItShows: Record<Exclude<ViewId, 'settings'>, string> = {
  home: 'Home shows your open pipeline, deals closing soon and new leads.',
  pipeline: 'Pipeline shows your open opportunities on a board by stage.',
  leads: 'Leads lists your leads with filters for status, rating and source.',
  accounts: 'Accounts lists your accounts with their contacts and opportunities.',
};

export function ViewContent(props: { view: ViewId }) {
  const firstRun = useAppStore((s) => s.auth?.connections.length === 0);
  if (props.view === 'settings') return <SettingsView />;
  if (props.view === 'home' && firstRun) {
    return (
      <div className="settings">
        <p className="welcome">
          Welcome to Roadbook. Connect your Salesforce org to keep your accounts, contacts,
          opportunities and leads on this computer, online or not.
        </p>
        <ConnectionPanel />
      </div>
    );
  }
  return <NotConnected shows={whatItShows[props.view]} />;
}
