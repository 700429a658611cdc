import type { Page } from '@playwright/test';

/** Opens a view from the sidebar, by its exact name. */
export async function openView(app: Page, view: string) {
  await app
    .getByRole('navigation', { name: 'Main' })
    .getByRole('button', { name: view, exact: true })
    .click();
}

export const savedViewsMenu = (app: Page) =>
  app.getByRole('dialog', { name: 'Saved views of Leads' });
