import type { Page } from '@playwright/test';
import { leads, openOpportunities } from '../support/truth';
import { expect, test } from './fixtures';
import { openView } from './navigation';

const palette = (app: Page) => app.getByRole('dialog', { name: 'Search' });
const box = (app: Page) => palette(app).getByRole('combobox', { name: 'Search records' });

test('search shows why each record matched, and deals with stage and amount', async ({
  synced: app,
  fakeOrg,
}) => {
  const lead = leads(fakeOrg).find((l) => l['Email'] && l['Phone'])!;
  await app.keyboard.press('Control+k');
  await box(app).fill(String(lead['Email']));
  const leadsFound = palette(app).getByRole('group', { name: 'Leads' });
  await expect(
    leadsFound.getByRole('option', { name: new RegExp(String(lead['Name'])) }),
  ).toContainText(`Email: ${String(lead['Email'])}`);

  await box(app).fill(String(lead['Phone']).replace(/\D/g, '').slice(0, 7));
  await expect(leadsFound.getByRole('option').first()).toContainText(/(Phone|Mobile): /);

  const deal = openOpportunities(fakeOrg).find((o) => typeof o['Amount'] === 'number')!;
  await box(app).fill(String(deal['Name']));
  const option = palette(app)
    .getByRole('group', { name: 'Opportunities' })
    .getByRole('option', { name: new RegExp(String(deal['Name'])) })
    .first();
  await expect(option).toContainText(String(deal['StageName']));
  await expect(option).toContainText(
    (deal['Amount'] as number).toLocaleString('en-US', { maximumFractionDigits: 0 }),
  );
});

test('search opens with the last query selected, and with recent records before any', async ({
  synced: app,
}) => {
  await openView(app, 'Leads');
  const grid = app.getByRole('grid', { name: 'Leads' });
  await grid.getByRole('row').nth(1).click();
  const panel = app.getByRole('complementary', { name: 'Lead details' });
  const name = (await grid.getByRole('row').nth(1).getByRole('gridcell').first().textContent())!;
  await expect(panel.getByRole('heading', { name })).toBeVisible();
  await panel.getByRole('button', { name: 'Close' }).click();

  await app.keyboard.press('Control+k');
  const recent = palette(app).getByRole('group', { name: 'Recent records' });
  await expect(recent.getByRole('option', { name: new RegExp(name) })).toBeVisible();

  await app.keyboard.type('acme');
  await app.keyboard.press('Escape');
  await expect(palette(app)).toBeHidden();
  await app.keyboard.press('Control+k');
  await expect(box(app)).toHaveValue('acme');
  await expect(box(app)).toBeFocused();
  await app.keyboard.type('zeta');
  await expect(box(app)).toHaveValue('zeta');

  await box(app).fill('');
  await recent.getByRole('option', { name: new RegExp(name) }).click();
  await expect(panel.getByRole('heading', { name })).toBeVisible();
});

test('Enter pressed before search answers what was typed opens that answer’s first match', async ({
  synced: app,
  fakeOrg,
}) => {
  const [before, after] = leads(fakeOrg).filter((l) => l['Email'] && !l['IsConverted']);
  await app.keyboard.press('Control+k');
  await box(app).fill(String(before!['Email']));
  await expect(palette(app).getByRole('option', { name: String(before!['Name']) })).toBeVisible();

  // The answer to the new text is held until Enter is down: the older one is still on screen.
  let answer!: () => void;
  const held = new Promise<void>((resolve) => (answer = resolve));
  await app.route('**/__bridge/invoke', async (route) => {
    const body = route.request().postDataJSON() as { channel: string };
    if (body.channel === 'search.query') await held;
    await route.continue();
  });
  await box(app).fill(String(after!['Email']));
  await app.keyboard.press('Enter');
  answer();
  const panel = app.getByRole('complementary', { name: 'Lead details' });
  await expect(
    panel.getByRole('heading', { level: 2, name: String(after!['Name']) }),
  ).toBeVisible();
  await app.unroute('**/__bridge/invoke');
});

test.describe('in an org with an email field of its own', () => {
  test.use({
    orgOptions: {
      dataset: 'tiny',
      fields: { Lead: [{ name: 'Assistant_Email__c', label: 'Assistant email', type: 'email' }] },
    },
  });

  test('a record found by that field says so by its label', async ({
    synced: app,
    core,
    fakeOrg,
  }) => {
    const lead = leads(fakeOrg)[0]!;
    fakeOrg.control.advanceClock(60_000);
    fakeOrg.control.update('Lead', String(lead['Id']), {
      Assistant_Email__c: 'pa@quillfeather.example',
    });
    fakeOrg.control.advanceClock(60_000);
    await core.sync.syncNow();
    await app.keyboard.press('Control+k');
    await box(app).fill('quillfeather');
    await expect(
      palette(app)
        .getByRole('group', { name: 'Leads' })
        .getByRole('option', { name: new RegExp(String(lead['Name'])) }),
    ).toContainText('Assistant email: pa@quillfeather.example');
  });
});
