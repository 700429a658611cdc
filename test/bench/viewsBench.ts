import fs from 'node:fs';
import { chromium, type Page } from '@playwright/test';
import { startFakeOrg } from '../fake-org';
import { answerInBrowser } from '../support/signInScript';
import { createTestCore } from '../support/testCore';
import { chromiumArgs, findChromium } from '../web/chromium';
import { startTestBed } from '../web/testBed';

const median = (samples: number[]) =>
  Math.round([...samples].sort((a, b) => a - b)[Math.floor(samples.length / 2)]!);

/** Time from an action in the page to a condition it waits for, polled every frame. */
async function timed(
  page: Page,
  act: () => Promise<void>,
  until: (arg: string | null) => boolean,
  arg: string | null,
) {
  const began = performance.now();
  await act();
  await page.waitForFunction(until, arg, { polling: 'raf', timeout: 10_000 });
  return performance.now() - began;
}

// Runs in the page (the CSP forbids evaluating strings there).
const firstLeadCell = () =>
  document.querySelector('[aria-label="Leads"] [aria-rowindex="2"] [role=gridcell]')?.textContent ??
  null;

/**
 * The rep-facing speeds in Chromium through the test bed (the real renderer, the real core over
 * the bridge): 100k cached leads, 5k open opportunities. Times include the driver's round trip.
 */
export async function measureViews() {
  const fake = await startFakeOrg({
    dataset: 'tiny',
    scale: { leads: 100_000, opportunities: 8_000, accounts: 2_000 },
  });
  const opened: string[] = [];
  const { core, dataDir } = createTestCore({
    defaultClientId: fake.clientId,
    openExternal: async (url) => void opened.push(url),
  });
  const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
  try {
    await core.auth.connect({ loginHost: fake.url, clientId: fake.clientId });
    await core.handleDeepLink(await answerInBrowser(opened.at(-1)!));
    await core.sync.syncNow();
    const bed = await startTestBed({ core });
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(bed.url);
    await page.getByRole('navigation', { name: 'Main' }).waitFor();
    const nav = (name: string) =>
      page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name, exact: true });

    /** From Home, the time from clicking `view` until `shown` holds in the page. */
    const openFromHome = async (view: string, shown: () => boolean, times: number) => {
      const samples: number[] = [];
      for (let i = 0; i < times; i++) {
        await nav('Home').click();
        await page.getByRole('region', { name: 'Your open pipeline' }).waitFor();
        samples.push(await timed(page, () => nav(view).click(), shown, null));
      }
      return samples;
    };

    const leadsFirstRows = await openFromHome(
      'Leads',
      () =>
        !!document.querySelector('[aria-label="Leads"] [aria-rowindex="2"] [role=gridcell]')
          ?.textContent,
      5,
    );
    await page.getByLabel('Owner').selectOption('all');
    const sortChange: number[] = [];
    for (const column of ['Name', 'Company', 'Status', 'Name', 'Company', 'CreatedDate']) {
      const before = await page.evaluate(firstLeadCell);
      sortChange.push(
        await timed(
          page,
          () =>
            page
              .getByRole('button', {
                name: `Sort by ${column === 'CreatedDate' ? 'Created' : column}`,
              })
              .click(),
          (old) =>
            document.querySelector('[aria-label="Leads"] [aria-rowindex="2"] [role=gridcell]')
              ?.textContent !== old,
          before,
        ),
      );
    }
    const filterChange: number[] = [];
    for (const text of ['no', 'ma', 'li', 'sa', 'ro']) {
      const filter = page.getByLabel('Filter leads');
      await filter.fill('');
      await page.waitForFunction(
        () => document.querySelector('.table-count')?.textContent === '100,000 leads',
      );
      filterChange.push(
        await timed(
          page,
          () => filter.fill(text),
          () => !!document.querySelector('.table-count')?.textContent?.endsWith('match'),
          null,
        ),
      );
    }
    await page.keyboard.press('Control+k');
    const box = page.getByRole('combobox', { name: 'Search records' });
    const keystroke: number[] = [];
    for (const query of ['ac', 'no', 'ma', 'st', 'be', 'gl']) {
      await box.fill('');
      await box.type(query[0]!);
      await page.waitForTimeout(50);
      keystroke.push(
        await timed(
          page,
          () => box.press(query[1]!),
          (typed) =>
            document.querySelectorAll('[role=option] .search-title').length > 0 &&
            (document.querySelector('input[role=combobox]') as HTMLInputElement).value === typed,
          query,
        ),
      );
    }
    await page.keyboard.press('Escape');
    const pipeline = await openFromHome(
      'Pipeline',
      () => document.querySelectorAll('.card').length > 0,
      3,
    );
    await page.getByLabel('Owner').selectOption('all');
    await page.waitForTimeout(500);
    const openDeals = await page.evaluate(() =>
      [...document.querySelectorAll('[aria-label="Deals"]')].reduce(
        (n, e) => n + Number((e.textContent ?? '').replace(/,/g, '')),
        0,
      ),
    );
    const tasks = await openFromHome(
      'Tasks',
      () => document.querySelectorAll('.task-group .task-line').length > 0,
      3,
    );
    const home: number[] = [];
    for (let i = 0; i < 3; i++) {
      await nav('Tasks').click();
      await page.locator('.task-group').first().waitFor();
      home.push(
        await timed(
          page,
          () => nav('Home').click(),
          () => document.querySelectorAll('.home-card').length > 0,
          null,
        ),
      );
    }
    /** From Home, the time from clicking one of its figures until the list it counts is shown. */
    const figureList = async (figure: string, shown: () => boolean) => {
      const samples: number[] = [];
      for (let i = 0; i < 3; i++) {
        await nav('Home').click();
        await page.getByRole('region', { name: figure }).waitFor();
        samples.push(
          await timed(
            page,
            () =>
              page
                .getByRole('region', { name: figure })
                .getByRole('button', { name: figure })
                .click(),
            shown,
            null,
          ),
        );
      }
      return median(samples);
    };
    const homeLists = {
      newLeadsThisWeekMedianMs: await figureList(
        'New leads this week',
        () => !!document.querySelector('.table-count')?.textContent?.endsWith('match'),
      ),
      closingThisMonthMedianMs: await figureList(
        'Closing this month',
        () => !!document.querySelector('.pipeline-summary'),
      ),
      openTasksMedianMs: await figureList(
        'Your open tasks',
        () => document.querySelectorAll('.task-group .task-line').length > 0,
      ),
    };
    await bed.close();
    return {
      leads: 100_000,
      leadsFirstRowsMedianMs: median(leadsFirstRows),
      sortChangeMedianMs: median(sortChange),
      filterChangeMedianMs: median(filterChange),
      searchKeystrokeMedianMs: median(keystroke),
      pipelineOpenDeals: openDeals,
      pipelineFirstCardsMedianMs: median(pipeline),
      tasksFirstLinesMedianMs: median(tasks),
      homeShownMedianMs: median(home),
      homeFigureToListMs: homeLists,
    };
  } finally {
    await browser.close();
    await core.auth.close();
    await fake.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
