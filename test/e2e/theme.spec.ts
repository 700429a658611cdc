import { startTestBed } from '../web/testBed';
import { expect, test } from './fixtures';
import { openView } from './navigation';

const background = () => getComputedStyle(document.documentElement).backgroundColor;
/** Relative lightness of an "rgb(r, g, b)" colour, 0 black to 1 white. */
const lightness = (rgb: string) => {
  const [r = 0, g = 0, b = 0] = rgb.match(/\d+/g)!.map(Number);
  return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
};

test('the window follows the system until the rep picks Dark, and Dark outlives a restart', async ({
  app,
  browser,
  core,
}) => {
  await app.emulateMedia({ colorScheme: 'dark' });
  expect(lightness(await app.evaluate(background))).toBeLessThan(0.2);
  await app.emulateMedia({ colorScheme: 'light' });
  expect(lightness(await app.evaluate(background))).toBeGreaterThan(0.8);

  await openView(app, 'Settings');
  const theme = app.getByRole('group', { name: 'Theme' });
  await expect(theme.getByRole('radio', { name: 'System' })).toBeChecked();
  await theme.getByRole('radio', { name: 'Dark' }).check();
  await expect.poll(async () => lightness(await app.evaluate(background))).toBeLessThan(0.2);

  await app.reload();
  await openView(app, 'Settings');
  await expect(theme.getByRole('radio', { name: 'Dark' })).toBeChecked();
  expect(lightness(await app.evaluate(background))).toBeLessThan(0.2);

  // A new window on a fresh browser profile: only the core remembers the choice.
  const bed = await startTestBed({ core });
  const context = await browser.newContext({ colorScheme: 'light' });
  const page = await context.newPage();
  await page.goto(bed.url);
  await openView(page, 'Settings');
  await expect(
    page.getByRole('group', { name: 'Theme' }).getByRole('radio', { name: 'Dark' }),
  ).toBeChecked();
  await expect.poll(async () => lightness(await page.evaluate(background))).toBeLessThan(0.2);

  await page.getByRole('radio', { name: 'Light' }).check();
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(lightness(await page.evaluate(background))).toBeGreaterThan(0.8);
  await context.close();
  await bed.close();
});

test('the window uses the bundled Inter font, served by the app itself', async ({ app }) => {
  const fontRequests: string[] = [];
  app.on('request', (request) => {
    if (request.resourceType() === 'font') fontRequests.push(request.url());
  });
  await app.reload();
  await app.getByRole('navigation', { name: 'Main' }).waitFor();
  const loaded = await app.evaluate(async () => {
    await document.fonts.ready;
    return [...document.fonts].some((f) => f.family.includes('Inter') && f.status === 'loaded');
  });
  expect(loaded).toBe(true);
  const origin = new URL(app.url()).origin;
  expect(fontRequests.length).toBeGreaterThan(0);
  expect(fontRequests.every((url) => url.startsWith(origin))).toBe(true);
});
