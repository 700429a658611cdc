import { ConnectionPanel } from '../settings/ConnectionPanel';
import { useAppStore } from '../state/appStore';

export function SettingsView() {
  const info = useAppStore((s) => s.info);
  return (
    <div className="settings">
      <ConnectionPanel />
      <section aria-labelledby="settings-about">
        <h2 id="settings-about">About</h2>
        <dl className="facts">
          <dt>Version</dt>
          <dd>{info ? `${info.name} ${info.version}` : '…'}</dd>
        </dl>
      </section>
    </div>
  );
}
