import type { Page } from '@playwright/test';
import type { FakeOrg } from '../fake-org';
import { expect, test } from './fixtures';
import { openView } from './navigation';

// The realistic org (two sales processes, three currencies) at a size a browser test syncs fast.
test.use({
  orgOptions: {
    dataset: 'realistic',
    scale: { accounts: 30, contacts: 30, opportunities: 160, leads: 30, tasks: 20, events: 10 },
  },
});

type Row = Record<string, unknown>;

/** The open deals of a process, by stage, as the org holds them. */
function openByStage(fake: FakeOrg, process: string): Map<string, number> {
  const bp = fake.control.all('BusinessProcess').find((p) => p['Name'] === process)!;
  const types = new Set(
    fake.control
      .all('RecordType')
      .filter((t) => t['BusinessProcessId'] === bp.Id)
      .map((t) => t.Id),
  );
  const counts = new Map<string, number>();
  for (const deal of fake.control.all('Opportunity') as Row[]) {
    if (deal['IsClosed'] || deal['IsDeleted'] || !types.has(String(deal['RecordTypeId']))) continue;
    const stage = String(deal['StageName']);
    counts.set(stage, (counts.get(stage) ?? 0) + 1);
  }
  return counts;
}

async function openBoard(app: Page) {
  await openView(app, 'Pipeline');
  await app.getByLabel('Owner').selectOption('all');
  const board = app.getByRole('list', { name: 'Pipeline board' });
  await expect(board.locator('.card').first()).toBeVisible();
  return board;
}

async function chooseProcess(app: Page, from: string, to: string) {
  await app.getByRole('button', { name: `Sales process: ${from}` }).click();
  await app
    .getByRole('dialog', { name: 'Sales process' })
    .getByRole('button', { name: to })
    .click();
  await expect(app.getByRole('button', { name: `Sales process: ${to}` })).toBeVisible();
}

const columnNames = (board: ReturnType<Page['getByRole']>) =>
  board.locator('.stage h2').allTextContents();

test('the board shows one sales process at a time, with its stages, counts and converted totals', async ({
  synced: app,
  fakeOrg,
}) => {
  test.setTimeout(60_000);
  const board = await openBoard(app);
  const openStages = (process: string) => {
    const closed = new Set(
      fakeOrg.control
        .all('OpportunityStage')
        .filter((s) => s['IsClosed'])
        .map((s) => s['ApiName']),
    );
    return fakeOrg.org.store.schema.processes
      .find((p) => p.name === process)!
      .values.filter((s) => !closed.has(s));
  };

  for (const [from, process] of [
    ['New Business', 'Renewal'],
    ['Renewal', 'New Business'],
  ] as const) {
    await chooseProcess(app, from, process);
    await expect.poll(() => columnNames(board)).toEqual(openStages(process));
    for (const [stage, count] of openByStage(fakeOrg, process))
      await expect(
        board.getByRole('listitem', { name: stage, exact: true }).getByLabel('Deals'),
      ).toHaveText(String(count));
  }
  await expect(board.getByLabel('Total').first()).toHaveText(/^≈ \$/);
  await expect(app.getByText('≈ Totals converted to USD at the org’s rates')).toBeVisible();

  // The choice is remembered.
  await chooseProcess(app, 'New Business', 'Renewal');
  await app.reload();
  await openBoard(app);
  await expect(app.getByRole('button', { name: 'Sales process: Renewal' })).toBeVisible();
  await expect.poll(() => columnNames(board)).toEqual(openStages('Renewal'));
});

test('a card moves only to its process’s stages; a stage outside it is refused before queueing', async ({
  synced: app,
  core,
  fakeOrg,
}) => {
  test.setTimeout(60_000);
  const renewal = fakeOrg.control.all('RecordType').find((t) => t['DeveloperName'] === 'Renewal')!;
  const deals = fakeOrg.control
    .all('Opportunity')
    .filter((o) => o['RecordTypeId'] === renewal.Id && !o['IsClosed']);
  // A deal left in a stage its process no longer has, as after an admin narrows a process.
  const stray = deals[0]!;
  fakeOrg.control.update('Opportunity', stray.Id, { NextStep: 'Check the stage' });
  const table = fakeOrg.org.store.table('Opportunity');
  table.rows.set(stray.Id, { ...table.rows.get(stray.Id)!, StageName: 'Prospecting' });
  fakeOrg.control.advanceClock(60_000);
  await core.sync.syncNow();

  const board = await openBoard(app);
  await chooseProcess(app, 'New Business', 'Renewal');
  await expect
    .poll(() => columnNames(board))
    .toEqual(['Value Proposition', 'Negotiation/Review', 'Prospecting']);

  const column = board.getByRole('listitem', { name: 'Value Proposition', exact: true });
  const card = column.locator('.card').first();
  const name = (await card.locator('.card-name').textContent())!;
  await card.focus();
  await app.keyboard.press('m');
  const menu = app.getByRole('dialog', { name: `Move ${name} to stage` });
  await expect(menu.getByRole('button')).toHaveText(['Value Proposition', 'Negotiation/Review']);
  await app.keyboard.press('Escape');
  await expect(menu).toHaveCount(0);

  await column
    .locator('.card-item', { hasText: name })
    .dragTo(board.getByRole('listitem', { name: 'Prospecting', exact: true }));
  await expect(app.getByRole('alert')).toHaveText(
    'Could not move the deal: Prospecting is not a stage of the Renewal process.',
  );
  await expect(column.locator('.card', { hasText: name })).not.toContainText(
    'Not yet in Salesforce',
  );
  expect(await core.handlers['changes.list']({})).toEqual({ changes: [] });
});
