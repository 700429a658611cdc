import { useState } from 'react';
import type { TaskItem } from '../../../shared/ipc/tasks';
import { day } from '../format';
import { DueDateInput } from './DueDateInput';
import { completeTask, openRelated, rescheduleTask } from './taskEdits';

const nouns = { Lead: 'Lead', Contact: 'Contact', Opportunity: 'Deal', Account: 'Account' };

/**
 * One task: a box to check it off, what it is about, and its due date (which the rep can move
 * when `reschedule` is on). Both work offline. `onMove` hears of an edit that may move the line,
 * with the key of the control to focus where it lands and what to tell the rep.
 */
export function TaskLine(props: {
  task: TaskItem;
  overdue?: boolean;
  reschedule?: boolean;
  onMove?(key: string, said: string): void;
}) {
  const { task } = props;
  const [refused, setRefused] = useState<string>();
  // Checked at once; the line moves to Completed when the list asks again.
  const [done, setDone] = useState(task.closed);
  const related = [task.who, task.what].filter((r) => r !== null);
  return (
    <li className="task-line" data-closed={task.closed ? 'true' : undefined}>
      {/* Not `disabled` once done: the focus stays on the box, also where the line moves. */}
      <input
        type="checkbox"
        checked={done}
        aria-disabled={done ? true : undefined}
        data-focus-key={`complete-${task.id}`}
        aria-label={task.closed ? `${task.subject}, completed` : `Complete ${task.subject}`}
        onChange={() => {
          if (done) return;
          props.onMove?.(`complete-${task.id}`, `Completed: ${task.subject}`);
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
        <DueDateInput
          label={`Due date of ${task.subject}`}
          saved={task.dueDate}
          focusKey={`due-${task.id}`}
          onChoose={(to) => {
            props.onMove?.(`due-${task.id}`, `${task.subject}: due ${day(to)}`);
            void rescheduleTask(task, to).then(setRefused);
          }}
        />
      ) : (
        <span className={props.overdue ? 'task-due overdue' : 'task-due muted'}>
          {task.dueDate ? day(task.dueDate) : 'No due date'}
        </span>
      )}
    </li>
  );
}
