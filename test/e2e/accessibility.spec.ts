import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

// axe comes in as an inline script, which the app's own policy rightly refuses.
test.use({
  orgOptions: { dataset: 'demo' },
  bypassCSP: true,
  viewport: { width: 1280, height: 800 },
});

type Violation = { id: string; impact: string | null; help: string; nodes: { target: string[] }[] };

/** Serious and critical findings on the page as it stands, one line each. */
async function findings(app: Page, where: string): Promise<string[]> {
  if (!(await app.evaluate(() => 'axe' in window))) await app.addScriptTag({ path: axePath });
  const violations = await app.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(): Promise<{ violations: Violation[] }> } }).axe;
    return (await axe.run()).violations;
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${where}: ${v.id} (${v.impact}) ${v.help} — ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join(', ')}`,
    );
}

const nav = (app: Page, view: RegExp) =>
  app.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: view });

for (const scheme of ['light', 'dark'] as const) {
  test(`every view reads clearly in ${scheme} mode (axe: no serious or critical findings)`, async ({
    synced: app,
    core,
    fakeOrg,
  }) => {
    test.setTimeout(120_000);
    await app.emulateMedia({ colorScheme: scheme });
    const found: string[] = [];

    await expect(app.getByRole('region', { name: 'Your open pipeline' })).toBeVisible();
    await expect(app.getByRole('list', { name: 'Today’s tasks' })).toBeVisible();
    found.push(...(await findings(app, 'Home')));

    await nav(app, /^Pipeline$/).click();
    await expect(
      app.getByRole('list', { name: 'Pipeline board' }).locator('.card').first(),
    ).toBeVisible();
    found.push(...(await findings(app, 'Pipeline')));
    await app.getByRole('tab', { name: 'Charts' }).click();
    await expect(app.getByRole('figure', { name: 'Open pipeline by stage' })).toBeVisible();
    found.push(...(await findings(app, 'Pipeline charts')));

    await nav(app, /^Leads$/).click();
    const leads = app.getByRole('grid', { name: 'Leads' });
    await expect(leads.getByRole('row').nth(1)).not.toContainText('…');
    await app.getByRole('button', { name: /^Status: / }).click();
    await expect(app.getByRole('dialog', { name: 'Status' })).toBeVisible();
    found.push(...(await findings(app, 'Leads with a filter menu open')));
    await app.keyboard.press('Escape');
    await app.getByRole('button', { name: 'More filters' }).click();
    await app.getByRole('combobox', { name: 'Field' }).selectOption({ label: 'Status' });
    await app
      .getByRole('dialog', { name: 'Filter by any field' })
      .getByRole('checkbox')
      .first()
      .check();
    found.push(...(await findings(app, 'Leads filtered by any field')));
    await app.keyboard.press('Escape');
    await app.getByRole('button', { name: 'Remove the Status filter' }).click();
    await leads.getByRole('row').nth(1).click();
    await expect(
      app
        .getByRole('complementary', { name: 'Lead details' })
        .getByRole('button', { name: 'Edit' }),
    ).toBeVisible();
    found.push(...(await findings(app, 'Lead details panel')));

    await nav(app, /^Accounts$/).click();
    const accounts = app.getByRole('grid', { name: 'Accounts' });
    await expect(accounts.getByRole('row').nth(1).getByRole('gridcell').first()).not.toBeEmpty();
    found.push(...(await findings(app, 'Accounts')));
    await accounts.getByRole('row').nth(1).click();
    await expect(app.getByRole('button', { name: '← All accounts' })).toBeVisible();
    found.push(...(await findings(app, 'Account page')));

    for (const name of ['Opportunities', 'Contacts']) {
      await nav(app, new RegExp(`^${name}$`)).click();
      const grid = app.getByRole('grid', { name });
      await expect(grid.getByRole('row').nth(1).getByRole('gridcell').first()).not.toBeEmpty();
      found.push(...(await findings(app, name)));
    }

    // Changes with one change in conflict and one waiting, as a rep would find them.
    const [theirs, waiting] = fakeOrg.control
      .all('Opportunity')
      .filter((o) => o['OwnerId'] === fakeOrg.userId && !o['IsClosed']);
    fakeOrg.control.advanceClock(60_000);
    await core.handlers['edits.save']({
      object: 'Opportunity',
      id: theirs!.Id,
      changes: { Amount: 250_000 },
    });
    fakeOrg.control.update('Opportunity', theirs!.Id, { Amount: 275_000 });
    fakeOrg.control.advanceClock(60_000);
    await core.sync.syncNow();
    await core.handlers['edits.save']({
      object: 'Opportunity',
      id: waiting!.Id,
      changes: { NextStep: 'Send the proposal' },
    });
    await nav(app, /^Changes/).click();
    await expect(app.getByRole('heading', { level: 1, name: 'Changes' })).toBeVisible();
    await expect(app.getByRole('radio', { name: 'Type a new value' })).toBeVisible();
    await expect(app.getByText('Send the proposal')).toBeVisible();
    found.push(...(await findings(app, 'Changes')));

    await nav(app, /^Tasks$/).click();
    await expect(
      app.getByRole('list', { name: 'Overdue' }).getByRole('listitem').first(),
    ).toBeVisible();
    found.push(...(await findings(app, 'Tasks')));

    await nav(app, /^Settings$/).click();
    await expect(app.getByRole('group', { name: 'Theme' })).toBeVisible();
    found.push(...(await findings(app, 'Settings')));

    await app.keyboard.press('Control+k');
    const palette = app.getByRole('dialog', { name: 'Search' });
    await palette.getByRole('combobox').fill('a');
    await expect(palette.getByRole('option').first()).toBeVisible();
    found.push(...(await findings(app, 'Search')));

    expect(found).toEqual([]);
  });
}
