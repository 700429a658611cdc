import { useId, useState, type FormEvent } from 'react';
import type { AuthState } from '../../../shared/ipc/authState';
import { api } from '../api';
import { useAppStore } from '../state/appStore';
import { offlineReason, useOffline } from '../sync/offline';

const presets = [
  { id: 'production', label: 'Production', host: 'https://login.salesforce.com' },
  { id: 'sandbox', label: 'Sandbox', host: 'https://test.salesforce.com' },
  { id: 'custom', label: 'Custom domain', host: '' },
] as const;

type Preset = (typeof presets)[number]['id'];

function initialPreset(host: string): Preset {
  return presets.find((p) => p.host === host)?.id ?? 'custom';
}

/** Where the rep signs in, the consumer key (built in, under Advanced), then their browser. */
export function ConnectForm(props: { defaults: AuthState['defaults']; waiting: boolean }) {
  const authCall = useAppStore((s) => s.authCall);
  const offline = useOffline();
  const [preset, setPreset] = useState<Preset>(initialPreset(props.defaults.loginHost));
  const [customHost, setCustomHost] = useState(preset === 'custom' ? props.defaults.loginHost : '');
  const [clientId, setClientId] = useState(props.defaults.clientId);
  // A build without a key asks for one; with one built in, the rep need never see it.
  const [advanced, setAdvanced] = useState(!props.defaults.clientId);
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const errorId = useId();
  const reasonId = useId();
  const advancedId = useId();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!clientId.trim()) {
      setAdvanced(true);
      setError('Enter the consumer key your Salesforce admin gave you, under Advanced.');
      return;
    }
    const loginHost = preset === 'custom' ? customHost : presets.find((p) => p.id === preset)!.host;
    setBusy(true);
    setError(await authCall(api().auth.connect({ loginHost, clientId: clientId.trim() })));
    setBusy(false);
  };

  return (
    <form
      className="connect-form"
      onSubmit={(event) => void submit(event)}
      aria-describedby={error ? errorId : undefined}
    >
      <fieldset>
        <legend>Where you sign in</legend>
        {presets.map((p) => (
          <label key={p.id} className="choice">
            <input
              type="radio"
              name="login-host"
              value={p.id}
              checked={preset === p.id}
              onChange={() => setPreset(p.id)}
            />
            {p.label}
          </label>
        ))}
      </fieldset>
      {preset === 'custom' ? (
        <label className="field">
          <span>Your company’s Salesforce address</span>
          <input
            type="text"
            inputMode="url"
            placeholder="yourcompany.my.salesforce.com"
            value={customHost}
            onChange={(event) => setCustomHost(event.target.value)}
            required
          />
        </label>
      ) : null}
      <div className="advanced">
        <button
          type="button"
          className="link-button"
          aria-expanded={advanced}
          aria-controls={advancedId}
          onClick={() => setAdvanced(!advanced)}
        >
          Advanced
        </button>
        {advanced ? (
          <div id={advancedId}>
            <label className="field">
              <span>Consumer key</span>
              <input
                type="text"
                spellCheck={false}
                placeholder="From your org’s External Client App"
                value={clientId}
                onChange={(event) => setClientId(event.target.value)}
              />
            </label>
            <p className="muted">
              Built into Roadbook; change it only if your Salesforce admin gave you another one.
            </p>
          </div>
        ) : null}
      </div>
      {error ? (
        <p id={errorId} role="alert" className="inline-error">
          {error}
        </p>
      ) : null}
      <button
        type="submit"
        className="button"
        disabled={busy || props.waiting || offline}
        aria-describedby={offline ? reasonId : undefined}
      >
        Sign in to Salesforce
      </button>
      {offline ? (
        <p id={reasonId} className="muted disabled-reason">
          {offlineReason}
        </p>
      ) : null}
    </form>
  );
}
