import { useState } from 'react';
import type { TimelineItem } from '../../../shared/ipc/activity';
import type { RecordRow } from '../../../shared/ipc/views';
import { isoDay } from '../../../shared/periods';
import { api } from '../api';
import { LoadError, Loading } from '../components/Loading';
import { useFocusFollows } from '../components/useFocusFollows';
import { useIpc } from '../data/useIpc';
import { StillLoading } from '../components/StillLoading';
import { EditMeetingButton } from '../edit/EditMeetingButton';
import { isConvertedLead } from '../../../shared/editing';
import { LogCallButton } from '../edit/LogCallButton';
import { NewMeetingButton } from '../edit/NewMeetingButton';
import { day, number } from '../format';
import { openRelated } from '../tasks/taskEdits';

const page = 20;
const nouns = { Lead: 'Lead', Contact: 'Contact', Opportunity: 'Deal', Account: 'Account' };
const kindLabels = { call: 'Call', task: 'Task', meeting: 'Meeting' } as const;
const timeFormat = new Intl.DateTimeFormat(undefined, { timeStyle: 'short' });
const clock = (value: string) => timeFormat.format(Date.parse(value.replace(/\+0000$/, 'Z')));

/**
 * A record's calls, tasks and meetings, newest day first, with a call or meeting added here
 * shown at once; on an account, its contacts' and deals' too.
 */
export function ActivityTimeline(props: TimelineProps) {
  // Another record starts afresh: no form left open, no confirmation, the first page.
  return <Timeline key={String(props.record['Id'])} {...props} />;
}

type TimelineProps = {
  object: 'Lead' | 'Contact' | 'Opportunity' | 'Account';
  record: RecordRow;
};

function Timeline(props: TimelineProps) {
  const id = String(props.record['Id']);
  const [limit, setLimit] = useState(page);
  const loaded = useIpc(
    () =>
      api().activity.timeline({
        id,
        limit,
        utcOffsetMinutes: -new Date().getTimezoneOffset(),
      }),
    [id, limit],
  );
  const timeline = loaded.data;
  // A meeting moved to another day moves in the list: the focus goes to its Edit there.
  const moves = useFocusFollows<HTMLElement>(timeline);
  const edited = (meeting: string) => (said: string | undefined) => {
    if (said)
      moves.follow(
        `edit-${meeting}`,
        said,
        'activity-days',
        `${said}. It is now further back than the activity shown.`,
      );
  };
  const today = isoDay(new Date());
  const shown = timeline ? timeline.days.reduce((n, d) => n + d.items.length, 0) : 0;
  return (
    <section
      className="activity-timeline"
      aria-labelledby={`activity-${id}`}
      ref={moves.container}
      tabIndex={-1}
    >
      <h3 id={`activity-${id}`}>Activity</h3>
      {isConvertedLead(props.object, props.record) ? null : (
        <div className="activity-composer">
          <LogCallButton object={props.object} record={props.record} />
          <NewMeetingButton object={props.object} record={props.record} />
        </div>
      )}
      <p role="status" className="saved-notice">
        {moves.notice}
      </p>
      {loaded.error ? <LoadError what="the activity" message={loaded.error} /> : null}
      {!timeline && !loaded.error ? <Loading what="activity" /> : null}
      {timeline ? <StillLoading objects={timeline.loading} /> : null}
      {timeline && timeline.total === 0 && !timeline.loading.length ? (
        <p className="muted">No calls, tasks or meetings yet.</p>
      ) : null}
      {timeline && timeline.days.length ? (
        <ol
          className="activity-days"
          aria-label="Activity"
          data-focus-key="activity-days"
          tabIndex={-1}
        >
          {timeline.days.map((group) => (
            <li key={group.day ?? 'undated'}>
              <h4 className="activity-day">
                {group.day === today ? 'Today' : group.day ? day(group.day) : 'No date'}
              </h4>
              <ul className="activity-items">
                {group.items.map((item) => (
                  <ActivityLine key={item.id} item={item} here={id} onEdited={edited(item.id)} />
                ))}
              </ul>
            </li>
          ))}
        </ol>
      ) : null}
      {timeline && timeline.total > shown ? (
        <button type="button" className="link-button" onClick={() => setLimit((l) => l + page)}>
          Show more ({number(timeline.total - shown)} older)
        </button>
      ) : null}
    </section>
  );
}

function ActivityLine(props: {
  item: TimelineItem;
  here: string;
  onEdited(said: string | undefined): void;
}) {
  const { item } = props;
  const when = item.start ? `${clock(item.start)}${item.end ? `–${clock(item.end)}` : ''}` : null;
  const state = item.kind === 'meeting' ? null : item.closed ? 'Done' : (item.status ?? 'Open');
  // The people and deals it is about, other than the record on show.
  const links = [item.who, item.what].filter(
    (r): r is NonNullable<typeof r> => r !== null && r.id !== props.here,
  );
  return (
    <li className={`activity-item activity-${item.kind}`}>
      <span className="activity-kind">{kindLabels[item.kind]}</span>
      <span className="activity-subject">{item.subject}</span>
      <span className="muted">
        {[when, state, item.pending ? 'not in Salesforce yet' : null].filter(Boolean).join(' · ')}
      </span>
      {links.map((r) => (
        <button
          key={r.id}
          type="button"
          className="link-button activity-about"
          aria-label={`${nouns[r.object]} ${r.name}`}
          onClick={() => openRelated(r)}
        >
          {r.name}
        </button>
      ))}
      {item.kind === 'meeting' ? (
        <EditMeetingButton
          id={item.id}
          subject={item.subject}
          focusKey={`edit-${item.id}`}
          onDone={props.onEdited}
        />
      ) : null}
    </li>
  );
}
