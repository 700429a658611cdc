import type { Meeting } from '../../../shared/ipc/calendar';
import { isoDay } from '../../../shared/periods';
import { api } from '../api';
import { ExternalLink } from '../components/ExternalLink';
import { LoadError } from '../components/Loading';
import { useIpc } from '../data/useIpc';
import { StillLoading } from '../components/StillLoading';
import { useAppStore } from '../state/appStore';

const timeFormat = new Intl.DateTimeFormat(undefined, { timeStyle: 'short' });
const clock = (value: string) => timeFormat.format(Date.parse(value.replace(/\+0000$/, 'Z')));

const addressOf = (account: NonNullable<Meeting['account']>) =>
  [account.street, account.city, account.postalCode].filter(Boolean).join(', ');

/** The record a meeting is most about: its deal, else who it is with, else its account. */
function openMeetingRecord(meeting: Meeting) {
  const { openAccount, openPanel } = useAppStore.getState();
  if (meeting.opportunity) openPanel({ object: 'Opportunity', id: meeting.opportunity.id });
  else if (meeting.who) openPanel({ object: meeting.who.object, id: meeting.who.id });
  else if (meeting.account) openAccount(meeting.account.id);
}

/**
 * Today's meetings from the rep's Salesforce calendar, with where to go and whom to call:
 * answered from the cache, so it works in the car park too.
 */
export function TodayMeetings() {
  const today = isoDay(new Date());
  const loaded = useIpc(
    () =>
      api().calendar.events({
        fromDay: today,
        toDay: today,
        utcOffsetMinutes: -new Date().getTimezoneOffset(),
      }),
    [today],
  );
  const meetings = loaded.data?.events;
  return (
    <section className="home-card" aria-labelledby="home-meetings">
      <header>
        <h2 id="home-meetings">Today’s meetings</h2>
      </header>
      {loaded.error ? <LoadError what="today’s meetings" message={loaded.error} /> : null}
      {loaded.data ? <StillLoading objects={loaded.data.loading} /> : null}
      {meetings && meetings.length === 0 && !loaded.data?.loading.length ? (
        <p className="muted">No meetings today.</p>
      ) : null}
      {meetings?.length ? (
        <ul className="home-list" aria-label="Today’s meetings">
          {meetings.map((m) => {
            const where = m.account ? addressOf(m.account) : '';
            const canOpen = !!(m.opportunity || m.who || m.account);
            return (
              <li key={m.id} className="meeting-line">
                <button
                  type="button"
                  className="home-row"
                  disabled={!canOpen}
                  onClick={() => openMeetingRecord(m)}
                >
                  <span className="home-row-name">{m.subject ?? 'Meeting'}</span>
                  <span className="muted home-row-sub">
                    {[m.account?.name, where || m.location].filter(Boolean).join(' · ') ||
                      'No account'}
                  </span>
                  <span className="home-row-figure">
                    {m.allDay || !m.start ? 'All day' : clock(m.start)}
                  </span>
                  {m.unsent ? (
                    <span className="home-row-date muted">not in Salesforce yet</span>
                  ) : null}
                </button>
                {m.who ? (
                  <p className="meeting-who muted">
                    With {m.who.name ?? 'someone'}
                    {m.who.phone ? ' · ' : ''}
                    {m.who.phone ? <ExternalLink kind="phone" value={m.who.phone} /> : null}
                  </p>
                ) : null}
              </li>
            );
          })}
        </ul>
      ) : null}
    </section>
  );
}
