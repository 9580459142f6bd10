// Rules in the UI (#18): Settings → Rules with a live count, reordered by keys and by dragging with
// the mouse, switched off, edited, applied and deleted; a rule made from an article; a selected word
// muted; a hidden article found in Filtered and shown again; a bad pattern's error shown while
// typing, and the rule refused when saved. Filtered's count: filtered-count.spec.ts.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { tidingsJson } from '../support/cli';
import { panes, subscription, useDemoLibrary } from './support/app';

const demo = useDemoLibrary();

async function openRules(page: Page) {
  await page.getByRole('button', { name: 'Settings' }).click();
  const dialog = page.getByRole('dialog', { name: 'Settings' });
  await expect(dialog.getByRole('heading', { name: 'Rules' })).toBeVisible();
  return dialog;
}

/** The list shows these rules, in this order, each saying its place. */
async function expectOrder(rules: Locator, names: readonly string[]) {
  await expect(rules.getByRole('listitem')).toHaveCount(names.length);
  for (const [index, name] of names.entries()) {
    await expect(rules.getByRole('listitem').nth(index)).toHaveAccessibleName(new RegExp(`^${name}, ${index + 1} of ${names.length}`));
  }
}

/** A new rule's form, its name and first value typed by keyboard. */
async function typeRule(page: Page, dialog: ReturnType<Page['getByRole']>, name: string, value: string) {
  await dialog.getByRole('button', { name: 'New rule…' }).click();
  const form = dialog.getByRole('form', { name: 'Rule' });
  await form.getByRole('textbox', { name: 'Name' }).focus();
  await page.keyboard.type(name);
  await form.getByRole('textbox', { name: 'Value 1' }).focus();
  await page.keyboard.type(value);
}

test('a rule typed in Settings → Rules shows its live count, saves, moves by keys and switches off', async ({ page }) => {
  const { host } = await demo.open(page);
  const dialog = await openRules(page);
  await typeRule(page, dialog, 'Quiet the tides', 'tide');
  // Titles holding "tide": the race to the outer buoy, the tide tables, the tide data.
  await expect(dialog.getByText('Matches 3 articles')).toBeVisible();
  await page.keyboard.press('Enter');
  const rules = dialog.getByRole('list', { name: 'Rules in order' });
  await expect(rules.getByRole('listitem')).toHaveCount(1);

  await typeRule(page, dialog, 'Herons', 'heron');
  await expect(dialog.getByText('Matches 1 article')).toBeVisible();
  await dialog.getByRole('button', { name: 'Save rule' }).click();
  await expect(rules.getByRole('listitem')).toHaveCount(2);

  await rules.getByRole('listitem', { name: /^Herons, 2 of 2/ }).focus();
  await page.keyboard.press('Alt+ArrowUp');
  await expect(rules.getByRole('listitem').first()).toHaveAccessibleName(/^Herons, 1 of 2/);
  await expect(dialog.getByText('Herons moved to position 1 of 2')).toBeAttached();
  expect((await host.call('listRules', {})).rules.map((rule) => rule.name)).toEqual(['Herons', 'Quiet the tides']);

  await rules.getByRole('checkbox', { name: 'Quiet the tides' }).click();
  await expect(rules.getByRole('listitem', { name: /^Quiet the tides, 2 of 2, off/ })).toBeVisible();
  expect((await host.call('listRules', {})).rules.find((rule) => rule.name === 'Quiet the tides')?.enabled).toBe(false);
});

test('a rule dragged with the mouse lands below a rule further down or above one further up, and the order is stored', async ({ page }) => {
  const { host } = await demo.open(page);
  for (const name of ['Tides', 'Herons', 'Seals']) {
    await host.call('addRule', { rule: { name, conditions: [{ field: 'title', op: 'contains', value: name.toLowerCase() }], actions: ['markRead'] } });
  }
  const dialog = await openRules(page);
  const rules = dialog.getByRole('list', { name: 'Rules in order' });
  await expectOrder(rules, ['Tides', 'Herons', 'Seals']);

  // Picked up by its name, carried in steps over Herons and let go on Seals, as a hand would.
  await rules.scrollIntoViewIfNeeded();
  const from = await rules.getByRole('listitem', { name: /^Tides,/ }).getByText('Tides').boundingBox();
  const onto = await rules.getByRole('listitem', { name: /^Seals,/ }).boundingBox();
  if (!from || !onto) throw new Error('the rules are not on screen');
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(onto.x + onto.width / 2, onto.y + onto.height / 2, { steps: 8 });
  // While held over Seals, the row shows the rule would land below it.
  await expect(rules.getByRole('listitem', { name: /^Seals,/ })).toHaveClass(/\bdrop-below\b/);
  await page.mouse.up();

  await expectOrder(rules, ['Herons', 'Seals', 'Tides']);
  await expect(dialog.getByText('Tides moved to position 3 of 3')).toBeAttached();
  await page.reload();
  const reloaded = (await openRules(page)).getByRole('list', { name: 'Rules in order' });
  await expectOrder(reloaded, ['Herons', 'Seals', 'Tides']);
  const listed = (await tidingsJson(host.dbPath, ['rules'])) as { name: string; position: number }[];
  expect(listed.map((rule) => [rule.position, rule.name])).toEqual([
    [1, 'Herons'],
    [2, 'Seals'],
    [3, 'Tides'],
  ]);

  // Carried up the list, a rule lands above the one it is let go on.
  await reloaded.scrollIntoViewIfNeeded();
  await reloaded.getByRole('listitem', { name: /^Tides,/ }).getByText('Tides').hover();
  await page.mouse.down();
  const top = await reloaded.getByRole('listitem', { name: /^Herons,/ }).boundingBox();
  if (!top) throw new Error('Herons is not on screen');
  await page.mouse.move(top.x + top.width / 2, top.y + top.height / 2, { steps: 8 });
  await expect(reloaded.getByRole('listitem', { name: /^Herons,/ })).toHaveClass(/\bdrop-above\b/);
  await page.mouse.up();
  await expectOrder(reloaded, ['Tides', 'Herons', 'Seals']);
  await expect(reloaded.getByRole('listitem', { name: /^Herons,/ })).not.toHaveClass(/\bdrop-(above|below)\b/);
  expect((await host.call('listRules', {})).rules.map((rule) => rule.name)).toEqual(['Tides', 'Herons', 'Seals']);
});

test('a rule edited in Settings → Rules shows the live count of its change, saves in place, marks read and labels when applied, and deletes', async ({ page }) => {
  const { host } = await demo.open(page);
  const { id } = await host.call('addRule', { rule: { name: 'Tides', conditions: [{ field: 'title', op: 'contains', value: 'tide' }], actions: ['markRead'] } });
  const dialog = await openRules(page);
  const rules = dialog.getByRole('list', { name: 'Rules in order' });
  await rules.getByRole('listitem', { name: /^Tides,/ }).getByRole('button', { name: 'Edit' }).click();
  const form = dialog.getByRole('form', { name: 'Rule' });
  await expect(form.getByRole('textbox', { name: 'Value 1' })).toHaveValue('tide');
  await expect(form.getByRole('checkbox', { name: 'Mark read' })).toBeChecked();
  await expect(form.getByText('Matches 3 articles')).toBeVisible();

  await form.getByRole('textbox', { name: 'Value 1' }).focus();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('heron');
  await expect(form.getByText('Matches 1 article')).toBeVisible();
  await form.getByRole('textbox', { name: 'Label' }).focus();
  await page.keyboard.type('birds');
  await page.keyboard.press('Enter');
  await expect(form).toBeHidden();
  await expect(rules.getByRole('listitem')).toHaveCount(1);
  const [edited] = (await host.call('listRules', {})).rules;
  expect(edited).toMatchObject({ id, name: 'Tides', actions: ['markRead', { label: 'birds' }] });
  expect(edited?.conditions).toEqual([{ field: 'title', op: 'contains', value: 'heron' }]);

  await rules.getByRole('listitem', { name: /^Tides,/ }).getByRole('button', { name: 'Apply to stored articles…' }).click();
  await dialog.getByRole('group', { name: 'Confirm' }).getByRole('button', { name: 'Apply' }).click();
  await expect(dialog.getByText('Tides: 1 matched, 1 changed')).toBeAttached();
  await page.keyboard.press('Escape');
  await expect(subscription(page, 'Field Notes')).toHaveAccessibleName('Field Notes, 2 unread');
  await expect(subscription(page, 'birds')).toHaveAccessibleName('birds, 1 article');
  await subscription(page, 'birds').click();
  await expect(panes(page).articles.getByRole('option')).toHaveCount(1);
  await expect(panes(page).articles.getByRole('option', { name: /A heron at low water/ })).toBeVisible();

  const again = await openRules(page);
  await again.getByRole('listitem', { name: /^Tides,/ }).getByRole('button', { name: 'Delete…' }).click();
  await expect(again.getByRole('group', { name: 'Confirm' })).toContainText('Delete the rule “Tides”?');
  await again.getByRole('group', { name: 'Confirm' }).getByRole('button', { name: 'Delete' }).click();
  await expect(again.getByText('No rules yet.')).toBeVisible();
  expect((await host.call('listRules', {})).rules).toEqual([]);
});

test('a bad pattern shows its error, with its position, while typing', async ({ page }) => {
  await demo.open(page);
  const dialog = await openRules(page);
  await dialog.getByRole('button', { name: 'New rule…' }).click();
  await dialog.getByRole('combobox', { name: 'Test 1' }).selectOption('matches');
  await dialog.getByRole('textbox', { name: 'Value 1' }).focus();
  await page.keyboard.type('tide(s');
  await expect(dialog.getByRole('alert')).toContainText(/at character \d+/);
  await page.keyboard.type(')?');
  await expect(dialog.getByRole('alert')).toBeHidden();
  await expect(dialog.getByText(/^Matches \d+ articles?$/)).toBeVisible();
});

test('a rule with a bad pattern is refused when saved, saying why, and nothing is stored', async ({ page }) => {
  const { host } = await demo.open(page);
  const dialog = await openRules(page);
  await dialog.getByRole('button', { name: 'New rule…' }).click();
  const form = dialog.getByRole('form', { name: 'Rule' });
  await form.getByRole('combobox', { name: 'Test 1' }).selectOption('matches');
  await form.getByRole('textbox', { name: 'Name' }).focus();
  await page.keyboard.type('Broken');
  await form.getByRole('textbox', { name: 'Value 1' }).focus();
  await page.keyboard.type('tide(s');
  await expect(form.getByRole('alert')).toHaveCount(1); // the live count's error
  await page.keyboard.press('Enter');
  await expect(form.getByRole('alert').filter({ hasText: /^Not saved: / })).toContainText(/at character \d+/);
  await expect(form).toBeVisible();
  expect((await host.call('listRules', {})).rules).toEqual([]);
});

test('"Make a rule from this…" opens the editor with the article’s feed and title words', async ({ page }) => {
  const { host, feedIds } = await demo.open(page);
  const { articles, reader } = panes(page);
  await articles.getByRole('option', { name: /A heron at low water/ }).click();
  await reader.getByRole('button', { name: 'Make a rule from this…' }).click();
  const dialog = page.getByRole('dialog', { name: 'New rule' });
  await expect(dialog.getByRole('textbox', { name: 'Value 1' })).toHaveValue('A heron at low water');
  await expect(dialog.getByRole('combobox', { name: 'Scope' })).toHaveValue('feeds');
  await expect(dialog.getByText('Matches 1 article')).toBeVisible();
  await dialog.getByRole('button', { name: 'Save rule' }).click();
  await expect(dialog).toBeHidden();
  const [rule] = (await host.call('listRules', {})).rules;
  expect(rule?.scope).toEqual({ feeds: [feedIds.get('Field Notes')] });
  expect(rule?.conditions).toEqual([{ field: 'title', op: 'contains', value: 'A heron at low water' }]);
});

test('"Mute this word" on a selection asks, naming the word, then makes a hiding rule for every feed', async ({ page }) => {
  const { host } = await demo.open(page);
  const { articles, reader } = panes(page);
  await articles.getByRole('option', { name: /A heron at low water/ }).click();
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText('A heron at low water');
  // Select the title's word "heron", as a double-click on it would.
  await page.evaluate(() => {
    const walker = document.createTreeWalker(document.querySelector('.reader h1') ?? document.body, NodeFilter.SHOW_TEXT);
    let text: Node | null = walker.nextNode();
    while (text && !text.textContent?.includes('heron')) text = walker.nextNode();
    if (!text || !text.textContent) throw new Error('no title text');
    const at = text.textContent.indexOf('heron');
    const range = document.createRange();
    range.setStart(text, at);
    range.setEnd(text, at + 'heron'.length);
    document.getSelection()?.removeAllRanges();
    document.getSelection()?.addRange(range);
  });
  await reader.getByRole('button', { name: 'Mute “heron”…' }).click();
  const confirm = page.getByRole('dialog', { name: 'Mute this word' });
  await expect(confirm).toContainText('“heron”');
  await confirm.getByRole('button', { name: 'Mute' }).click();
  await expect(page.getByText('Muted “heron”')).toBeVisible();
  const [rule] = (await host.call('listRules', {})).rules;
  expect(rule).toMatchObject({ name: 'Mute “heron”', match: 'any', actions: ['hide'] });
  expect(rule?.scope).toBeUndefined();
});

test('an article a rule hid is in Filtered, and "Show again" puts it back', async ({ page }) => {
  const { host } = await demo.open(page);
  const { articles, reader, subscriptions, heading } = panes(page);
  await host.call('addRule', { rule: { name: 'No seals', conditions: [{ field: 'title', op: 'contains', value: 'seal' }], actions: ['hide'] } });
  const dialog = await openRules(page);
  await dialog.getByRole('button', { name: 'Apply to stored articles…' }).click();
  await dialog.getByRole('group', { name: 'Confirm' }).getByRole('button', { name: 'Apply' }).click();
  await expect(dialog.getByText('No seals: 1 matched, 1 changed')).toBeAttached();
  await page.keyboard.press('Escape');
  await expect(articles.getByRole('option', { name: /A seal has taken over/ })).toHaveCount(0);

  await subscriptions.getByRole('button', { name: /^Filtered/ }).click();
  await expect(heading).toHaveText('Filtered');
  await articles.getByRole('option', { name: /A seal has taken over/ }).click();
  await reader.getByRole('button', { name: 'Show again' }).click();
  await expect(articles.getByRole('option', { name: /A seal has taken over/ })).toHaveCount(0);
  await subscriptions.getByRole('button', { name: /^All items/ }).click();
  await expect(articles.getByRole('option', { name: /A seal has taken over/ })).toHaveCount(1);
});

test('an imported Tiny Tiny RSS filter export lists the rules added and each filter not carried over, with its reason', async ({ page }) => {
  const { host } = await demo.open(page);
  await page.getByRole('button', { name: 'Settings' }).click();
  await page.getByRole('dialog', { name: 'Settings' }).getByRole('button', { name: 'Import and export…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import and export' });
  const filters = {
    filters: [
      { title: 'Quiet the quotes', enabled: true, rules: [{ reg_exp: 'quoted', filter_type: 1, inverse: false }], actions: [{ action_id: 2, action_param: '' }] },
      { title: 'Old news', enabled: true, rules: [{ reg_exp: '2 weeks ago', filter_type: 5, inverse: false }], actions: [{ action_id: 2, action_param: '' }] },
    ],
  };
  await dialog
    .getByLabel('Import subscriptions or a Takeout')
    .setInputFiles({ name: 'filters.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(filters)) });
  const summary = dialog.getByRole('status', { name: 'Import summary' });
  await expect(summary).toContainText('1 rule added');
  await expect(summary).toContainText('1 filter not carried over');
  await expect(summary).toContainText(/Old news: .*date/);
  expect((await host.call('listRules', {})).rules.map((rule) => rule.name)).toEqual(['Quiet the quotes']);
});
