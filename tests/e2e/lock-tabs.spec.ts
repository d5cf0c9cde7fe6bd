import { expect, type Page, test } from './fixtures';
import { openToday } from './helpers';
import { changePassphraseIn, NEW_PASSPHRASE, turnOnLockIn, unlockWith, visit, writeEntry } from './lock-steps';

/** Random letters: no other text in the page repeats them. */
const marker = () => `zq${Math.random().toString(36).slice(2, 10).replace(/\d/g, 'x')}jv`;

test('Lock pressed in one tab locks every tab: the other shows the unlock screen and none of the words stay in its page', async ({
  page,
  context,
}) => {
  const words = `A private thought: ${marker()}.`;
  await openToday(page);
  await page.goto('/settings');
  await turnOnLockIn(page);
  await writeEntry(page, words);

  const other = await context.newPage();
  await visit(other, '/journal');
  await expect(other.getByText(words)).toBeVisible();

  await page.getByRole('button', { name: 'Lock the journal' }).click();
  await expect(page.getByText('Your journal is locked.')).toBeVisible();
  await expect(other.getByText('Your journal is locked.')).toBeVisible();
  expect(await other.content()).not.toContain(words.slice(-12));
  expect(await page.content()).not.toContain(words.slice(-12));
  await other.screenshot({ path: 'test-results/lock-every-tab.png' });

  // Either tab opens again with the passphrase, each on its own.
  await unlockWith(other);
  await expect(other.getByText(words)).toBeVisible();
  await expect(page.getByText('Your journal is locked.')).toBeVisible();
});

type Watched = Window & { lastInEditor?: string };

/**
 * Types word after word into the focused editor until the journal locks. Keys pressed after
 * the lock came land elsewhere (or nowhere), so the page itself records what the editor last
 * held: every one of those words must be saved.
 */
async function typeUntilLocked(page: Page): Promise<string> {
  await page.evaluate(() => {
    const box = document.querySelector('textarea');
    box?.addEventListener('input', () => ((window as Watched).lastInEditor = box.value));
  });
  const locked = page.getByText('Your journal is locked.');
  for (let index = 0; index < 400 && !(await locked.isVisible()); index += 1) {
    await page.keyboard.type(` w${index}`);
  }
  return page.evaluate(() => (window as Watched).lastInEditor ?? '');
}

for (const change of ['turns the lock on', 'changes the passphrase'] as const) {
  test(`while one tab is typing, another ${change}: the first asks for the new passphrase over its words, and every word is saved`, async ({
    page,
    context,
  }) => {
    test.setTimeout(120_000);
    await openToday(page);
    if (change === 'changes the passphrase') {
      await page.goto('/settings');
      await turnOnLockIn(page);
    }
    const start = `Before the change ${marker()}.`;
    await writeEntry(page, start);
    const entryUrl = page.url();

    const other = await context.newPage();
    await visit(other, '/settings');
    // The other tab makes the change while this one keeps typing, word after word.
    const changing = change === 'turns the lock on' ? turnOnLockIn(other, NEW_PASSPHRASE) : changePassphraseIn(other);
    const inEditor = await typeUntilLocked(page);
    await changing;
    await expect(page.getByText('Your journal is locked.')).toBeVisible();
    await page.screenshot({ path: `test-results/locked-while-typing-${change.split(' ')[0]}.png` });

    await unlockWith(page, NEW_PASSPHRASE);
    const box = page.getByRole('textbox', { name: 'Your words' });
    await expect(box).toBeVisible();
    // Saved: either kept on screen and saved after unlocking, or saved before and opened again.
    await expect(page.locator('.save-status')).toHaveText(/^Saved/);
    const onScreen = await box.inputValue();

    // Every word the editor held when the lock came is on screen again.
    expect(inEditor).toMatch(new RegExp(`^${start.replace('.', '\\.')} w0 w1`));
    expect(onScreen).toBe(inEditor);

    // Read back through the app, in the other tab: what is on screen is what was saved.
    await other.goto(entryUrl);
    const unlockAsked = other.getByText('Your journal is locked.');
    const otherBox = other.getByRole('textbox', { name: 'Your words' });
    await expect(unlockAsked.or(otherBox)).toBeVisible();
    if (await unlockAsked.isVisible()) await unlockWith(other, NEW_PASSPHRASE);
    await expect(otherBox).toHaveValue(onScreen);
  });
}

test('locks by itself after the chosen minutes on screen with nobody typing or tapping, and takes the words off the page', async ({
  page,
}) => {
  const words = `Left on screen: ${marker()}.`;
  await openToday(page);
  await page.goto('/settings');
  await turnOnLockIn(page);
  await page.getByLabel('Lock again after it has gone unused for').selectOption('1');
  await writeEntry(page, words);
  await page.clock.fastForward('00:30');
  await expect(page.getByRole('textbox', { name: 'Your words' })).toHaveValue(words);
  await page.clock.fastForward('00:31');
  await expect(page.getByText('Your journal is locked.')).toBeVisible();
  expect(await page.content()).not.toContain(words.slice(-12));
});

test('a tab that missed the message (frozen while another tab turned the lock on) asks for the passphrase over its kept words when its save is refused, then saves them', async ({
  page,
  context,
}) => {
  // This tab hears nothing from the others, as a tab frozen in the background would not.
  await page.addInitScript(() => {
    BroadcastChannel.prototype.addEventListener = () => {};
  });
  await openToday(page);
  const start = `Written before the lock ${marker()}.`;
  await writeEntry(page, start);

  const other = await context.newPage();
  await visit(other, '/settings');
  await turnOnLockIn(other, NEW_PASSPHRASE);

  const box = page.getByRole('textbox', { name: 'Your words' });
  await box.press('End');
  // One input, as a paste or a phone's keyboard suggestion gives: the refusal comes after it.
  await page.keyboard.insertText(' And these words came after it.');
  await expect(page.getByText('Your journal is locked.')).toBeVisible();
  await expect(page.getByText("What you were just writing isn't saved yet.", { exact: false })).toBeVisible();
  await expect(box).toBeHidden();
  await page.screenshot({ path: 'test-results/locked-with-kept-words.png' });

  await unlockWith(page, NEW_PASSPHRASE);
  await expect(box).toHaveValue(`${start} And these words came after it.`);
  await expect(page.getByText('Saved on this device')).toBeVisible();
  await other.goto(page.url());
  await unlockWith(other, NEW_PASSPHRASE);
  await expect(other.getByRole('textbox', { name: 'Your words' })).toHaveValue(
    `${start} And these words came after it.`,
  );
});
