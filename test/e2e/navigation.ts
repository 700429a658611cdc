import type { Page } from '@playwright/test';

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Opens a view from the sidebar by its name, with or without a count beside it (Changes). */
export async function openView(app: Page, view: string) {
  await app
    .getByRole('navigation', { name: 'Main' })
    .getByRole('button', { name: new RegExp(`^${escaped(view)}(?: |$)`) })
    .click();
}

export const savedViewsMenu = (app: Page) =>
  app.getByRole('dialog', { name: 'Saved views of Leads' });
