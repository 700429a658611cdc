import type { HomeOutput } from '../../../shared/ipc/views';
import { isoDay } from '../../../shared/periods';
import { useFocusFollows } from '../components/useFocusFollows';
import { number } from '../format';
import { useAppStore } from '../state/appStore';
import { TaskLine } from '../tasks/TaskLine';

/** Overdue and today's tasks, each checked off here; the rest are a click away in Tasks. */
export function DueTasks(props: { home: HomeOutput }) {
  const navigate = useAppStore((s) => s.navigate);
  const { dueTasks, openTasks } = props.home;
  const today = isoDay(new Date());
  // A task checked off leaves the list: the focus stays in it, and the rep hears it was done.
  const moves = useFocusFollows<HTMLElement>(props.home);
  return (
    <section className="home-card" aria-labelledby="home-tasks" ref={moves.container} tabIndex={-1}>
      <header>
        <h2 id="home-tasks">Today’s tasks</h2>
        <button type="button" className="link-button" onClick={() => navigate('tasks')}>
          All tasks ({number(openTasks.count)})
        </button>
      </header>
      {dueTasks.length ? (
        <ul className="task-list" aria-label="Today’s tasks">
          {dueTasks.map((task) => (
            <TaskLine
              key={task.id}
              task={task}
              overdue={task.dueDate !== null && task.dueDate < today}
              onMove={(key, said) => moves.follow(key, said)}
            />
          ))}
        </ul>
      ) : (
        <p className="muted">Nothing due today or overdue.</p>
      )}
      <p role="status" className="saved-notice">
        {moves.notice}
      </p>
    </section>
  );
}
