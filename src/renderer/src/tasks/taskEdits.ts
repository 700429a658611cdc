import type { TaskItem } from '../../../shared/ipc/tasks';
import { isRealDay } from '../../../shared/periods';
import { api } from '../api';
import { useAppStore } from '../state/appStore';

/** The status Roadbook closes a task with, as the org's standard Task Status picklist names it. */
const closedTaskStatus = 'Completed';

type Outcome = string | undefined;

async function saveTask(id: string, changes: Record<string, string>): Promise<Outcome> {
  const result = await api().edits.save({ object: 'Task', id, changes });
  if (!result.ok) return result.message;
  if (!result.value.saved) return Object.values(result.value.errors).join(' ');
  useAppStore.getState().savedLocally();
  return undefined;
}

/** Checks a task off on this computer; the next push tells Salesforce. Returns a refusal, if any. */
export const completeTask = (task: TaskItem): Promise<Outcome> =>
  saveTask(task.id, { Status: closedTaskStatus });

/** Moves a task's due date; a half-typed date waits until it is a real day. */
export async function rescheduleTask(task: TaskItem, day: string): Promise<Outcome> {
  if (!isRealDay(day) || day === task.dueDate) return undefined;
  return saveTask(task.id, { ActivityDate: day });
}

/** Opens what a task is about: an account as its page, anything else in the side panel. */
export function openRelated(related: NonNullable<TaskItem['who']>): void {
  const { openAccount, openPanel } = useAppStore.getState();
  if (related.object === 'Account') openAccount(related.id);
  else openPanel({ object: related.object, id: related.id });
}
