/**
 * The e2e fixture: Chromium with the built extension, pages served on
 * 127.0.0.1, and helpers that read what the extension did (highlights,
 * badge, popup). Every request that leaves 127.0.0.1 is blocked and recorded,
 * so a test page cannot reach the network and a test can assert the
 * extension never tried.
 */
import type { Page } from 'playwright-core';
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

/** The text of every range in our highlight, read from the page's side of the shared registry. */
export function highlightTexts(page: Page): Promise<string[]> {
  return page.evaluate((name) => {
    const h = CSS.highlights.get(name);
    return h ? [...h].map((r) => (r as Range).toString()) : [];
  }, HIGHLIGHT);
}

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
