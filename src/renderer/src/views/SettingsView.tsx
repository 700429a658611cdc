import { AppearancePanel } from '../settings/AppearancePanel';
import { ConnectionPanel } from '../settings/ConnectionPanel';
import { DesktopSettingsPanel } from '../settings/DesktopSettingsPanel';
import { SyncSettingsPanel } from '../settings/SyncSettingsPanel';
import { useAppStore } from '../state/appStore';

export function SettingsView() {
  const info = useAppStore((s) => s.info);
  const connected = useAppStore((s) => (s.auth?.connections.length ?? 0) > 0);
  return (
    <div className="settings">
      <ConnectionPanel />
      {connected ? <SyncSettingsPanel /> : null}
      <AppearancePanel />
      <DesktopSettingsPanel />
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
