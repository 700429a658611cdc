import { useState } from 'react';
import { api } from '../api';
import { LoadError } from '../components/Loading';
import { useIpc } from '../data/useIpc';
import { day, number } from '../format';

const page = 10;

/** The calls and tasks on a record, newest first; a call logged here shows at once. */
export function RecordActivity(props: { id: string }) {
  const [limit, setLimit] = useState(page);
  const loaded = useIpc(() => api().tasks.forRecord({ id: props.id, limit }), [props.id, limit]);
  const activity = loaded.data;
  return (
    <section className="record-activity" aria-labelledby="record-activity">
      <h3 id="record-activity">Activity</h3>
      {loaded.error ? <LoadError what="the activity" message={loaded.error} /> : null}
      {activity && activity.tasks.length === 0 ? (
        <p className="muted">No calls or tasks yet.</p>
      ) : null}
      {activity && activity.tasks.length ? (
        <ul className="activity-list" aria-label="Activity">
          {activity.tasks.map((task) => (
            <li key={task.id}>
              <span className="activity-subject">{task.subject}</span>
              <span className="muted">
                {task.closed ? 'Done' : (task.status ?? 'Open')}
                {task.pending ? ' · not in Salesforce yet' : ''}
              </span>
              <span className="activity-date muted">{day(task.dueDate)}</span>
            </li>
          ))}
        </ul>
      ) : null}
      {activity && activity.total > activity.tasks.length ? (
        <button type="button" className="link-button" onClick={() => setLimit((l) => l + page)}>
          Show more ({number(activity.total - activity.tasks.length)} older)
        </button>
      ) : null}
    </section>
  );
}
