import type { Page } from '@playwright/test';
import { boardPageCards } from '../../src/shared/ipc/views';
import { expect, test } from './fixtures';
import { openView } from './navigation';

async function openBoard(app: Page) {
  await openView(app, 'Pipeline');
  await app.getByLabel('Owner').selectOption('all');
  const board = app.getByRole('list', { name: 'Pipeline board' });
  await expect(board.getByRole('button', { name: /^Move .* to stage$/ }).first()).toBeAttached();
  return board;
}

/** The stage whose header counts the most deals, and that count. */
async function fullestStage(app: Page) {
  const board = app.getByRole('list', { name: 'Pipeline board' });
  const counts = await board
    .locator('.stage')
    .evaluateAll((stages) =>
      stages.map((s) => [
        s.getAttribute('aria-label')!,
        Number(s.querySelector('[aria-label="Deals"]')!.textContent!.replace(/,/g, '')),
      ]),
    );
  const [stage, count] = counts.reduce((a, b) => (b[1]! > a[1]! ? b : a)) as [string, number];
  return { column: board.getByRole('listitem', { name: stage, exact: true }), stage, count };
}

test.describe('with the demo org synced', () => {
  test.use({ orgOptions: { dataset: 'demo' } });

  test('a column keeps its header in view and loads more deals as it scrolls, up to its count', async ({
    synced: app,
  }) => {
    // Syncing the demo org takes most of the default 30 s on a busy machine.
    test.setTimeout(60_000);
    await openBoard(app);
    const { column, stage, count } = await fullestStage(app);
    const cards = column.getByRole('list', { name: `${stage} cards` }).getByRole('listitem');
    expect(count).toBeGreaterThan(2 * boardPageCards);
    await expect(cards).toHaveCount(boardPageCards);
    await column.getByRole('heading', { name: stage }).scrollIntoViewIfNeeded();

    for (let shown = boardPageCards; shown < count;) {
      shown = Math.min(count, shown + boardPageCards);
      await column.evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
      await expect(cards).toHaveCount(shown);
    }
    await expect(column.getByText('Loading more deals…')).toHaveCount(0);
    await expect(column.getByRole('heading', { name: stage })).toBeInViewport();
    await expect(column.getByLabel('Deals')).toBeInViewport();
    await expect(cards.first()).not.toBeInViewport();
  });
});

test('the open deal is marked on the board, and the focus comes back to it when its panel closes', async ({
  synced: app,
}) => {
  const board = await openBoard(app);
  const cards = board.locator('.card');
  const first = cards.first();
  const second = cards.nth(1);
  await first.click();
  const panel = app.getByRole('complementary', { name: 'Opportunity details' });
  await expect(panel).toBeVisible();
  await expect(first).toHaveAttribute('aria-current', 'true');
  await second.click();
  await expect(second).toHaveAttribute('aria-current', 'true');
  await expect(first).not.toHaveAttribute('aria-current', 'true');
  await panel.getByRole('button', { name: 'Close' }).click();
  await expect(panel).toHaveCount(0);
  await expect(second).toBeFocused();
  await expect(second).not.toHaveAttribute('aria-current', 'true');
});

test('Tab stops once per column; arrows and J/K move between cards; Enter opens, Escape returns', async ({
  synced: app,
}) => {
  const board = await openBoard(app);
  const columns = board.locator('.stage');
  const filled = await columns.evaluateAll((els) =>
    els.map((e, i) => (e.querySelector('.card') ? i : -1)).filter((i) => i >= 0),
  );
  expect(filled.length).toBeGreaterThan(1);
  await app.getByRole('tab', { name: 'Board' }).focus();
  for (const index of filled) {
    await app.keyboard.press('Tab');
    await expect(columns.nth(index).locator('.card').first()).toBeFocused();
  }
  await app.keyboard.press('Tab');
  await expect(board.locator('.card:focus')).toHaveCount(0);

  const start = columns.nth(filled[0]!);
  await start.locator('.card').first().focus();
  const many = (await start.locator('.card').count()) > 1;
  await app.keyboard.press('ArrowDown');
  const down = start.locator('.card').nth(many ? 1 : 0);
  await expect(down).toBeFocused();
  await app.keyboard.press('k');
  await expect(start.locator('.card').first()).toBeFocused();
  await app.keyboard.press('j');
  await expect(down).toBeFocused();
  await app.keyboard.press('ArrowRight');
  const next = columns.nth(filled[1]!).locator('.card').first();
  await expect(next).toBeFocused();
  await app.keyboard.press('ArrowLeft');
  // The column remembers where the rep was: back to the card they left.
  await expect(down).toBeFocused();
  await app.keyboard.press('Shift+Tab');
  await app.keyboard.press('Tab');
  await expect(down).toBeFocused();

  await app.keyboard.press('Enter');
  const panel = app.getByRole('complementary', { name: 'Opportunity details' });
  await expect(
    panel.getByRole('heading', { name: (await down.locator('.card-name').textContent())! }),
  ).toBeFocused();
  await app.keyboard.press('Escape');
  await expect(panel).toHaveCount(0);
  await expect(down).toBeFocused();
});

test('a deal moved offline says it is not yet in Salesforce until a sync takes it there', async ({
  synced: app,
  fakeOrg,
}) => {
  const board = await openBoard(app);
  const card = board.locator('.card').first();
  const name = (await card.locator('.card-name').textContent())!;
  const deal = fakeOrg.control.all('Opportunity').find((o) => o['Name'] === name)!;
  const stages = fakeOrg.control
    .all('OpportunityStage')
    .filter((s) => !s['IsClosed'] && s['IsActive'] && s['ApiName'] !== deal['StageName']);
  const target = stages[0]!;

  // Offline: Salesforce answers nothing but errors until the network comes back.
  fakeOrg.control.addFault({ route: '*', kind: 'status', status: 503 });
  await card.focus();
  await app.keyboard.press('m');
  const menu = app.getByRole('dialog', { name: `Move ${name} to stage` });
  await menu.getByRole('button', { name: String(target['MasterLabel']), exact: true }).click();
  await expect(menu).toHaveCount(0);
  const column = board.getByRole('listitem', { name: String(target['MasterLabel']), exact: true });
  const moved = column.locator('.card', { hasText: name });
  await expect(moved).toContainText('Not yet in Salesforce');
  await expect(moved).toBeFocused();
  expect(fakeOrg.control.get('Opportunity', deal.Id)['StageName']).toBe(deal['StageName']);

  fakeOrg.control.clearFaults();
  await app.getByRole('button', { name: 'Sync now' }).click();
  await expect(moved).not.toContainText('Not yet in Salesforce');
  expect(fakeOrg.control.get('Opportunity', deal.Id)['StageName']).toBe(target['ApiName']);
});

test('the Charts tab shows the pipeline by month and by stage, and Board brings the board back', async ({
  synced: app,
}) => {
  const board = await openBoard(app);
  await app.getByRole('tab', { name: 'Charts' }).click();
  await expect(app.getByRole('tab', { name: 'Charts' })).toHaveAttribute('aria-selected', 'true');
  const charts = app.getByRole('tabpanel', { name: 'Charts' });
  await expect(charts.getByRole('figure', { name: 'Open pipeline by close month' })).toBeVisible();
  await expect(charts.getByRole('figure', { name: 'Open pipeline by stage' })).toBeVisible();
  await expect(board).toHaveCount(0);
  await app.keyboard.press('ArrowLeft');
  await expect(app.getByRole('tab', { name: 'Board' })).toBeFocused();
  await expect(
    app.getByRole('tabpanel', { name: 'Board' }).getByRole('list', { name: 'Pipeline board' }),
  ).toBeVisible();
});
