import { describe, expect, it } from 'vitest';
import { invokeHandler } from '../../../../src/core/ipc/invokeHandler';
import type { InvokeChannel } from '../../../../src/shared/ipc/channels';
import type { InvokeInput, InvokeOutput } from '../../../../src/shared/ipc/contract';
import { isoDay } from '../../../../src/shared/periods';
import { connectedCore } from '../../../support/connectedCore';
import { openTaskCounts } from '../../../support/truth';

type Ctx = Awaited<ReturnType<typeof connectedCore>>;

async function ask<C extends InvokeChannel>(ctx: Ctx, channel: C, input: InvokeInput<C>) {
  const result = await invokeHandler(ctx.core.handlers, channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.message}`);
  return result.value as InvokeOutput<C>;
}

describe('the rep’s tasks', () => {
  it('groups open tasks by due day with the org’s counts, names what they are about, and shows a completion at once', async () => {
    const ctx = await connectedCore({ autoApprove: true, dataset: 'demo' });
    const today = isoDay(new Date());
    const { groups } = await ask(ctx, 'tasks.list', { perGroup: 5 });
    const truth = openTaskCounts(ctx.fake, ctx.fake.userId);
    expect(groups.map((g) => g.group)).toEqual(['overdue', 'today', 'upcoming', 'completed']);
    const [overdue, todays, upcoming, completed] = groups;
    expect(overdue!.count).toBe(truth.overdue);
    expect(todays!.count).toBe(truth.today);
    expect(upcoming!.count).toBe(truth.upcoming);
    for (const task of overdue!.tasks) expect(task.dueDate! < today).toBe(true);
    for (const task of todays!.tasks) expect(task.dueDate).toBe(today);
    expect(overdue!.tasks.map((t) => t.dueDate)).toEqual(
      overdue!.tasks.map((t) => t.dueDate).sort(),
    );
    expect(completed!.tasks.every((t) => t.closed)).toBe(true);

    const task = overdue!.tasks[0]!;
    const org = ctx.fake.control.get('Task', task.id);
    const contact = ctx.fake.control.get('Contact', org['WhoId'] as string);
    expect(task.who).toEqual({ object: 'Contact', id: contact.Id, name: contact['Name'] });
    expect(task.what?.object).toBe('Opportunity');

    const home = await ask(ctx, 'home.summary', {});
    // Today's come first, then the overdue, however many of those there are.
    expect(truth.today).toBeGreaterThan(0);
    expect(home.dueTasks.slice(0, todays!.tasks.length)).toEqual(todays!.tasks);
    expect(home.dueTasks[Math.min(truth.today, 8)]).toEqual(task);
    expect(home.openTasks.overdue).toBe(truth.overdue);

    await ask(ctx, 'edits.save', { object: 'Task', id: task.id, changes: { Status: 'Completed' } });
    const after = await ask(ctx, 'tasks.list', { perGroup: 5 });
    expect(after.groups[0]!.count).toBe(truth.overdue - 1);
    expect(after.groups[3]!.tasks[0]).toMatchObject({ id: task.id, closed: true, pending: true });
  });

  it('lists deals closing this month and overdue on Home, soonest first', async () => {
    const ctx = await connectedCore({ autoApprove: true, dataset: 'demo' });
    const home = await ask(ctx, 'home.summary', {});
    const lastOfMonth = isoDay(new Date(new Date().getFullYear(), new Date().getMonth() + 1, 0));
    const closes = home.keyDeals.map((d) => d.closeDate!);
    expect(closes.length).toBeGreaterThan(0);
    expect(closes).toEqual([...closes].sort());
    expect(closes.every((c) => c <= lastOfMonth)).toBe(true);
    const today = isoDay(new Date());
    expect(home.keyDeals.every((d) => d.overdue === d.closeDate! < today)).toBe(true);
  });
});
