/**
 * The e2e fixture: Chromium with the built extension, pages served on
 * 127.0.0.1, and helpers that read what the extension did (highlights,
 * badge, popup). Every request that leaves 127.0.0.1 is blocked and recorded,
 * so a test page cannot reach the network and a test can assert the
 * extension never tried.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { launchExtension, type LaunchedExtension, type LaunchOptions } from '../../../scripts/lib/launch';
import { servePages, type PageServer, type PageSource, type ServedPage } from '../../../scripts/lib/serve';

export const HIGHLIGHT = 'backstory-mention';

export interface Harness extends LaunchedExtension {
  server: PageServer;
  /** URLs outside 127.0.0.1 that something tried to load (and was refused). */
  blocked: string[];
  open(path: string): Promise<Page>;
  tabIdOf(page: Page): Promise<number>;
  badgeText(page: Page): Promise<string>;
  /** Whether a content script of ours answers in the page's top frame: it ran there and read the settings. */
  scriptAnswers(page: Page): Promise<boolean>;
  openPopup(page: Page): Promise<Page>;
  dispose(): Promise<void>;
}

export async function startHarness(
  pages: PageSource | Record<string, ServedPage | string>,
  options: LaunchOptions = {},
): Promise<Harness> {
  const server = await servePages(pages);
  const ext = await launchExtension(options);
  const blocked: string[] = [];
  await ext.context.route(
    // `localhost.` too: the same host written fully qualified, which pages report with its trailing dot.
    (url) => !['127.0.0.1', 'localhost', 'localhost.'].includes(url.hostname) && url.protocol.startsWith('http'),
    (route) => {
      blocked.push(route.request().url());
      return route.abort('blockedbyclient');
    },
  );

  const harness: Harness = {
    ...ext,
    server,
    blocked,
    async open(path) {
      const page = await ext.context.newPage();
      await page.goto(server.url(path), { waitUntil: 'load' });
      return page;
    },
    async tabIdOf(page) {
      // Without the "tabs" permission (which we do not ask for) tab URLs are hidden; the active tab is not.
      await page.bringToFront();
      const worker = await ext.worker();
      const id = await worker.evaluate(async () => {
        const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
        return tab?.id ?? -1;
      });
      if (id < 0) throw new Error(`no active tab for ${page.url()}`);
      return id;
    },
    async badgeText(page) {
      const tabId = await harness.tabIdOf(page);
      const worker = await ext.worker();
      return worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
    },
    async scriptAnswers(page) {
      const tabId = await harness.tabIdOf(page);
      const worker = await ext.worker();
      return worker.evaluate(
        (id) =>
          chrome.tabs.sendMessage(id, { type: 'backstory-ping' }, { frameId: 0 }).then(
            (answer) => answer === true,
            () => false,
          ),
        tabId,
      );
    },
    async openPopup(page) {
      const tabId = await harness.tabIdOf(page);
      const popup = await ext.context.newPage();
      await popup.goto(`chrome-extension://${ext.extensionId}/popup.html?tab=${tabId}`);
      return popup;
    },
    async dispose() {
      await ext.close();
      await server.close();
    },
  };
  return harness;
}

/**
 * One browser with the extension for the enclosing describe block, and the settings back to their
 * defaults before every test (all tracked, nothing paused, on, automatic mode), so that no test
 * depends on another's switches; a suite whose tests build on each other keeps them
 * (`resetSettings: false`). The browser starts in beforeAll; the returned stand-in forwards to it,
 * so a test file can hold it from the start.
 */
export function useHarness(
  pages: Parameters<typeof startHarness>[0],
  options: LaunchOptions = {},
  { resetSettings = true }: { resetSettings?: boolean } = {},
): Harness {
  let harness: Harness | undefined;
  beforeAll(async () => {
    harness = await startHarness(pages, options);
  });
  afterAll(async () => {
    await harness?.dispose();
  });
  beforeEach(async () => {
    if (!resetSettings) return;
    await (await harness!.worker()).evaluate(async () => {
      await chrome.storage.sync.clear();
      await chrome.storage.local.clear();
    });
  });
  return new Proxy({} as Harness, {
    get(_, key) {
      if (!harness) throw new Error('the harness is used before beforeAll started it');
      const value = Reflect.get(harness, key, harness) as unknown;
      return typeof value === 'function' ? value.bind(harness) : value;
    },
  });
}

/** The text of every range in our highlight (or in `name`), read from the page's side of the shared registry. */
export function highlightTexts(page: Page, name = HIGHLIGHT): Promise<string[]> {
  return page.evaluate((n) => {
    const h = CSS.highlights.get(n);
    return h ? [...h].map((r) => (r as Range).toString()) : [];
  }, name);
}

/** The brief mark left where the reader was taken (a keyboard step, a Jump to). */
export const focusTexts = (page: Page) => highlightTexts(page, 'backstory-focus');

/** Waits until the highlight holds exactly `count` ranges (the scan is asynchronous). */
export async function waitForHighlightCount(page: Page, count: number, timeout = 10_000): Promise<string[]> {
  await page.waitForFunction(
    ([name, n]) => (CSS.highlights.get(name as string)?.size ?? 0) === n,
    [HIGHLIGHT, count] as const,
    { timeout, polling: 50 },
  );
  return highlightTexts(page);
}

/** A minimal article page. */
export function article(body: string, head = ''): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Test article</title>${head}</head><body>${body}</body></html>`;
}
