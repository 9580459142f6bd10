// Google Reader's keys, end to end. The help overlay is checked against the command table itself,
// so every key in the table is shown; then each key is pressed and its effect looked for.
import { expect, test, type Page } from '@playwright/test';
import { commands, sequenceLabels } from '../../shared/keymap';
import { panes, subscription, useDemoLibrary } from './support/app';

const demo = useDemoLibrary();

/** Presses a sequence from the table's notation ("g shift+s") as keys. */
async function press(page: Page, keys: string): Promise<void> {
  for (const chord of keys.split(' ')) {
    const parts = chord.split('+');
    const key = parts.pop() ?? '';
    const named = key.length > 1 ? key.charAt(0).toUpperCase() + key.slice(1) : key;
    await page.keyboard.press(parts.includes('shift') ? `Shift+${named}` : named);
  }
}

const selectedOption = (page: Page) => panes(page).articles.getByRole('option', { selected: true });

test('the help overlay lists every command in the table with its keys, and Escape closes it', async ({ page }) => {
  await demo.open(page);
  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(help).toBeVisible();
  for (const command of commands) {
    const row = help.getByRole('row').filter({ has: page.getByRole('rowheader', { name: command.label, exact: true }) });
    await expect(row, command.id).toHaveCount(1);
    for (const keys of command.keys) {
      for (const label of sequenceLabels(keys)) await expect(row, `${command.id}: ${keys}`).toContainText(label);
    }
    if ('later' in command) await expect(row).toContainText('later version');
  }
  // Keys belong to the dialog while it is open: J does not move the list behind it.
  await page.keyboard.press('j');
  await expect(selectedOption(page)).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();
});

test('n and p move without opening; o and Enter open and close; j and k open as they move', async ({ page }) => {
  await demo.open(page);
  const { articles, reader } = panes(page);
  const options = articles.getByRole('option');

  await page.keyboard.press('n');
  await page.keyboard.press('n');
  await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
  await expect(reader.getByRole('heading', { level: 1 })).toHaveCount(0);
  await expect(options.nth(1)).toHaveAccessibleName(/unread/);
  await page.keyboard.press('p');
  await expect(options.nth(0)).toHaveAttribute('aria-selected', 'true');

  await page.keyboard.press('o');
  await expect(reader.getByRole('heading', { level: 1, name: 'Fog rolls over the breakwater at dawn' })).toBeVisible();
  await expect(options.nth(0)).not.toHaveAccessibleName(/unread/);
  await page.keyboard.press('o');
  await expect(reader.getByRole('heading', { level: 1 })).toHaveCount(0);
  await page.keyboard.press('Enter');
  await expect(reader.getByRole('heading', { level: 1, name: 'Fog rolls over the breakwater at dawn' })).toBeVisible();

  await page.keyboard.press('j');
  await expect(reader.getByRole('heading', { level: 1, name: 'Tide tables and the moon' })).toBeVisible();
  await page.keyboard.press('k');
  await expect(reader.getByRole('heading', { level: 1, name: 'Fog rolls over the breakwater at dawn' })).toBeVisible();
});

test('s stars, m toggles read, v opens the original, e writes an email', async ({ page, context }) => {
  // A mailto: link is handed to the system; record it instead.
  await page.addInitScript(() => {
    const opened: string[] = [];
    Object.assign(window, { mailtoLinks: opened });
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      if (this.href.startsWith('mailto:')) opened.push(this.href);
      else click.call(this);
    };
  });
  // The original is on the web; answer for it here.
  await context.route('https://example.org/**', (route) => route.fulfill({ body: 'the original', contentType: 'text/plain' }));
  await demo.open(page);
  const { articles, reader, subscriptions } = panes(page);
  const first = articles.getByRole('option').first();

  await page.keyboard.press('j');
  await page.keyboard.press('s');
  await expect(first).toHaveAccessibleName(/starred/);
  await expect(subscriptions.getByRole('button', { name: /^Starred,/ })).toHaveAccessibleName('Starred, 1 starred');
  await page.keyboard.press('s');
  await expect(first).not.toHaveAccessibleName(/starred/);

  await page.keyboard.press('m');
  await expect(first).toHaveAccessibleName(/unread/);
  await expect(reader.getByRole('button', { name: 'Mark read' })).toBeVisible();
  await page.keyboard.press('m');
  await expect(first).not.toHaveAccessibleName(/unread/);

  const popup = context.waitForEvent('page');
  await page.keyboard.press('v');
  const original = await popup;
  await original.waitForLoadState();
  expect(original.url()).toBe('https://example.org/harbour/h1');

  await page.keyboard.press('e');
  const mails = await page.evaluate(() => (window as unknown as { mailtoLinks: string[] }).mailtoLinks);
  expect(mails).toEqual([
    `mailto:?subject=${encodeURIComponent('Fog rolls over the breakwater at dawn')}&body=${encodeURIComponent('https://example.org/harbour/h1')}`,
  ]);
});

test('Shift+A marks everything in the view read', async ({ page }) => {
  await demo.open(page);
  const { articles, notice } = panes(page);
  await subscription(page, 'Harbour Light').click();
  await expect(articles.getByRole('option')).toHaveCount(6);
  await page.keyboard.press('Shift+A');
  await expect(notice).toContainText('Marked 6 articles as read');
  await expect(subscription(page, 'Harbour Light')).toHaveAccessibleName('Harbour Light, 0 unread');
  await expect(articles.getByRole('option', { name: /unread/ })).toHaveCount(0);
  await expect(subscription(page, 'All items')).toHaveAccessibleName('All items, 7 unread');
});

test('Shift+N, Shift+P and Shift+O walk and open subscriptions; Shift+X folds a folder', async ({ page }) => {
  await demo.open(page);
  const { heading, subscriptions } = panes(page);
  await page.keyboard.press('Shift+N');
  await page.keyboard.press('Shift+O');
  await expect(heading).toHaveText('Unread');

  await page.keyboard.press('Shift+N');
  await page.keyboard.press('Shift+N');
  await page.keyboard.press('Shift+P');
  await page.keyboard.press('Shift+N');
  // Notes and Shared follow Starred, as shown, before the folders; Liked shows (and is walked) only
  // once something is liked, and nothing is yet.
  await expect(subscriptions.getByRole('button', { name: /^Liked,/ })).toHaveCount(0);
  await page.keyboard.press('Shift+N');
  await page.keyboard.press('Shift+N');
  await page.keyboard.press('Shift+O');
  await expect(heading).toHaveText('Nature');

  const fold = subscriptions.getByRole('button', { name: "Show Nature's feeds" });
  await expect(fold).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('Shift+X');
  await expect(fold).toHaveAttribute('aria-expanded', 'false');
  await expect(subscription(page, 'Harbour Light')).toHaveCount(0);
  // Folded away, the next subscription down is the next folder.
  await page.keyboard.press('Shift+N');
  await page.keyboard.press('Shift+O');
  await expect(heading).toHaveText('Tech');
  // Remembered: the folder is still folded after a reload.
  await page.reload();
  await expect(subscriptions.getByRole('button', { name: "Show Nature's feeds" })).toHaveAttribute('aria-expanded', 'false');
});

test('g a, g s, g u and g t go to all items, starred items, a subscription and a folder', async ({ page }) => {
  await demo.open(page);
  const { heading } = panes(page);

  await press(page, 'g s');
  await expect(heading).toHaveText('Starred');
  await press(page, 'g a');
  await expect(heading).toHaveText('All items');

  await press(page, 'g u');
  const picker = page.getByRole('dialog', { name: 'Go to subscription' });
  await expect(picker).toBeVisible();
  await picker.getByRole('combobox').fill('tdr'); // fuzzy: T-ide R-adio
  await expect(picker.getByRole('option').first()).toContainText('Tide Radio');
  await page.keyboard.press('Enter');
  await expect(heading).toHaveText('Tide Radio');

  await press(page, 'g t');
  const folders = page.getByRole('dialog', { name: 'Go to folder' });
  await folders.getByRole('combobox').fill('coast');
  await folders.getByRole('option', { name: /Nature\/Coast/ }).click();
  await expect(heading).toHaveText('Coast');
});

test('1 to 4 switch views; u hides the subscriptions; = and - change the text size; / , a and ? open what they name', async ({ page }) => {
  await demo.open(page);
  const { articles, stream, subscriptions, toolbar } = panes(page);

  await page.keyboard.press('1');
  await expect(stream.getByRole('article').first()).toBeVisible();
  await expect(toolbar.getByRole('radio', { name: 'Expanded' })).toBeChecked();
  await page.keyboard.press('3');
  await expect(toolbar.getByRole('radio', { name: 'Magazine' })).toBeChecked();
  await expect(articles.getByRole('option').first()).toHaveAccessibleName(/^Fog rolls over the breakwater/);
  await page.keyboard.press('4');
  await expect(toolbar.getByRole('radio', { name: 'Cards' })).toBeChecked();
  await page.keyboard.press('2');
  await expect(toolbar.getByRole('radio', { name: 'List' })).toBeChecked();

  await page.keyboard.press('u');
  await expect(subscriptions).toBeHidden();
  await page.keyboard.press('u');
  await expect(subscriptions).toBeVisible();

  const size = () => page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--reader-size').trim());
  await expect.poll(size).toBe('17px');
  await page.keyboard.press('=');
  await expect.poll(size).toBe('18px');
  await page.keyboard.press('-');
  await page.keyboard.press('-');
  await expect.poll(size).toBe('16px');

  await page.keyboard.press('/');
  await expect(page.getByRole('searchbox', { name: 'Search' })).toBeFocused();
  await page.keyboard.press('Escape');

  await page.keyboard.press('a');
  await expect(page.getByRole('form', { name: 'Add subscription' })).toBeVisible();
  await page.getByLabel('Feed URL').press('Escape');

  await page.keyboard.press(',');
  await expect(page.getByRole('dialog', { name: 'Settings' })).toBeVisible();
  await page.keyboard.press('Escape');

  await page.keyboard.press('?');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
});

test('r refreshes every subscription', async ({ page }) => {
  await demo.open(page);
  await page.keyboard.press('r');
  await expect(page.getByRole('status', { name: 'Refresh status' })).toContainText('Refreshed 4 feeds');
});
