import {
  leads,
  openOpportunities,
  openStageLabels,
  pipelineByStage,
  sumsOf,
} from '../support/truth';
import { expect, test } from './fixtures';
import { openView } from './navigation';

const usd = new Intl.NumberFormat('en-US', {
  style: 'currency',
  currency: 'USD',
  maximumFractionDigits: 0,
});
const count = (n: number) => n.toLocaleString('en-US');

test.describe('with the demo org synced', () => {
  test.use({ orgOptions: { dataset: 'demo' } });

  test('the pipeline, Home and Leads show the numbers the org holds', async ({
    synced: app,
    fakeOrg,
  }) => {
    const mine = sumsOf(openOpportunities(fakeOrg, { ownerId: fakeOrg.userId }));
    const home = app.getByRole('region', { name: 'Your open pipeline' });
    await expect(home).toContainText(usd.format(mine.total));
    await expect(home).toContainText(`${count(mine.count)} deals`);
    const overdue = sumsOf(
      openOpportunities(fakeOrg, { ownerId: fakeOrg.userId, period: 'overdue' }),
    );
    await expect(app.getByRole('region', { name: 'Overdue close dates' })).toContainText(
      usd.format(overdue.total),
    );

    await openView(app, 'Pipeline');
    await app.getByLabel('Owner').selectOption('all');
    const truth = pipelineByStage(fakeOrg);
    const stages = openStageLabels(fakeOrg);
    const board = app.getByRole('list', { name: 'Pipeline board' });
    await expect(board.locator('.stage')).toHaveCount(stages.length);
    await expect(board.locator('.stage h2')).toHaveText(stages);
    for (const stage of stages) {
      const column = board.getByRole('listitem', { name: stage, exact: true });
      const sums = truth.get(stage)!;
      await expect(column.getByLabel('Deals')).toHaveText(count(sums.count));
      await expect(column.getByLabel('Total')).toHaveText(usd.format(sums.total));
      await expect(column.getByLabel('Weighted')).toHaveText(usd.format(sums.weighted));
    }

    await openView(app, 'Leads');
    await app.getByLabel('Owner').selectOption('all');
    await expect(app.getByRole('status').filter({ hasText: /leads?$/ })).toHaveText(
      `${count(leads(fakeOrg).length)} leads`,
    );
  });

  test('the tables show the rep’s own records in columns that fit a 1280 px window', async ({
    synced: app,
    fakeOrg,
  }) => {
    await app.setViewportSize({ width: 1280, height: 800 });
    const mine = leads(fakeOrg).filter((l) => l['OwnerId'] === fakeOrg.userId);
    await openView(app, 'Leads');
    await expect(app.getByLabel('Owner')).toHaveValue('me');
    await expect(app.getByRole('status').filter({ hasText: /match$/ })).toHaveText(
      `${count(mine.length)} leads match`,
    );
    for (const name of ['Leads', 'Accounts', 'Contacts', 'Opportunities']) {
      await openView(app, name);
      const grid = app.getByRole('grid', { name });
      await expect(grid.getByRole('row').nth(1)).toBeVisible();
      const overflow = await grid.evaluate((el) => el.scrollWidth - el.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    }
  });

  test('Settings: "Only mine" for leads syncs at once and the Leads view shows only the rep’s', async ({
    synced: app,
    fakeOrg,
  }) => {
    await openView(app, 'Settings');
    const which = app.getByLabel('Leads: which records');
    await expect(which).toHaveValue('all');
    await which.selectOption('mine');
    await expect(app.getByRole('status').filter({ hasText: /^Saved/ })).toHaveText(
      'Saved. Leads sync again now with the new choice.',
    );
    const mine = leads(fakeOrg).filter((l) => l['OwnerId'] === fakeOrg.userId);
    expect(mine.length).toBeLessThan(leads(fakeOrg).length);
    await openView(app, 'Leads');
    await app.getByLabel('Owner').selectOption('all');
    await expect(app.getByRole('status').filter({ hasText: /leads?$/ })).toHaveText(
      `${count(mine.length)} leads`,
    );
    await openView(app, 'Settings');
    await expect(app.getByLabel('Leads: which records')).toHaveValue('mine');
    await expect(app.getByLabel('Sync every')).toHaveValue('10');
  });

  test('sorting and filters return the right leads; search finds by name, email and phone', async ({
    synced: app,
    fakeOrg,
  }) => {
    const all = leads(fakeOrg);
    await openView(app, 'Leads');
    await app.getByLabel('Owner').selectOption('all');
    const grid = app.getByRole('grid', { name: 'Leads' });
    await grid.getByRole('button', { name: 'Sort by Company' }).click();
    const firstCompany = all
      .map((l) => String(l['Company']))
      .sort((a, b) => (a.toLowerCase() < b.toLowerCase() ? -1 : 1))[0]!;
    await expect(grid.getByRole('row').nth(1).getByRole('gridcell').nth(1)).toHaveText(
      firstCompany,
    );
    await expect(grid.getByRole('columnheader', { name: 'Sort by Company' })).toHaveAttribute(
      'aria-sort',
      'ascending',
    );

    await app.getByRole('button', { name: 'Status: any' }).click();
    await app.getByRole('checkbox', { name: /^Working - Contacted/ }).check();
    await app.getByRole('button', { name: 'Rating: any' }).click();
    await app.getByRole('checkbox', { name: /^Hot/ }).check();
    const expected = all.filter(
      (l) => l['Status'] === 'Working - Contacted' && l['Rating'] === 'Hot',
    );
    await expect(app.getByRole('status').filter({ hasText: /match$/ })).toHaveText(
      `${count(expected.length)} leads match`,
    );
    await grid.getByRole('row').nth(1).click();
    const panel = app.getByRole('complementary', { name: 'Lead details' });
    await expect(panel).toContainText('Working - Contacted');
    await expect(panel).toContainText('Hot');

    // A lead whose name no other lead shares: the generated names repeat, and the hit is found by it.
    const lead = all.find((l) => all.filter((o) => o['Name'] === l['Name']).length === 1)!;
    await app.keyboard.press('Control+k');
    const palette = app.getByRole('dialog', { name: 'Search' });
    const box = palette.getByRole('combobox');
    for (const query of [
      String(lead['LastName']),
      String(lead['Email']).slice(0, 10),
      String(lead['Phone']).replace(/\D/g, '').slice(0, 7),
    ]) {
      await box.fill(query);
      await expect(
        palette.getByRole('group', { name: 'Leads' }).getByRole('option').first(),
      ).toBeVisible();
    }
    await box.fill(String(lead['Email']));
    const hit = palette
      .getByRole('group', { name: 'Leads' })
      .getByRole('option', { name: new RegExp(String(lead['Name'])) });
    await expect(hit).toBeVisible();
    await box.press('ArrowDown');
    await box.press('ArrowUp');
    await box.press('Enter');
    await expect(
      app
        .getByRole('complementary', { name: 'Lead details' })
        .getByRole('heading', { name: String(lead['Name']) }),
    ).toBeVisible();

    await app.keyboard.press('Control+k');
    for (const hostile of [
      '"',
      '*',
      '-',
      '"acme" OR',
      'NEAR(',
      '株式会社',
      "'; DROP TABLE sf_lead; --",
    ]) {
      await box.fill(hostile);
      await expect(palette.getByRole('alert')).toHaveCount(0);
    }
  });
});

test.describe('hostile record content', () => {
  test('renders as text and a javascript: website is not a link', async ({
    app,
    core,
    fakeOrg,
    externalOpens,
  }) => {
    const script = '<script>window.__pwned = 1</script> Evil Corp';
    const img = '<img src=x onerror="window.__pwned=1"> Trap Ltd';
    const rtl = 'Invoice \u202Egpj.exe Holdings';
    const long = 'Ω'.repeat(10_000);
    fakeOrg.control.create(
      'Account',
      { Name: script, Website: 'javascript:alert(1)', Description: long },
      fakeOrg.userId,
    );
    fakeOrg.control.create('Account', { Name: img, Website: 'file:///etc/passwd' }, fakeOrg.userId);
    fakeOrg.control.create(
      'Lead',
      { LastName: rtl, Company: '株式会社テスト', Status: 'Open - Not Contacted' },
      fakeOrg.userId,
    );
    await core.auth.connect({ loginHost: fakeOrg.url, clientId: fakeOrg.clientId });
    const { answerInBrowser } = await import('../support/signInScript');
    await core.handleDeepLink(await answerInBrowser(externalOpens.at(-1)!));
    await core.sync.syncNow();

    await openView(app, 'Accounts');
    const grid = app.getByRole('grid', { name: 'Accounts' });
    await app.getByLabel('Filter accounts').fill('evil');
    await expect(grid.getByRole('gridcell', { name: script })).toBeVisible();
    await grid.getByRole('row').nth(1).click();
    const page = app.getByRole('article', { name: `Account ${script}` });
    await expect(page.getByRole('heading', { name: script })).toBeVisible();
    await expect(page.getByText('javascript:alert(1)')).toBeVisible();
    await expect(page.getByRole('link', { name: 'javascript:alert(1)' })).toHaveCount(0);
    await expect(page.getByText(long)).toBeVisible();

    await app.getByRole('button', { name: '← All accounts' }).click();
    await app.getByLabel('Filter accounts').fill('trap');
    await grid.getByRole('row').nth(1).click();
    await expect(app.getByText('file:///etc/passwd')).toBeVisible();
    await expect(app.getByRole('link', { name: 'file:///etc/passwd' })).toHaveCount(0);

    await openView(app, 'Leads');
    await app.getByLabel('Filter leads').fill('株式');
    await expect(
      app.getByRole('grid', { name: 'Leads' }).getByRole('gridcell', { name: rtl }),
    ).toBeVisible();
    expect(await app.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await app.locator('img').count()).toBe(0);
  });
});

test.describe('100,000 cached leads', () => {
  test.use({ orgOptions: { dataset: 'tiny', scale: { leads: 100_000 } } });
  test.setTimeout(180_000);

  test('the table keeps a bounded number of rows while scrolling to the end', async ({
    synced: app,
  }) => {
    await openView(app, 'Leads');
    await app.getByLabel('Owner').selectOption('all');
    await expect(app.getByRole('status').filter({ hasText: /leads$/ })).toHaveText('100,000 leads');
    const grid = app.getByRole('grid', { name: 'Leads' });
    await expect(grid).toHaveAttribute('aria-rowcount', '100001');
    const rows = grid.getByRole('row');
    expect(await rows.count()).toBeLessThan(80);
    await grid.focus();
    await app.keyboard.press('End');
    await expect(grid.locator('[aria-rowindex="100001"]')).toBeVisible();
    await expect(grid.locator('[aria-rowindex="100001"] .placeholder')).toHaveCount(0);
    expect(await rows.count()).toBeLessThan(80);
    await app.keyboard.press('Home');
    await expect(grid.locator('[aria-rowindex="2"]')).toBeVisible();
  });
});

test('offline, every view works from the cache and says so', async ({ synced: app, fakeOrg }) => {
  test.setTimeout(90_000);
  await fakeOrg.stop();
  await app.getByRole('button', { name: 'Sync now' }).click();
  await expect(app.getByRole('status', { name: /^Sync: Offline/ })).toBeVisible({
    timeout: 60_000,
  });
  const offline = app.getByRole('status').filter({ hasText: /^Offline · Data from/ });
  await openView(app, 'Home');
  await expect(offline).toBeVisible();
  await expect(app.getByRole('region', { name: 'Your open pipeline' })).toContainText('deals');
  await openView(app, 'Pipeline');
  await expect(offline).toBeVisible();
  await expect(
    app.getByRole('list', { name: 'Pipeline board' }).getByRole('listitem').first(),
  ).toBeVisible();
  await openView(app, 'Leads');
  await app.getByLabel('Owner').selectOption('all');
  await expect(app.getByRole('status').filter({ hasText: /leads$/ })).toHaveText(
    `${count(leads(fakeOrg).length)} leads`,
  );
  await openView(app, 'Accounts');
  await expect(app.getByRole('grid', { name: 'Accounts' }).getByRole('row').nth(1)).toBeVisible();
  await app.keyboard.press('Control+k');
  await app
    .getByRole('combobox', { name: 'Search records' })
    .fill(String(leads(fakeOrg)[0]!['LastName']));
  await expect(
    app.getByRole('listbox', { name: 'Search results' }).getByRole('option').first(),
  ).toBeVisible();
});
