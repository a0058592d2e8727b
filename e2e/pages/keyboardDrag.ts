import { expect, type Locator, type Page } from '@playwright/test';

/**
 * Drags as a keyboard user would with @hello-pangea/dnd: Space lifts, each key in `moves` moves
 * one place, Space drops. Before each next key it waits for the library's screen-reader
 * announcement of the step just taken (its live region, one per drag-and-drop context), so a key
 * is never pressed before the previous one has been handled — no fixed pauses.
 */
/** The library's own words, or the board's (which names requests and columns in words). */
const lifted = /You have lifted an item|Picked up/;
const moved = /You have moved the item|Over /;

export async function dragWithKeyboard(page: Page, handle: Locator, moves: string[]) {
  const context = await handle.getAttribute('data-rfd-drag-handle-context-id');
  if (context === null) throw new Error('dragWithKeyboard: the locator is not a drag handle');
  const announcement = page.locator(`[id="rfd-announcement-${context}"]`);
  await handle.focus();
  await page.keyboard.press('Space');
  await expect(announcement).toContainText(lifted);
  for (const key of moves) {
    const before = (await announcement.textContent()) ?? '';
    await page.keyboard.press(key);
    await expect(announcement).toContainText(moved);
    await expect(announcement).not.toHaveText(before);
  }
  await page.keyboard.press('Space');
}
