import { useEffect, useState } from 'react';
import {
  noSelfUpdate,
  type ClosePreference,
  type DesktopSettings,
  type UpdateCheck,
} from '../../../shared/ipc/desktop';
import { api } from '../api';
import { offlineReason, useOffline } from '../sync/offline';

const closeChoices: { value: ClosePreference; label: string }[] = [
  { value: 'auto', label: 'Keep syncing in the tray, if this desktop has one' },
  { value: 'tray', label: 'Always keep syncing in the tray' },
  { value: 'quit', label: 'Quit Roadbook' },
];

/** What the close button does, and updates; only in the desktop app. */
export function DesktopSettingsPanel() {
  const [settings, setSettings] = useState<DesktopSettings>();
  const [error, setError] = useState<string>();
  const [update, setUpdate] = useState<UpdateCheck>();
  const [checking, setChecking] = useState(false);
  const offline = useOffline();

  useEffect(() => {
    void api()
      .app.desktop({})
      .then((result) => (result.ok ? setSettings(result.value) : setError(result.message)));
  }, []);

  const choose = async (current: DesktopSettings, closeAction: ClosePreference) => {
    setSettings({ ...current, closeAction });
    const result = await api().app.configureDesktop({ closeAction });
    if (result.ok) {
      setSettings(result.value);
      setError(undefined);
    } else {
      // Nothing was saved: show what still applies.
      setSettings(current);
      setError(result.message);
    }
  };
  const check = async () => {
    setChecking(true);
    const result = await api().app.checkForUpdates({});
    setChecking(false);
    if (result.ok) setUpdate(result.value);
    else setError(result.message);
  };

  return (
    <section aria-labelledby="settings-window">
      <h2 id="settings-window">Window and updates</h2>
      {!settings ? (
        <p>{error ?? 'Loading…'}</p>
      ) : (
        <>
          <fieldset className="choices">
            <legend>When I close the window</legend>
            {closeChoices.map((choice) => (
              <label key={choice.value}>
                <input
                  type="radio"
                  name="close-action"
                  value={choice.value}
                  checked={settings.closeAction === choice.value}
                  onChange={() => void choose(settings, choice.value)}
                />
                {choice.label}
              </label>
            ))}
          </fieldset>
          {settings.trayAvailable === false ? (
            <p className="muted">
              This desktop shows no tray icons, so closing the window quits Roadbook unless you
              choose the tray. Start Roadbook again to sync.
            </p>
          ) : null}
          <p>
            <button
              type="button"
              className="button secondary"
              onClick={() => void check()}
              disabled={!settings.updates || checking || offline}
              aria-describedby="update-status"
            >
              {checking ? 'Checking…' : 'Check for updates'}
            </button>
          </p>
          <p id="update-status" role="status">
            {!settings.updates ? noSelfUpdate : offline ? offlineReason : (update?.message ?? '')}
          </p>
          {error ? <p role="alert">{error}</p> : null}
        </>
      )}
    </section>
  );
}
