import { useEffect, useState } from 'react';
import {
  capChoices,
  intervalChoices,
  scopedObjects,
  type ObjectScope,
  type SyncSettings,
} from '../../../shared/ipc/syncSettings';
import { api } from '../api';
import { pluralOf } from '../format';
import { EventWindowFields } from './EventWindowFields';

/** How often Roadbook syncs and how much of each object it keeps; every change is saved at once. */
export function SyncSettingsPanel() {
  const [settings, setSettings] = useState<SyncSettings>();
  const [message, setMessage] = useState<string>();
  const [error, setError] = useState<string>();

  useEffect(() => {
    void api()
      .sync.settings({})
      .then((result) => (result.ok ? setSettings(result.value) : setError(result.message)));
  }, []);

  const save = async (next: SyncSettings, note: string) => {
    const previous = settings;
    setSettings(next);
    const result = await api().sync.configure(next);
    if (result.ok) {
      setSettings(result.value);
      setError(undefined);
      setMessage(note);
    } else {
      // Nothing was saved: show what still applies.
      setSettings(previous);
      setError(result.message);
      setMessage(undefined);
    }
  };
  const saveObject = (object: (typeof scopedObjects)[number], change: Partial<ObjectScope>) =>
    settings &&
    void save(
      {
        ...settings,
        objects: { ...settings.objects, [object]: { ...settings.objects[object], ...change } },
      },
      `Saved. ${pluralOf[object]} sync again now with the new choice.`,
    );

  return (
    <section aria-labelledby="settings-sync">
      <h2 id="settings-sync">Sync</h2>
      {!settings ? (
        <p>{error ?? 'Loading…'}</p>
      ) : (
        <>
          <label className="inline-field">
            <span>Sync every</span>
            <select
              value={settings.intervalMinutes}
              onChange={(event) =>
                void save(
                  { ...settings, intervalMinutes: Number(event.target.value) },
                  'Saved. The next sync counts from now.',
                )
              }
            >
              {intervalChoices.map((minutes) => (
                <option key={minutes} value={minutes}>
                  {minutes === 60 ? 'hour' : `${minutes} minutes`}
                </option>
              ))}
            </select>
          </label>
          <table className="sync-scope">
            <caption className="visually-hidden">What Roadbook keeps of each object</caption>
            <thead>
              <tr>
                <th scope="col">Object</th>
                <th scope="col">Records</th>
                <th scope="col">Keep at most</th>
              </tr>
            </thead>
            <tbody>
              {scopedObjects.map((object) => (
                <tr key={object}>
                  <th scope="row">{pluralOf[object]}</th>
                  <td>
                    <select
                      aria-label={`${pluralOf[object]}: which records`}
                      value={settings.objects[object].scope}
                      onChange={(event) =>
                        saveObject(object, { scope: event.target.value as ObjectScope['scope'] })
                      }
                    >
                      <option value="all">All I can see</option>
                      <option value="mine">Only mine</option>
                    </select>
                  </td>
                  <td>
                    <select
                      aria-label={`${pluralOf[object]}: keep at most`}
                      value={settings.objects[object].cap ?? ''}
                      onChange={(event) =>
                        saveObject(object, {
                          cap: event.target.value ? Number(event.target.value) : null,
                        })
                      }
                    >
                      <option value="">No limit</option>
                      {capChoices.map((cap) => (
                        <option key={cap} value={cap}>
                          {`${cap.toLocaleString('en-US')} most recently changed`}
                        </option>
                      ))}
                    </select>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <EventWindowFields
            window={settings.eventWindow}
            onChange={(eventWindow) =>
              void save(
                { ...settings, eventWindow },
                'Saved. Events sync again now with the new dates.',
              )
            }
          />
          <p className="muted">
            Records you changed here stay until they reach Salesforce, whatever you choose.
          </p>
          <p role="status">{error ? '' : message}</p>
          {error ? <p role="alert">{error}</p> : null}
        </>
      )}
    </section>
  );
}
