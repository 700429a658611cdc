import type { Locator } from '@playwright/test';
import { scales } from '../fake-org/dataset/generate';
import { openStageLabels } from '../support/truth';
import { expect, test } from './fixtures';
import { openView } from './navigation';

const box = async (locator: Locator) => {
  const found = await locator.boundingBox();
  if (!found) throw new Error('not on screen');
  return found;
};
const middle = async (locator: Locator) => {
  const b = await box(locator);
  return b.y + b.height / 2;
};

test('at 1440×900 the Leads columns fill the table and New lead sits beside the count', async ({
  synced: app,
}) => {
  await app.setViewportSize({ width: 1440, height: 900 });
  await openView(app, 'Leads');
  const grid = app.getByRole('grid', { name: 'Leads' });
  await expect(grid.getByRole('row').nth(1)).not.toContainText('…');
  const table = await box(grid);
  const headers = grid.getByRole('columnheader');
  for (const header of await headers.all()) {
    const b = await box(header);
    expect(b.x).toBeGreaterThanOrEqual(table.x);
    expect(b.x + b.width).toBeLessThanOrEqual(table.x + table.width + 0.5);
  }
  // No band of empty table on the right while a column is cut.
  const last = await box(headers.last());
  expect(table.x + table.width - (last.x + last.width)).toBeLessThan(4);
  const email = await box(grid.getByRole('columnheader', { name: 'Sort by Email' }));
  const phone = await box(grid.getByRole('columnheader', { name: 'Sort by Phone' }));
  expect(email.width).toBeGreaterThan(phone.width + 60);

  const count = app.getByRole('status').filter({ hasText: /^\d[\d,]* leads?( match)?$/ });
  expect(
    Math.abs((await middle(app.getByRole('button', { name: 'New lead' }))) - (await middle(count))),
  ).toBeLessThan(6);
});

test('at 1024×700 beside a record panel the filters keep to one line', async ({ synced: app }) => {
  await app.setViewportSize({ width: 1024, height: 700 });
  await openView(app, 'Leads');
  const grid = app.getByRole('grid', { name: 'Leads' });
  await grid.getByRole('row').nth(1).click();
  await expect(app.getByRole('complementary', { name: 'Lead details' })).toBeVisible();
  const bar = app.getByRole('search', { name: 'Lead filters' });
  const first = await middle(bar.getByRole('searchbox', { name: 'Filter leads' }));
  expect(Math.abs((await middle(bar.getByRole('button', { name: /^Status: / }))) - first)).toBe(0);
  expect((await box(bar)).height).toBeLessThan(48);
  // A filter off the line's end is reached by scrolling it, and works.
  await bar.getByRole('button', { name: 'More filters' }).click();
  await expect(app.getByRole('dialog', { name: 'Filter by any field' })).toBeVisible();
});

test('an account’s field labels keep to one line and the stage chart names every stage', async ({
  synced: app,
  fakeOrg,
}) => {
  await app.setViewportSize({ width: 1440, height: 900 });
  await openView(app, 'Accounts');
  await app.getByRole('grid', { name: 'Accounts' }).getByRole('row').nth(1).click();
  const label = app.getByRole('term').filter({ hasText: /^Billing Zip\/Postal Code$/ });
  const value = label.locator('xpath=following-sibling::dd');
  expect((await box(label)).height).toBeLessThanOrEqual((await box(value)).height);

  await app.setViewportSize({ width: 1024, height: 700 });
  await openView(app, 'Pipeline');
  await app.getByRole('tab', { name: 'Charts' }).click();
  const chart = app.getByRole('figure', { name: 'Open pipeline by stage' });
  for (const stage of openStageLabels(fakeOrg))
    await expect(
      chart.getByText(stage.length > 18 ? `${stage.slice(0, 17)}…` : stage, { exact: true }),
    ).toBeVisible();
});

test('a conflict’s Keep these values and Discard share a line', async ({
  synced: app,
  core,
  fakeOrg,
}) => {
  await app.setViewportSize({ width: 1024, height: 700 });
  const deal = fakeOrg.control.all('Opportunity').find((o) => !o['IsClosed'])!;
  fakeOrg.control.advanceClock(60_000);
  await core.handlers['edits.save']({ object: 'Opportunity', id: deal.Id, changes: { Amount: 1 } });
  fakeOrg.control.update('Opportunity', deal.Id, { Amount: 2 });
  fakeOrg.control.advanceClock(60_000);
  await core.sync.syncNow();
  await openView(app, 'Changes');
  const keep = app.getByRole('button', { name: 'Keep these values' });
  await expect(keep).toBeVisible();
  const discard = app.getByRole('button', { name: /^Discard .* change$/ });
  expect(Math.abs((await middle(keep)) - (await middle(discard)))).toBeLessThan(2);
});

test('at 1024×700 every list’s default columns fit without scrolling sideways', async ({
  synced: app,
}) => {
  await app.setViewportSize({ width: 1024, height: 700 });
  for (const name of ['Accounts', 'Leads', 'Contacts', 'Opportunities']) {
    await openView(app, name);
    const grid = app.getByRole('grid', { name });
    await expect(grid.getByRole('row').nth(1).getByRole('gridcell').first()).not.toBeEmpty();
    const table = await box(grid);
    for (const header of await grid.getByRole('columnheader').all()) {
      const b = await box(header);
      expect(b.x + b.width, `${name}: ${await header.textContent()}`).toBeLessThanOrEqual(
        table.x + table.width + 0.5,
      );
    }
    // Phones and figures are never the ones cut to make room, and nothing drops to a hidden
    // second line (an email's domain did).
    for (const cell of await grid.getByRole('row').nth(1).getByRole('gridcell').all()) {
      const text = (await cell.textContent()) ?? '';
      expect(await cell.evaluate((c) => c.scrollHeight <= c.clientHeight + 2), text).toBe(true);
      if (/^[+$\d]/.test(text))
        expect(await cell.evaluate((c) => c.scrollWidth <= c.clientWidth)).toBe(true);
    }
  }
});

test('Home’s tiles stack in their columns without holes', async ({ synced: app }) => {
  for (const size of [
    { width: 1440, height: 900 },
    { width: 1024, height: 700 },
  ]) {
    await app.setViewportSize(size);
    await openView(app, 'Home');
    const tiles = await Promise.all(
      ['Today’s meetings', 'Today’s tasks', 'Deals to close', 'Recently viewed'].map(
        async (name) => ({ name, ...(await box(app.getByRole('region', { name }))) }),
      ),
    );
    for (const tile of tiles) {
      const below = tiles
        .filter((t) => t.y > tile.y && t.x < tile.x + tile.width && tile.x < t.x + t.width)
        .sort((a, b) => a.y - b.y)[0];
      if (below)
        expect(below.y - (tile.y + tile.height), `${size.width}: ${tile.name}`).toBeLessThan(20);
    }
  }
  // A wide window shows three columns side by side, the figures in one row.
  await app.setViewportSize({ width: 1440, height: 900 });
  const tops = await Promise.all(
    ['Today’s meetings', 'Today’s tasks', 'Deals to close'].map((name) =>
      box(app.getByRole('region', { name })).then((b) => b.y),
    ),
  );
  expect(Math.max(...tops) - Math.min(...tops)).toBeLessThan(1);
  const figures = await Promise.all(
    ['Your open pipeline', 'Your open tasks'].map((name) =>
      middle(app.getByRole('region', { name })),
    ),
  );
  expect(Math.abs(figures[0]! - figures[1]!)).toBeLessThan(1);
});

test('the table’s tools are evenly spaced', async ({ synced: app }) => {
  await app.setViewportSize({ width: 1440, height: 900 });
  await openView(app, 'Leads');
  const tools = await Promise.all(
    ['New lead', 'Views', 'Export', 'Columns'].map((name) =>
      box(app.getByRole('button', { name, exact: true })),
    ),
  );
  const gaps = tools.slice(1).map((b, i) => b.x - (tools[i]!.x + tools[i]!.width));
  for (const gap of gaps) expect(Math.abs(gap - gaps[0]!)).toBeLessThan(1);

  // Beside a record panel at 1024 px the count's words wrap; the tools keep one line.
  await app.setViewportSize({ width: 1024, height: 700 });
  await openView(app, 'Opportunities');
  await app.getByRole('grid', { name: 'Opportunities' }).getByRole('row').nth(1).click();
  await expect(app.getByRole('complementary', { name: 'Opportunity details' })).toBeVisible();
  const newDeal = await middle(app.getByRole('button', { name: 'New deal', exact: true }));
  expect(
    Math.abs((await middle(app.getByRole('button', { name: 'Columns', exact: true }))) - newDeal),
  ).toBeLessThan(1);
});

test('numbers read as the record shows them, on the account page and in Changes', async ({
  synced: app,
  core,
  fakeOrg,
}) => {
  const account = fakeOrg.control.all('Account').find((a) => a['OwnerId'] === fakeOrg.userId)!;
  await core.handlers['edits.save']({
    object: 'Account',
    id: account.Id,
    changes: { NumberOfEmployees: 37825 },
  });
  await openView(app, 'Accounts');
  await app.getByRole('searchbox', { name: 'Filter accounts' }).fill(String(account['Name']));
  // Sorted by name, the account itself comes before any whose name starts with its own.
  const grid = app.getByRole('grid', { name: 'Accounts' });
  await expect(grid.getByRole('row').nth(1)).toContainText(String(account['Name']));
  await grid.getByRole('row').nth(1).click();
  const employees = app.getByRole('term').filter({ hasText: /^Employees$/ });
  await expect(employees.locator('xpath=following-sibling::dd')).toHaveText('37,825');

  await openView(app, 'Changes');
  await expect(
    app.getByRole('list', { name: `What changed on ${String(account['Name'])}` }),
  ).toContainText(/Employees: .*→ 37,825/);
});

test('a record panel breaks an email address only before its domain and its dots', async ({
  synced: app,
}) => {
  await app.setViewportSize({ width: 1024, height: 700 });
  await openView(app, 'Contacts');
  await app.getByRole('grid', { name: 'Contacts' }).getByRole('row').nth(1).click();
  const email = app
    .getByRole('complementary', { name: 'Contact details' })
    .getByRole('link', { name: /@/ });
  await expect(email).toBeVisible();
  const lines = await email.evaluate((link) =>
    [...link.childNodes]
      .filter((node) => node.nodeType === Node.TEXT_NODE)
      .map((node) => {
        const range = document.createRange();
        range.selectNodeContents(node);
        return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
      }),
  );
  expect(lines.length).toBeGreaterThan(1);
  expect(lines.every((count) => count === 1)).toBe(true);
});

test.describe('in an org with page layouts', () => {
  test.use({ orgOptions: { dataset: 'realistic', scale: scales.tiny } });

  test('a record’s values line up across its layout’s sections', async ({ synced: app }) => {
    await app.setViewportSize({ width: 1440, height: 900 });
    await openView(app, 'Accounts');
    await app.getByRole('grid', { name: 'Accounts' }).getByRole('row').nth(1).click();
    const details = app.getByRole('region', { name: 'Account details' });
    await expect(details.getByRole('region', { name: 'Address' })).toBeVisible();
    const starts = await details
      .getByRole('definition')
      .evaluateAll((values) => values.map((v) => Math.round(v.getBoundingClientRect().x)));
    expect(new Set(starts).size).toBe(1);
  });
});

test('at 1024×700 without a panel a lead’s company and status and a deal’s stage read whole', async ({
  synced: app,
}) => {
  await app.setViewportSize({ width: 1024, height: 700 });
  for (const [name, whole] of [
    ['Leads', ['Company', 'Status']],
    ['Opportunities', ['Stage']],
  ] as const) {
    await openView(app, name);
    const grid = app.getByRole('grid', { name });
    await expect(grid.getByRole('row').nth(1).getByRole('gridcell').first()).not.toBeEmpty();
    const headers = (await grid.getByRole('columnheader').allTextContents()).map((h) =>
      h.replace(/[▲▼ ]+$/, ''),
    );
    const rows = grid.getByRole('row');
    const shown = Math.min(8, (await rows.count()) - 1);
    for (const header of whole) {
      const column = headers.indexOf(header);
      expect(column, headers.join(', ')).toBeGreaterThan(0);
      for (let i = 1; i <= shown; i++) {
        const cell = rows.nth(i).getByRole('gridcell').nth(column);
        const text = (await cell.textContent()) ?? '';
        expect(await cell.evaluate((c) => c.scrollWidth <= c.clientWidth), text).toBe(true);
      }
    }
  }
  // A lead's email is wide enough for an everyday address (first.last@company.com) whole.
  await openView(app, 'Leads');
  const email = app.getByRole('columnheader', { name: 'Sort by Email' });
  expect((await box(email)).width).toBeGreaterThan(240);
  // Created gave way, yet the leads are still newest first: the tools say so, until it shows.
  const leads = app.getByRole('grid', { name: 'Leads' });
  await expect(leads.getByRole('columnheader', { name: 'Sort by Created' })).toHaveCount(0);
  await expect(app.getByText('Sorted by Created, descending')).toBeVisible();
  await app.setViewportSize({ width: 1440, height: 900 });
  await expect(leads.getByRole('columnheader', { name: 'Sort by Created' })).toHaveAttribute(
    'aria-sort',
    'descending',
  );
  await expect(app.getByText('Sorted by Created, descending')).toHaveCount(0);
});

test.describe('in the demo org', () => {
  test.use({ orgOptions: { dataset: 'demo' } });

  test('at 1024×700 the pipeline’s totals keep to one line, every amount whole', async ({
    synced: app,
  }) => {
    await app.setViewportSize({ width: 1024, height: 700 });
    await openView(app, 'Pipeline');
    const summary = app.getByRole('group', { name: 'Pipeline summary' });
    await expect(summary).toContainText('Closed lost');
    const figures = summary.locator('p');
    const lines = new Set(
      await figures.evaluateAll((ps) => ps.map((p) => Math.round(p.getBoundingClientRect().top))),
    );
    expect(lines.size).toBe(1);
    const inside = await box(app.getByRole('main'));
    const last = await box(figures.last());
    expect(last.x + last.width).toBeLessThanOrEqual(inside.x + inside.width);
    for (const figure of await figures.all())
      expect(await figure.evaluate((p) => p.scrollWidth <= p.clientWidth)).toBe(true);
  });

  test('beside a deal’s panel at 1024×700 the pipeline’s filters keep their full height', async ({
    synced: app,
  }) => {
    await app.setViewportSize({ width: 1024, height: 700 });
    await openView(app, 'Pipeline');
    await app
      .getByRole('list', { name: / cards$/ })
      .first()
      .getByRole('listitem')
      .first()
      .getByRole('button')
      .first()
      .click();
    await expect(app.getByRole('complementary', { name: 'Opportunity details' })).toBeVisible();
    const bar = app.getByRole('search', { name: 'Pipeline filters' });
    const filter = await box(bar.getByRole('searchbox', { name: 'Filter opportunities' }));
    const inside = await box(bar);
    expect(filter.y).toBeGreaterThanOrEqual(inside.y);
    expect(filter.y + filter.height).toBeLessThanOrEqual(inside.y + inside.height);
  });
});

/** WCAG's contrast ratio of two "rgb(r, g, b)" colours. */
const contrast = (a: string, b: string) => {
  const luminance = (rgb: string) => {
    const [r = 0, g = 0, bl = 0] = rgb
      .match(/[\d.]+/g)!
      .slice(0, 3)
      .map((v) => {
        const c = Number(v) / 255;
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
};

/** The control's border and fill, and the colour of the surface it sits on. */
const colours = (control: Locator) =>
  control.evaluate((input) => {
    const style = getComputedStyle(input);
    let under = input.parentElement;
    while (under && getComputedStyle(under).backgroundColor === 'rgba(0, 0, 0, 0)')
      under = under.parentElement;
    return {
      border: style.borderTopStyle === 'none' ? 'none' : style.borderTopColor,
      width: parseFloat(style.borderTopWidth),
      fill: style.backgroundColor,
      surface: under ? getComputedStyle(under).backgroundColor : 'rgb(255, 255, 255)',
    };
  });

for (const scheme of ['dark', 'light'] as const)
  test(`in ${scheme} mode radio buttons and checkboxes stand out from their surface and show when checked`, async ({
    synced: app,
  }) => {
    await app.emulateMedia({ colorScheme: scheme });
    const theme = app.getByRole('group', { name: 'Theme' });
    const controls = [
      theme.getByRole('radio', { name: 'Light' }),
      theme.getByRole('radio', { name: 'System' }),
    ];
    await openView(app, 'Tasks');
    const task = app.getByRole('checkbox', { name: /^Complete / }).first();
    await expect(task).toBeVisible();
    const unchecked = await colours(task);
    expect(unchecked.border).not.toBe('none');
    expect(unchecked.width).toBeGreaterThanOrEqual(1);
    expect(contrast(unchecked.border, unchecked.surface)).toBeGreaterThanOrEqual(3);

    await openView(app, 'Settings');
    await expect(controls[1]!).toBeChecked();
    const [off, on] = await Promise.all(controls.map(colours));
    expect(contrast(off!.border, off!.surface)).toBeGreaterThanOrEqual(3);
    expect(contrast(on!.fill, on!.surface)).toBeGreaterThanOrEqual(3);
  });
