import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import { answerInBrowser } from '../support/signInScript';
import { expect, test } from './fixtures';
import { openView } from './navigation';

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

    await openView(app, 'Pipeline');
    await expect(
      app.getByRole('list', { name: 'Pipeline board' }).locator('.card').first(),
    ).toBeVisible();
    found.push(...(await findings(app, 'Pipeline')));
    await app.getByRole('tab', { name: 'Charts' }).click();
    await expect(app.getByRole('figure', { name: 'Open pipeline by stage' })).toBeVisible();
    found.push(...(await findings(app, 'Pipeline charts')));

    await openView(app, 'Leads');
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
    // A converted lead offers no Edit: an open one, found by its email (names repeat).
    const open = fakeOrg.control
      .all('Lead')
      .find((l) => l['IsConverted'] !== true && l['OwnerId'] === fakeOrg.userId && l['Email'])!;
    const search = app.getByRole('searchbox', { name: 'Filter leads' });
    await search.fill(String(open['Email']));
    await expect(leads.getByRole('row')).toHaveCount(2);
    await expect(leads.getByRole('row').nth(1)).toContainText(String(open['Name']));
    await leads.getByRole('row').nth(1).click();
    const leadPanel = app.getByRole('complementary', { name: 'Lead details' });
    await expect(leadPanel.getByRole('button', { name: 'Edit' })).toBeVisible();
    found.push(...(await findings(app, 'Lead details panel')));
    await leadPanel.getByRole('button', { name: 'Edit' }).click();
    await expect(leadPanel.getByRole('form', { name: 'Edit lead' })).toBeVisible();
    found.push(...(await findings(app, 'Lead edited in place')));
    await leadPanel.getByRole('button', { name: 'Cancel' }).click();
    await search.fill('');

    await app.getByRole('button', { name: 'Views' }).click();
    await app.getByRole('textbox', { name: 'View name' }).fill('Hot leads');
    await app.getByRole('button', { name: 'Save view' }).click();
    await expect(app.getByRole('button', { name: 'Rename Hot leads' })).toBeVisible();
    found.push(...(await findings(app, 'Leads with the Views menu open')));
    await app.keyboard.press('Escape');
    await leads.focus();
    await app.keyboard.press('?');
    await expect(app.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
    found.push(...(await findings(app, 'Keyboard shortcuts')));
    await app.keyboard.press('Escape');

    await openView(app, 'Accounts');
    const accounts = app.getByRole('grid', { name: 'Accounts' });
    await expect(accounts.getByRole('row').nth(1).getByRole('gridcell').first()).not.toBeEmpty();
    found.push(...(await findings(app, 'Accounts')));
    await accounts.getByRole('row').nth(1).click();
    await expect(app.getByRole('button', { name: '← All accounts' })).toBeVisible();
    found.push(...(await findings(app, 'Account page')));
    await app
      .getByRole('region', { name: 'Activity' })
      .getByRole('button', { name: 'New meeting' })
      .click();
    await expect(app.getByRole('form', { name: 'New meeting' })).toBeVisible();
    found.push(...(await findings(app, 'Account page with a new meeting')));
    await app
      .getByRole('form', { name: 'New meeting' })
      .getByRole('button', { name: 'Cancel' })
      .click();

    for (const name of ['Opportunities', 'Contacts']) {
      await openView(app, name);
      const grid = app.getByRole('grid', { name });
      await expect(grid.getByRole('row').nth(1).getByRole('gridcell').first()).not.toBeEmpty();
      found.push(...(await findings(app, name)));
      if (name !== 'Opportunities') continue;
      await grid.getByRole('row').nth(1).click();
      await expect(
        app
          .getByRole('complementary', { name: 'Opportunity details' })
          .getByRole('region', { name: 'Contact roles' }),
      ).toBeVisible();
      found.push(...(await findings(app, 'Opportunity details with contact roles')));
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
    await openView(app, 'Changes');
    await expect(app.getByRole('heading', { level: 1, name: 'Changes' })).toBeVisible();
    await expect(app.getByRole('radio', { name: 'Type a new value' })).toBeVisible();
    await expect(app.getByText('Send the proposal')).toBeVisible();
    found.push(...(await findings(app, 'Changes')));

    await openView(app, 'Tasks');
    await expect(
      app.getByRole('list', { name: 'Overdue' }).getByRole('listitem').first(),
    ).toBeVisible();
    found.push(...(await findings(app, 'Tasks')));

    await openView(app, 'Settings');
    await expect(app.getByRole('group', { name: 'Theme' })).toBeVisible();
    found.push(...(await findings(app, 'Settings')));

    await app.keyboard.press('Control+k');
    const palette = app.getByRole('dialog', { name: 'Search' });
    await expect(palette.getByRole('group', { name: 'Recent records' })).toBeVisible();
    found.push(...(await findings(app, 'Search with recent records')));
    await palette.getByRole('combobox').fill('a');
    await expect(palette.getByRole('option').first()).toBeVisible();
    found.push(...(await findings(app, 'Search')));
    await palette.getByRole('button', { name: 'Show all results' }).click();
    await expect(app.getByRole('heading', { level: 1, name: 'Search results' })).toBeVisible();
    await expect(app.getByRole('region', { name: 'Leads' }).getByRole('listitem')).toHaveCount(50);
    found.push(...(await findings(app, 'Search, all results')));

    expect(found).toEqual([]);
  });
}

for (const scheme of ['light', 'dark'] as const) {
  test(`signing in, the first sync and offline read clearly in ${scheme} mode`, async ({
    app,
    core,
    fakeOrg,
    externalOpens,
  }) => {
    test.setTimeout(120_000);
    await app.emulateMedia({ colorScheme: scheme });
    const found: string[] = [];

    await app.getByRole('button', { name: 'Advanced' }).click();
    await expect(app.getByRole('textbox', { name: 'Consumer key' })).toBeVisible();
    found.push(...(await findings(app, 'Sign in')));

    // Slow answers keep the first sync under way while it is checked.
    for (const route of ['query', 'queryAll', 'queryMore'])
      fakeOrg.control.addFault({ route, kind: 'latency', ms: 1500 });
    await core.auth.connect({ loginHost: fakeOrg.url, clientId: fakeOrg.clientId });
    await core.handleDeepLink(await answerInBrowser(externalOpens.at(-1)!));
    const allSet = app.getByRole('region', { name: 'You’re all set' });
    await expect(allSet.getByRole('progressbar').first()).toBeVisible();
    found.push(...(await findings(app, 'You’re all set')));
    await openView(app, 'Leads');
    await expect(app.getByRole('region', { name: 'Leads are on their way' })).toBeVisible();
    found.push(...(await findings(app, 'Leads on their way')));

    fakeOrg.control.clearFaults();
    await expect(app.getByRole('status', { name: /^Sync: Synced/ })).toBeVisible({
      timeout: 60_000,
    });
    core.sync.setOnline(false);
    await openView(app, 'Settings');
    await expect(app.getByRole('button', { name: 'Sign in to Salesforce' })).toBeDisabled();
    found.push(...(await findings(app, 'Settings offline')));

    expect(found).toEqual([]);
  });
}

test.describe('in an org with sales processes and several currencies', () => {
  test.use({
    orgOptions: {
      dataset: 'realistic',
      scale: { accounts: 30, contacts: 30, opportunities: 120, leads: 30, tasks: 20, events: 10 },
    },
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`the board's process menu, converted totals and New deal read clearly in ${scheme} mode`, async ({
      synced: app,
    }) => {
      test.setTimeout(60_000);
      await app.emulateMedia({ colorScheme: scheme });
      const found: string[] = [];
      await expect(app.getByText(/^≈ Deal totals, across every sales process/)).toBeVisible();
      found.push(...(await findings(app, 'Home with converted totals')));

      await openView(app, 'Pipeline');
      await app.getByRole('button', { name: /^Sales process: / }).click();
      await expect(app.getByRole('dialog', { name: 'Sales process' })).toBeVisible();
      found.push(...(await findings(app, 'Pipeline with the sales process menu open')));
      await app.keyboard.press('Escape');

      await openView(app, 'Opportunities');
      await app.getByRole('button', { name: 'New deal' }).click();
      const choice = app.getByRole('form', { name: 'New deal' });
      await expect(choice.getByRole('radio', { name: 'Renewal' })).toBeVisible();
      found.push(...(await findings(app, 'New deal, choosing the record type')));
      await choice.getByRole('button', { name: 'Next' }).click();
      const newDeal = app.getByRole('form', { name: 'New deal: New Business' });
      await expect(newDeal).toBeVisible();
      found.push(...(await findings(app, 'New deal form')));
      await newDeal.getByRole('combobox', { name: 'Account Name' }).fill('a');
      await expect(newDeal.getByRole('option').first()).toBeVisible();
      found.push(...(await findings(app, 'New deal form with the account picker open')));
      expect(found).toEqual([]);
    });
  }
});
