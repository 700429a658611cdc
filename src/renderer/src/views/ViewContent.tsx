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
  if (props.view === 'settings') return <SettingsView />;
  return <NotConnected shows={whatItShows[props.view]} />;
}
