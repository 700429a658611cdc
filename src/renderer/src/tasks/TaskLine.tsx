import { useState } from 'react';
import type { TaskItem } from '../../../shared/ipc/tasks';
import { day } from '../format';
import { completeTask, openRelated, rescheduleTask } from './taskEdits';

const nouns = { Lead: 'Lead', Contact: 'Contact', Opportunity: 'Deal', Account: 'Account' };

/**
 * One task: a box to check it off, what it is about, and its due date (which the rep can move
 * when `reschedule` is on). Both work offline.
 */
export function TaskLine(props: { task: TaskItem; overdue?: boolean; reschedule?: boolean }) {
  const { task } = props;
  const [refused, setRefused] = useState<string>();
  // Checked at once; the line moves to Completed when the list asks again.
  const [done, setDone] = useState(task.closed);
  const related = [task.who, task.what].filter((r) => r !== null);
  return (
    <li className="task-line" data-closed={task.closed ? 'true' : undefined}>
      <input
        type="checkbox"
        checked={done}
        disabled={done}
        aria-label={task.closed ? `${task.subject}, completed` : `Complete ${task.subject}`}
        onChange={() => {
          setDone(true);
          void completeTask(task).then((refusal) => {
            setRefused(refusal);
            if (refusal) setDone(false);
          });
        }}
      />
      <div className="task-main">
        <span className="task-subject">{task.subject}</span>
        {related.length ? (
          <span className="task-related">
            {related.map((r) => (
              <button
                key={r.id}
                type="button"
                className="link-button"
                aria-label={`${nouns[r.object]} ${r.name}`}
                onClick={() => openRelated(r)}
              >
                {r.name}
              </button>
            ))}
          </span>
        ) : null}
        {task.pending ? <span className="task-pending">Not in Salesforce yet</span> : null}
        {refused ? (
          <span className="task-refused" role="alert">
            {refused}
          </span>
        ) : null}
      </div>
      {props.reschedule && !task.closed ? (
        <input
          type="date"
          className="task-due"
          aria-label={`Due date of ${task.subject}`}
          defaultValue={task.dueDate ?? ''}
          onChange={(event) => void rescheduleTask(task, event.target.value).then(setRefused)}
        />
      ) : (
        <span className={props.overdue ? 'task-due overdue' : 'task-due muted'}>
          {task.dueDate ? day(task.dueDate) : 'No due date'}
        </span>
      )}
    </li>
  );
}
