import { useEffect, useState } from 'react';
import type { ThemePreference } from '../../../shared/ipc/appearance';
import { api } from '../api';
import { applyTheme } from './theme';

const choices: { value: ThemePreference; label: string }[] = [
  { value: 'system', label: 'System' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
];

/** Light or dark, or whatever the operating system uses; saved at once. */
export function AppearancePanel() {
  const [theme, setTheme] = useState<ThemePreference>();
  const [error, setError] = useState<string>();

  useEffect(() => {
    void api()
      .app.appearance({})
      .then((result) => (result.ok ? setTheme(result.value.theme) : setError(result.message)));
  }, []);

  const choose = async (previous: ThemePreference, next: ThemePreference) => {
    setTheme(next);
    applyTheme(next);
    const result = await api().app.setAppearance({ theme: next });
    if (result.ok) {
      setError(undefined);
    } else {
      // Nothing was saved: show what still applies.
      setTheme(previous);
      applyTheme(previous);
      setError(result.message);
    }
  };

  return (
    <section aria-labelledby="settings-appearance">
      <h2 id="settings-appearance">Appearance</h2>
      {!theme ? (
        <p>{error ?? 'Loading…'}</p>
      ) : (
        <>
          <fieldset className="choices inline">
            <legend>Theme</legend>
            {choices.map((choice) => (
              <label key={choice.value}>
                <input
                  type="radio"
                  name="theme"
                  value={choice.value}
                  checked={theme === choice.value}
                  onChange={() => void choose(theme, choice.value)}
                />
                {choice.label}
              </label>
            ))}
          </fieldset>
          {error ? <p role="alert">{error}</p> : null}
        </>
      )}
    </section>
  );
}
