import { useId, useState, type FormEvent } from 'react';
import type { AuthState } from '../../../shared/ipc/authState';
import { api } from '../api';
import { useAppStore } from '../state/appStore';

const presets = [
  { id: 'production', label: 'Production', host: 'https://login.salesforce.com' },
  { id: 'sandbox', label: 'Sandbox', host: 'https://test.salesforce.com' },
  { id: 'custom', label: 'My Domain', host: '' },
] as const;

type Preset = (typeof presets)[number]['id'];

function initialPreset(host: string): Preset {
  return presets.find((p) => p.host === host)?.id ?? 'custom';
}

/** Host choice and consumer key, then the system browser takes over. */
export function ConnectForm(props: { defaults: AuthState['defaults']; waiting: boolean }) {
  const authCall = useAppStore((s) => s.authCall);
  const [preset, setPreset] = useState<Preset>(initialPreset(props.defaults.loginHost));
  const [customHost, setCustomHost] = useState(preset === 'custom' ? props.defaults.loginHost : '');
  const [clientId, setClientId] = useState(props.defaults.clientId);
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const errorId = useId();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
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
        <legend>Log in to</legend>
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
          <span>My Domain address</span>
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
      <label className="field">
        <span>Consumer key</span>
        <input
          type="text"
          spellCheck={false}
          placeholder="From your org's External Client App"
          value={clientId}
          onChange={(event) => setClientId(event.target.value)}
          required
        />
      </label>
      {error ? (
        <p id={errorId} role="alert" className="inline-error">
          {error}
        </p>
      ) : null}
      <button type="submit" className="button" disabled={busy || props.waiting}>
        Connect to Salesforce
      </button>
    </form>
  );
}
