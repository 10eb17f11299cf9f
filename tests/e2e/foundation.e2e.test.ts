import { describe, expect, it } from 'vitest';
import { article, highlightTexts, useHarness, waitForHighlightCount } from './support/browser';

const PAGES = {
  '/story.html': article(`
    <h1>Overseas police stations</h1>
    <p>A report by Safeguard Defenders, called 110 Overseas, was published in 2022.</p>
    <p>Safeguard Defenders later published a follow-up.</p>`),
  '/plain.html': article('<p>Nothing to see here: a story about gardening.</p>'),
};

describe('foundation: highlight, badge and popup', () => {
  const h = useHarness(PAGES);

  it('highlights each mention with the CSS Custom Highlight API', async () => {
    const page = await h.open('/story.html');
    const texts = await waitForHighlightCount(page, 3);
    expect(texts.sort()).toEqual(['110 Overseas', 'Safeguard Defenders', 'Safeguard Defenders']);
    await page.close();
  });

  it('shows the number of distinct entities on the badge', async () => {
    const page = await h.open('/story.html');
    await waitForHighlightCount(page, 3);
    await expect.poll(() => h.badgeText(page), { timeout: 5_000 }).toBe('2');
    await page.close();
  });

  it('lists the entities found in the popup for that tab', async () => {
    const page = await h.open('/story.html');
    await waitForHighlightCount(page, 3);
    await expect.poll(() => h.badgeText(page), { timeout: 5_000 }).toBe('2');
    const popup = await h.openPopup(page);
    const items = popup.locator('[data-entity-id]');
    await expect.poll(() => items.count(), { timeout: 5_000 }).toBe(2);
    const ids = await items.evaluateAll((els) => els.map((el) => el.getAttribute('data-entity-id')));
    expect(ids).toEqual(['safeguard-defenders', 'report-110-overseas']);
    expect(await popup.locator('[data-entity-id="safeguard-defenders"]').innerText()).toContain('2');
    await popup.close();
    await page.close();
  });

  it('leaves a page without mentions alone: no highlight, empty badge, empty popup', async () => {
    const page = await h.open('/plain.html');
    // The script runs there (it answers), and its scan has had time to run: nothing must have been registered.
    await expect.poll(() => h.scriptAnswers(page)).toBe(true);
    await page.waitForTimeout(500);
    expect(await highlightTexts(page)).toEqual([]);
    expect(await h.badgeText(page)).toBe('');
    const popup = await h.openPopup(page);
    await expect.poll(() => popup.locator('.empty').count()).toBe(1);
    expect(await popup.locator('[data-entity-id]').count()).toBe(0);
    await popup.close();
    await page.close();
  });

  it('makes no request outside the test server', () => {
    expect(h.blocked).toEqual([]);
  });
});
