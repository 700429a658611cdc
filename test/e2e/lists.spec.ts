import fs from 'node:fs';
import type { Page } from '@playwright/test';
import { csvParseRows } from 'd3-dsv';
import { contacts, leads, openOpportunities, closedOpportunities } from '../support/truth';
import { expect, test } from './fixtures';
import { openView } from './navigation';

const count = (n: number) => n.toLocaleString('en-US');
const escaped = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** SQLite's NOCASE folds ASCII letters only; the tables sort that way. */
const nocase = (a: string, b: string) => {
  const x = a.replace(/[A-Z]/g, (c) => c.toLowerCase());
  const y = b.replace(/[A-Z]/g, (c) => c.toLowerCase());
  return x < y ? -1 : x > y ? 1 : 0;
};

const tableCount = (app: Page, noun: RegExp) => app.getByRole('status').filter({ hasText: noun });

test('Contacts and Opportunities count what the org holds, filter by state and stage, and export exactly those rows', async ({
  synced: app,
  fakeOrg,
}) => {
  await openView(app, 'Contacts');
  await expect(app.getByRole('search').getByLabel('Owner')).toHaveValue('me');
  const mine = contacts(fakeOrg).filter((c) => c['OwnerId'] === fakeOrg.userId);
  await expect(tableCount(app, /contacts? match$/)).toHaveText(
    `${count(mine.length)} contacts match`,
  );
  await app.getByRole('search').getByLabel('Owner').selectOption('all');
  await expect(tableCount(app, /contacts?$/)).toHaveText(
    `${count(contacts(fakeOrg).length)} contacts`,
  );

  await openView(app, 'Opportunities');
  await app.getByRole('search').getByLabel('Owner').selectOption('all');
  await app.getByRole('search').getByLabel('Show').selectOption('won');
  const won = closedOpportunities(fakeOrg).filter((o) => o['IsWon']);
  await expect(tableCount(app, /match$/)).toHaveText(`${count(won.length)} opportunities match`);

  await app.getByRole('search').getByLabel('Show').selectOption('open');
  const stage = String(openOpportunities(fakeOrg)[0]!['StageName']);
  await app.getByRole('button', { name: 'Stage: any' }).click();
  await app.getByRole('checkbox', { name: new RegExp(`^${escaped(stage)}\\s*[\\d,]+$`) }).check();
  await app.keyboard.press('Escape');
  const inStage = openOpportunities(fakeOrg).filter((o) => o['StageName'] === stage);
  await expect(tableCount(app, /match$/)).toHaveText(
    `${count(inStage.length)} ${inStage.length === 1 ? 'opportunity' : 'opportunities'} match`,
  );
  const grid = app.getByRole('grid', { name: 'Opportunities' });
  await grid.getByRole('button', { name: 'Sort by Name' }).click();
  await expect(grid.getByRole('columnheader', { name: 'Sort by Name' })).toHaveAttribute(
    'aria-sort',
    'ascending',
  );

  const download = app.waitForEvent('download');
  await app.getByRole('button', { name: 'Export' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^Opportunities \d{4}-\d{2}-\d{2}\.csv$/);
  const text = fs.readFileSync(await file.path(), 'utf8').replace(/^\ufeff/, '');
  const [header, ...rows] = csvParseRows(text);
  expect(header).toEqual([
    'Name',
    'Account',
    'Stage',
    'Amount',
    'Close date',
    'Probability',
    'Owner',
  ]);
  expect(rows.map((r) => r[0])).toEqual(inStage.map((o) => String(o['Name'])).sort(nocase));
  expect(new Set(rows.map((r) => r[2]))).toEqual(new Set([stage]));
  await expect(app.getByRole('status').filter({ hasText: /^Exported/ })).toHaveText(
    `Exported ${count(inStage.length)} ${inStage.length === 1 ? 'row' : 'rows'}.`,
  );
});

test.describe('in an org with thousands of leads', () => {
  test.use({ orgOptions: { dataset: 'demo' } });

  test('Export writes every filtered lead in the table’s order, not only the rows on screen', async ({
    synced: app,
    fakeOrg,
  }) => {
    const byStatus = new Map<string, number>();
    for (const lead of leads(fakeOrg)) {
      const status = String(lead['Status']);
      byStatus.set(status, (byStatus.get(status) ?? 0) + 1);
    }
    const status = [...byStatus].sort((a, b) => b[1] - a[1])[0]![0];
    const expected = leads(fakeOrg).filter((l) => l['Status'] === status);

    await openView(app, 'Leads');
    await app.getByRole('search').getByLabel('Owner').selectOption('all');
    await app.getByRole('button', { name: /^Status: / }).click();
    await app
      .getByRole('checkbox', { name: new RegExp(`^${escaped(status)}\\s*[\\d,]+$`) })
      .check();
    await app.keyboard.press('Escape');
    await expect(tableCount(app, /match$/)).toHaveText(`${count(expected.length)} leads match`);
    const grid = app.getByRole('grid', { name: 'Leads' });
    const company = grid.getByRole('columnheader', { name: 'Sort by Company' });
    await company.getByRole('button').click();
    await company.getByRole('button').click();
    await expect(company).toHaveAttribute('aria-sort', 'descending');
    const onScreen = (await grid.getByRole('row').count()) - 1;
    expect(expected.length).toBeGreaterThan(onScreen);

    const download = app.waitForEvent('download');
    await app.getByRole('button', { name: 'Export' }).click();
    const text = fs.readFileSync(await (await download).path(), 'utf8').replace(/^\ufeff/, '');
    const [header, ...rows] = csvParseRows(text);
    const at = (label: string) => header!.indexOf(label);
    expect(rows).toHaveLength(expected.length);
    expect(new Set(rows.map((r) => r[at('Status')]))).toEqual(new Set([status]));
    expect(rows.map((r) => r[at('Name')]).sort()).toEqual(
      expected.map((l) => String(l['Name'])).sort(),
    );
    expect(rows.map((r) => r[at('Company')])).toEqual(
      expected.map((l) => String(l['Company'] ?? '')).sort((a, b) => nocase(b, a)),
    );
  });
});

test('a table keeps its filter and sort when the rep leaves it and after a reload', async ({
  synced: app,
}) => {
  await openView(app, 'Contacts');
  await app.getByRole('search').getByLabel('Owner').selectOption('all');
  const grid = app.getByRole('grid', { name: 'Contacts' });
  await grid.getByRole('button', { name: 'Sort by Account' }).click();
  const sorted = grid.getByRole('columnheader', { name: 'Sort by Account' });
  await expect(sorted).toHaveAttribute('aria-sort', 'ascending');

  await openView(app, 'Leads');
  await openView(app, 'Contacts');
  await expect(app.getByRole('search').getByLabel('Owner')).toHaveValue('all');
  await expect(sorted).toHaveAttribute('aria-sort', 'ascending');

  await app.reload();
  await openView(app, 'Contacts');
  await expect(app.getByRole('search').getByLabel('Owner')).toHaveValue('all');
  await expect(sorted).toHaveAttribute('aria-sort', 'ascending');
  await openView(app, 'Leads');
  await expect(app.getByRole('search').getByLabel('Owner')).toHaveValue('me');
});

test('Open in Salesforce asks the system browser for the record’s Lightning page', async ({
  synced: app,
  fakeOrg,
  externalOpens,
}) => {
  const contact = contacts(fakeOrg).find(
    (c) => c['OwnerId'] === fakeOrg.userId && c['AccountId'] && c['Email'],
  )!;
  await openView(app, 'Contacts');
  await app.getByRole('searchbox', { name: 'Filter contacts' }).fill(String(contact['Email']));
  const grid = app.getByRole('grid', { name: 'Contacts' });
  await expect(tableCount(app, /match$/)).toHaveText('1 contact match');
  await grid.getByRole('row').nth(1).click();
  const panel = app.getByRole('complementary', { name: 'Contact details' });
  await panel.getByRole('button', { name: 'Open in Salesforce' }).click();
  await expect
    .poll(() => externalOpens.at(-1))
    .toBe(`${fakeOrg.url}/lightning/r/Contact/${String(contact.Id)}/view`);

  await panel.getByRole('button', { name: 'Open account' }).click();
  await app.getByRole('button', { name: 'Open in Salesforce' }).click();
  await expect
    .poll(() => externalOpens.at(-1))
    .toBe(`${fakeOrg.url}/lightning/r/Account/${String(contact['AccountId'])}/view`);
});

test('Open in Salesforce on a lead not sent yet says why instead of opening a page', async ({
  synced: app,
  core,
  fakeOrg,
  externalOpens,
}) => {
  // Salesforce is unreachable, so the new lead stays on this computer only.
  fakeOrg.control.addFault({ route: '*', kind: 'drop' });
  await core.handlers['edits.create']({
    object: 'Lead',
    fields: { LastName: 'Quennell', Company: 'Harbour Freight', Status: 'Open - Not Contacted' },
  });
  await openView(app, 'Leads');
  await app.getByRole('searchbox', { name: 'Filter leads' }).fill('Quennell');
  await app.getByRole('grid', { name: 'Leads' }).getByRole('row').nth(1).click();
  const panel = app.getByRole('complementary', { name: 'Lead details' });
  await expect(panel.getByRole('heading', { level: 2, name: 'Quennell' })).toBeVisible();
  const opened = externalOpens.length;
  await panel.getByRole('button', { name: 'Open in Salesforce' }).click();
  await expect(panel.getByRole('alert')).toHaveText(
    'This record is not in Salesforce yet: it goes there with the next sync.',
  );
  expect(externalOpens).toHaveLength(opened);
  fakeOrg.control.clearFaults();
});
