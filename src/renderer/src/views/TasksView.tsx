import { useState } from 'react';
import type { TaskGroup } from '../../../shared/ipc/tasks';
import { api } from '../api';
import { DataAge } from '../components/DataAge';
import { LoadError, Loading } from '../components/Loading';
import { useFocusFollows } from '../components/useFocusFollows';
import { useIpc } from '../data/useIpc';
import { StillLoading } from '../components/StillLoading';
import { number } from '../format';
import { TaskLine } from '../tasks/TaskLine';

const titles: Record<TaskGroup, string> = {
  overdue: 'Overdue',
  today: 'Today',
  upcoming: 'Upcoming',
  completed: 'Completed recently',
};

const empty: Record<TaskGroup, string> = {
  overdue: 'Nothing overdue.',
  today: 'Nothing due today.',
  upcoming: 'Nothing coming up.',
  completed: 'No completed tasks yet.',
};

const perGroup = 100;
/** Lines a group shows before "Show all", so Today is never a long scroll below Overdue. */
const firstLines = 10;

/** The rep's open tasks by when they are due, and what they finished lately. */
export function TasksView() {
  const loaded = useIpc(() => api().tasks.list({ perGroup }), []);
  const [expanded, setExpanded] = useState<TaskGroup[]>([]);
  // A task checked off or rescheduled moves to another group: the focus goes with it.
  const moves = useFocusFollows<HTMLDivElement>(loaded.data);
  if (loaded.error) return <LoadError what="your tasks" message={loaded.error} />;
  if (!loaded.data) return <Loading what="your tasks" />;
  if (loaded.data.loading.length) return <StillLoading objects={loaded.data.loading} />;
  return (
    <div className="tasks-view" ref={moves.container} tabIndex={-1}>
      <DataAge />
      <p role="status" className="saved-notice">
        {moves.notice}
      </p>
      {loaded.data.groups.map(({ group, count, tasks }) => {
        const shown = expanded.includes(group) ? tasks : tasks.slice(0, firstLines);
        return (
          <section
            key={group}
            className="task-group"
            aria-labelledby={`tasks-${group}`}
            data-focus-key={`group-${group}`}
            tabIndex={-1}
          >
            <h2 id={`tasks-${group}`}>
              {titles[group]} <span className="task-count">{number(count)}</span>
            </h2>
            {tasks.length ? (
              <ul className="task-list" aria-label={titles[group]}>
                {shown.map((task) => (
                  <TaskLine
                    key={task.id}
                    task={task}
                    overdue={group === 'overdue'}
                    reschedule={group !== 'completed'}
                    onMove={(key, said) => moves.follow(key, said, `group-${group}`)}
                  />
                ))}
              </ul>
            ) : (
              <p className="muted">{empty[group]}</p>
            )}
            {shown.length < tasks.length ? (
              <button
                type="button"
                className="link-button"
                onClick={() => setExpanded((e) => [...e, group])}
              >
                Show all {titles[group].toLowerCase()} ({number(Math.min(count, tasks.length))})
              </button>
            ) : null}
            {count > shown.length && shown.length === tasks.length ? (
              <p className="muted">
                Showing the first {number(tasks.length)} of {number(count)}.
              </p>
            ) : null}
          </section>
        );
      })}
    </div>
  );
}
