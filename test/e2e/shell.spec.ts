import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { openView } from './navigation';

const views = ['Home', 'Pipeline', 'Leads', 'Accounts', 'Settings'];

test('the shell loads with navigation and an honest connection state', async ({ app }) => {
  const nav = app.getByRole('navigation', { name: 'Main' });
  for (const name of [...views, 'Search']) {
    await expect(nav.getByRole('button', { name: new RegExp(`^${name}`) })).toBeVisible();
  }
  await expect(app.getByRole('status', { name: 'Salesforce: Not connected' })).toBeVisible();
  await expect(app.getByRole('heading', { level: 1, name: 'Home' })).toBeVisible();
});

test('the first run shows the connection screen on Home', async ({ app }) => {
  await expect(app.getByText(/^Welcome to Roadbook/)).toBeVisible();
  await expect(app.getByRole('button', { name: 'Sign in to Salesforce' })).toBeVisible();
});

for (const view of views.filter((v) => v !== 'Settings' && v !== 'Home')) {
  test(`${view} shows the not-connected state and leads to Settings`, async ({ app }) => {
    await openView(app, view);
    await expect(app.getByRole('heading', { level: 1, name: view })).toBeVisible();
    await expect(app.getByRole('button', { name: view, exact: true })).toHaveAttribute(
      'aria-current',
      'page',
    );
    await expect(app.getByRole('heading', { name: 'Not connected yet' })).toBeVisible();
    await app.getByRole('button', { name: 'Sign in to Salesforce' }).click();
    await expect(app.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  });
}

test('Settings shows the connection and the version from the core', async ({ app }) => {
  await openView(app, 'Settings');
  await expect(app.getByRole('heading', { name: 'Salesforce connection' })).toBeVisible();
  await expect(app.getByText('Not connected yet.')).toBeVisible();
  await expect(app.getByText('Roadbook test')).toBeVisible();
});

test('Settings keeps the close-button choice and says when updates do not apply', async ({
  app,
}) => {
  await openView(app, 'Settings');
  const panel = app.getByRole('region', { name: 'Window and updates' });
  const group = panel.getByRole('group', { name: 'When I close the window' });
  await expect(
    group.getByRole('radio', { name: 'Keep syncing in the tray, if this desktop has one' }),
  ).toBeChecked();
  await group.getByRole('radio', { name: 'Quit Roadbook' }).check();
  await openView(app, 'Home');
  await openView(app, 'Settings');
  await expect(group.getByRole('radio', { name: 'Quit Roadbook' })).toBeChecked();
  // The test bed is no installed package: no update feed, and the button says why it is off.
  await expect(panel.getByRole('button', { name: 'Check for updates' })).toBeDisabled();
  await expect(panel.getByRole('status')).toHaveText(/does not update itself/);
});

for (const shortcut of ['Control+k', 'Meta+k']) {
  test(`${shortcut} opens search with the field focused; Escape closes it`, async ({ app }) => {
    await openView(app, 'Leads');
    await app.keyboard.press(shortcut);
    const dialog = app.getByRole('dialog', { name: 'Search' });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('combobox', { name: 'Search records' })).toBeFocused();
    await app.keyboard.type('acme');
    await expect(dialog.getByRole('combobox')).toHaveValue('acme');
    await app.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(app.getByRole('heading', { level: 1, name: 'Leads' })).toBeVisible();
  });
}

/**
 * Closes a dialog, then presses `reopen` on the page before the browser's close event for it (a
 * task of its own) has run: a rep's quick keys can land so. `close`: a key the app handles, a
 * button, or `browser` for the browser's own close (Escape anywhere the app does not handle it).
 */
async function reopenBeforeItsCloseEvent(
  app: Page,
  label: string,
  close: { key: string } | { button: string } | 'browser',
  reopen: { key: string; ctrlKey?: boolean },
) {
  await app.evaluate(
    async ({ label, close, reopen }) => {
      const dialog = [...document.querySelectorAll('dialog')].find(
        (element) =>
          element.getAttribute('aria-label') === label ||
          document.getElementById(element.getAttribute('aria-labelledby') ?? '')?.textContent ===
            label,
      )!;
      const closeEvent = new Promise((resolve) =>
        dialog.addEventListener('close', resolve, { once: true }),
      );
      const press = (target: EventTarget, key: string, ctrlKey = false) =>
        target.dispatchEvent(new KeyboardEvent('keydown', { key, ctrlKey, bubbles: true }));
      // React renders in a microtask: these turns let it, but no task runs between them.
      const rendered = async (test: () => boolean) => {
        for (let turn = 0; turn < 20; turn++) await Promise.resolve();
        if (!test()) throw new Error(`${label} did not follow the key within its microtasks`);
      };
      if (close === 'browser') dialog.requestClose();
      else if ('key' in close) press(document.activeElement!, close.key);
      else
        [...dialog.querySelectorAll('button')].find((b) => b.textContent === close.button)!.click();
      await rendered(() => !dialog.open);
      press(document.body, reopen.key, reopen.ctrlKey);
      await rendered(() => dialog.open);
      await closeEvent;
      await new Promise((resolve) => requestAnimationFrame(resolve));
    },
    { label, close, reopen },
  );
}

for (const [how, close] of [
  ['Escape in its field', { key: 'Escape' }],
  ['Escape elsewhere in it', 'browser'],
] as const) {
  test(`search opened again right after ${how} stays open`, async ({ app }) => {
    await app.keyboard.press('Control+k');
    const dialog = app.getByRole('dialog', { name: 'Search' });
    await expect(dialog.getByRole('combobox', { name: 'Search records' })).toBeFocused();
    await reopenBeforeItsCloseEvent(app, 'Search', close, { key: 'k', ctrlKey: true });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('combobox', { name: 'Search records' })).toBeFocused();
  });
}

for (const [how, close] of [
  ['Close', { button: 'Close' }],
  ['Escape', 'browser'],
] as const) {
  test(`the shortcut list opened again right after ${how} stays open`, async ({ app }) => {
    await openView(app, 'Leads');
    await app.keyboard.press('?');
    const dialog = app.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect(dialog).toBeVisible();
    await reopenBeforeItsCloseEvent(app, 'Keyboard shortcuts', close, { key: '?' });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('button', { name: 'Close' })).toBeFocused();
  });
}

test('the Search button opens the same palette', async ({ app }) => {
  await app.getByRole('button', { name: /^Search/ }).click();
  await expect(app.getByRole('dialog', { name: 'Search' })).toBeVisible();
});
