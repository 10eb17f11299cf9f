/**
 * Manual mode (DESIGN.md §2.5): nothing of Backstory runs on a page until the
 * user clicks the toolbar button there. The click is simulated with the
 * extension's own API from its service worker: `chrome.action.openPopup()`
 * opens the real popup for the active tab, exactly as a click does, and the
 * popup injects the content script into that tab.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { article, highlightTexts, useHarness, waitForHighlightCount } from './support/browser';
import { openOptions, openPopupFor } from './support/ui';

/** The page records the signs a content script could give it: posted messages, and (see `watchStarts`) WXT's start event. */
const WATCHER = `<script>
  window.__seen = [];
  addEventListener('message', (e) => window.__seen.push('message:' + JSON.stringify(e.data)));
</script>`;

const PAGES = {
  '/story.html': article(`<p>A report by Safeguard Defenders, called 110 Overseas, was published in 2022.</p>`, WATCHER),
  '/other.html': article(`<p>Safeguard Defenders, in another tab.</p>`, WATCHER),
};

describe('manual mode', () => {
  // The tests build on each other: manual mode stays on from the second to the last.
  const h = useHarness(PAGES, {}, { resetSettings: false });

  const registered = async () => (await h.worker()).evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).map((s) => s.id).sort());
  const answers = (page: Page) => h.scriptAnswers(page);
  const seen = (page: Page) => page.evaluate(() => (window as unknown as { __seen: string[] }).__seen);
  /**
   * WXT's content script context announces its start with a DOM event named after the extension id;
   * a page that knows our id can listen for it. It counts our starts, so it shows a double injection.
   */
  const watchStarts = (page: Page) =>
    page.evaluate((name) => {
      document.addEventListener(name, () => (window as unknown as { __seen: string[] }).__seen.push('started'));
    }, `${h.extensionId}:content:wxt:content-script-started`);
  /** What a click on the toolbar button does, from the service worker. */
  const click = async (page: Page) => {
    await page.bringToFront();
    await (await h.worker()).evaluate(() => chrome.action.openPopup());
  };

  let story: Page;

  it('is off by default: the content script is registered for every page', async () => {
    await expect.poll(registered).toEqual(['backstory-content']);
  });

  it('when switched on in the options page, unregisters the content script', async () => {
    const options = await openOptions(h);
    await options.locator('#manual [role="switch"]').click();
    await expect.poll(registered).toEqual([]);
    await options.close();
  });

  it('shows nothing on a page until the toolbar button is clicked there: no highlight, no badge, no script, no sign', async () => {
    story = await h.open('/story.html');
    await watchStarts(story);
    await story.waitForTimeout(800);
    expect(await highlightTexts(story)).toEqual([]);
    expect(await story.evaluate(() => CSS.highlights.size)).toBe(0);
    expect(await h.badgeText(story)).toBe('');
    expect(await answers(story)).toBe(false);
    expect(await story.evaluate(() => document.adoptedStyleSheets.length)).toBe(0);
    expect(await seen(story)).toEqual([]);
  });

  it('reads the page when its toolbar button is clicked: highlights, badge and popup', async () => {
    const other = await h.open('/other.html');
    await watchStarts(other);
    await click(story);
    expect((await waitForHighlightCount(story, 2)).sort()).toEqual(['110 Overseas', 'Safeguard Defenders']);
    await expect.poll(() => h.badgeText(story)).toBe('2');
    expect(await answers(story)).toBe(true);
    // Once read, a page that looks can tell, as it can see the highlights; nothing is posted to it, though.
    expect(await seen(story)).toEqual(['started']);
    // Only the page that was clicked.
    await other.waitForTimeout(300);
    expect(await highlightTexts(other)).toEqual([]);
    expect(await answers(other)).toBe(false);
    expect(await seen(other)).toEqual([]);
    await other.close();

    const popup = await openPopupFor(h, story);
    await expect
      .poll(() => popup.locator('.on-page [data-entity-id]').evaluateAll((els) => els.map((e) => e.getAttribute('data-entity-id'))))
      .toEqual(['safeguard-defenders', 'report-110-overseas']);
    expect(await popup.locator('.note').innerText()).toContain('Manual mode is on');
    await popup.close();
  });

  it('does not inject twice when the button is clicked again', async () => {
    await click(story);
    await story.waitForTimeout(800);
    expect(await seen(story)).toEqual(['started']);
    expect(await highlightTexts(story)).toHaveLength(2);
  });

  it('does not read a paused site even on a click', async () => {
    const worker = await h.worker();
    await worker.evaluate(() => chrome.storage.sync.set({ pausedSites: ['localhost'] }));
    const paused = await h.context.newPage();
    await paused.goto(h.server.url('/other.html').replace('127.0.0.1', 'localhost'));
    await click(paused);
    await paused.waitForTimeout(800);
    expect(await answers(paused)).toBe(false);
    expect(await highlightTexts(paused)).toEqual([]);
    await worker.evaluate(() => chrome.storage.sync.remove('pausedSites'));
    await paused.close();
  });

  it('forgets the page on navigation: a reload shows nothing until the next click', async () => {
    await story.reload();
    await story.waitForTimeout(800);
    expect(await highlightTexts(story)).toEqual([]);
    expect(await answers(story)).toBe(false);
    await expect.poll(() => h.badgeText(story)).toBe('');
  });

  it('when switched off again, registers the content script and new pages are read by themselves', async () => {
    await (await h.worker()).evaluate(() => chrome.storage.sync.set({ manualMode: false }));
    await expect.poll(registered).toEqual(['backstory-content']);
    const page = await h.open('/other.html');
    expect(await waitForHighlightCount(page, 1)).toEqual(['Safeguard Defenders']);
    await page.close();
    await story.close();
  });

  it('makes no request outside the test server', () => {
    expect(h.blocked).toEqual([]);
  });
});
