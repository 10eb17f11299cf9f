/**
 * The first run (extension/first-run.ts): Backstory is installed into a
 * running Chromium that already shows an article, as a reader installs it
 * from the store. The welcome page opens; the article stays unread until the
 * reader chooses; manual mode leaves it untouched for good, automatic reads it.
 */
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { launchBeforeInstall, launchExtension, waitForWelcome, type BrowserBeforeInstall, type LaunchedExtension, type LaunchOptions } from '../../scripts/lib/launch';
import { servePages, type PageServer } from '../../scripts/lib/serve';
import { article, HIGHLIGHT, waitForHighlightCount } from './support/browser';
import { axeViolations } from './support/axe';

const SHOTS = 'test-results/welcome';
mkdirSync(SHOTS, { recursive: true });
const PAGES = {
  '/story.html': article(`<p>A report by Safeguard Defenders, called 110 Overseas, was published in 2022.</p>`),
  '/later.html': article(`<p>Peter Dahlin spoke about Safeguard Defenders.</p>`),
};

interface FirstRun {
  browser: BrowserBeforeInstall;
  ext: LaunchedExtension;
  server: PageServer;
  /** Open before Backstory was installed. */
  story: Page;
  welcome: Page;
  /** Requests that left 127.0.0.1 and the extension itself. */
  outside: string[];
}

let cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const done of cleanup.reverse()) await done();
  cleanup = [];
});

async function installWithStoryOpen(options: LaunchOptions = {}): Promise<FirstRun> {
  const server = await servePages(PAGES);
  cleanup.push(() => server.close());
  const browser = await launchBeforeInstall({ ...options, keepWelcome: true });
  cleanup.push(() => browser.close());
  const outside: string[] = [];
  browser.context.on('request', (request) => {
    const url = new URL(request.url());
    if (url.hostname !== '127.0.0.1' && url.protocol !== 'chrome-extension:' && url.protocol !== 'data:') outside.push(request.url());
  });
  const story = browser.context.pages()[0] ?? (await browser.context.newPage());
  await story.goto(server.url('/story.html'), { waitUntil: 'load' });
  const ext = await browser.install();
  const welcome = await waitForWelcome(ext.context, ext.extensionId);
  await welcome.locator('h1').waitFor();
  return { browser, ext, server, story, welcome, outside };
}

/** The tab id of a page: the active tab, once the page is brought to the front (we hold no "tabs" permission). */
async function tabIdOf(ext: LaunchedExtension, page: Page): Promise<number> {
  await page.bringToFront();
  return (await ext.worker()).evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]!.id!);
}

/** Whether our content script answers the popup's ping in the page's top frame. */
async function contentScriptIn(ext: LaunchedExtension, page: Page): Promise<boolean> {
  const tabId = await tabIdOf(ext, page);
  return (await ext.worker()).evaluate(
    (id) =>
      chrome.tabs.sendMessage(id, { type: 'backstory-ping' }, { frameId: 0 }).then(
        (answer) => answer === true,
        () => false,
      ),
    tabId,
  );
}

const hasHighlight = (page: Page) => page.evaluate((name) => CSS.highlights.has(name), HIGHLIGHT);
const stored = async (ext: LaunchedExtension) =>
  (await ext.worker()).evaluate(async () => ({ ...(await chrome.storage.local.get('firstRun')), ...(await chrome.storage.sync.get('manualMode')) }));

describe('first run', () => {
  it('opens the welcome page on install and leaves the article already open unread until the reader chooses', async () => {
    const { ext, server, story, welcome, outside } = await installWithStoryOpen();
    expect(await welcome.locator('h1').textContent()).toBe('Welcome to Backstory');
    expect(await welcome.getAttribute('html', 'lang')).toBe('en');
    expect(await welcome.locator('h2').allTextContents()).toEqual([
      'Your reading stays with you',
      'What a page can still notice',
      'Choose how Backstory reads pages',
    ]);
    expect(await welcome.locator('.waiting').textContent()).toContain('stay unread until you choose');
    expect(await welcome.getByRole('button', { name: 'Highlight automatically' }).getAttribute('aria-pressed')).toBe('false');
    expect(await welcome.getByRole('button', { name: 'Use manual mode' }).getAttribute('aria-pressed')).toBe('false');
    expect(await stored(ext)).toEqual({ firstRun: 'awaiting-choice' });

    // Before the choice, a page loaded now follows the current mode: automatic, as on any day.
    const later = await ext.context.newPage();
    await later.goto(server.url('/later.html'), { waitUntil: 'load' });
    expect((await waitForHighlightCount(later, 2)).sort()).toEqual(['Peter Dahlin', 'Safeguard Defenders']);
    // The article open at install has neither our script nor a highlight.
    expect(await contentScriptIn(ext, story)).toBe(false);
    expect(await hasHighlight(story)).toBe(false);
    expect(outside).toEqual([]);
  });

  it('choosing manual mode leaves the article open at install untouched, for good', async () => {
    const { ext, story, welcome } = await installWithStoryOpen();
    await welcome.getByRole('button', { name: 'Use manual mode' }).click();
    await expect.poll(() => welcome.getByRole('status').textContent()).toContain('Manual mode is on');
    expect(await welcome.getByRole('button', { name: 'Use manual mode' }).getAttribute('aria-pressed')).toBe('true');
    expect(await welcome.locator('.waiting').count()).toBe(0);
    expect(await stored(ext)).toEqual({ firstRun: 'chosen', manualMode: true });
    await expect.poll(async () => (await ext.worker()).evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).length)).toBe(0);

    // Time for anything that would read it to have done so: the article is still untouched.
    await story.waitForTimeout(1_000);
    expect(await contentScriptIn(ext, story)).toBe(false);
    expect(await hasHighlight(story)).toBe(false);
  });

  it('choosing automatic highlights the article open at install; an update reopens nothing and holds nothing back', async () => {
    const { browser, ext, story, welcome } = await installWithStoryOpen();
    await welcome.getByRole('button', { name: 'Highlight automatically' }).click();
    await expect.poll(() => welcome.getByRole('status').textContent()).toContain('Automatic highlighting is on');
    expect((await waitForHighlightCount(story, 2)).sort()).toEqual(['110 Overseas', 'Safeguard Defenders']);
    expect(await contentScriptIn(ext, story)).toBe(true);
    expect(await stored(ext)).toEqual({ firstRun: 'chosen', manualMode: false });

    // Installed again over itself: an update. The welcome page (closed by the reload) does not come back,
    // and the article gets the new version's script (the old one stopped with the old version).
    const updated = await browser.install();
    await expect.poll(() => contentScriptIn(updated, story), { timeout: 10_000 }).toBe(true);
    await story.waitForTimeout(500);
    expect(ext.context.pages().map((p) => p.url()).filter((url) => url.endsWith('/welcome.html'))).toEqual([]);
    expect(await stored(ext)).toEqual({ firstRun: 'chosen', manualMode: false });
  });
});

describe('the welcome page', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    it(`passes axe in the ${colorScheme} scheme, before and after a choice`, async () => {
      const ext = await launchExtension({ colorScheme, keepWelcome: true, viewport: { width: 900, height: 900 } });
      cleanup.push(() => ext.close());
      const welcome = await waitForWelcome(ext.context, ext.extensionId);
      await welcome.locator('h1').waitFor();
      expect(await axeViolations(welcome)).toEqual([]);
      await welcome.screenshot({ path: `${SHOTS}/welcome-${colorScheme}.png`, fullPage: true });
      await welcome.getByRole('button', { name: 'Use manual mode' }).click();
      await expect.poll(() => welcome.getByRole('status').textContent()).toContain('Manual mode is on');
      expect(await axeViolations(welcome)).toEqual([]);
      await welcome.screenshot({ path: `${SHOTS}/welcome-${colorScheme}-manual.png`, fullPage: true });
    });
  }

  for (const [uiLanguage, lang, title] of [
    ['zh-CN', 'zh-CN', '欢迎使用 Backstory'],
    ['zh-TW', 'zh-TW', '歡迎使用 Backstory'],
  ] as const) {
    it(`speaks the browser's language: ${uiLanguage}`, async () => {
      const ext = await launchExtension({ uiLanguage, keepWelcome: true, viewport: { width: 900, height: 900 } });
      cleanup.push(() => ext.close());
      const welcome = await waitForWelcome(ext.context, ext.extensionId);
      await welcome.locator('h1').waitFor();
      expect(await welcome.locator('h1').textContent()).toBe(title);
      expect(await welcome.getAttribute('html', 'lang')).toBe(lang);
      expect(await welcome.title()).toBe(title);
      expect(await axeViolations(welcome)).toEqual([]);
      await welcome.screenshot({ path: `${SHOTS}/welcome-${uiLanguage}.png`, fullPage: true });
    });
  }
});
