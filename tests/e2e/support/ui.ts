/**
 * Helpers for the popup and options tests: screenshots for a human to look
 * at, opening the two pages, and reading the popup's render mark.
 */
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import type { Harness } from './browser';

export const SHOTS = 'test-results/popup';
mkdirSync(SHOTS, { recursive: true });

export function shot(page: Page, name: string): Promise<Buffer> {
  return page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
}

/** The popup at its real size, for `tab`. Waits for its first render. */
export async function openPopupFor(h: Harness, page: Page, query = ''): Promise<Page> {
  const tabId = await h.tabIdOf(page);
  const popup = await h.context.newPage();
  await popup.setViewportSize({ width: 380, height: 600 });
  await popup.goto(`chrome-extension://${h.extensionId}/popup.html?tab=${tabId}${query}`);
  await popup.waitForFunction(() => performance.getEntriesByName('backstory:popup-rendered').length > 0);
  return popup;
}

/** Milliseconds from navigation start to the popup's first render. */
export function renderTime(popup: Page): Promise<number> {
  return popup.evaluate(() => performance.getEntriesByName('backstory:popup-rendered')[0]!.startTime);
}

/** Milliseconds from the popup's script starting to its first render: the part of opening that is our own work. */
export function ownRenderTime(popup: Page): Promise<number> {
  return popup.evaluate(
    () => performance.getEntriesByName('backstory:popup-rendered')[0]!.startTime - performance.getEntriesByName('backstory:popup-start')[0]!.startTime,
  );
}

export async function openOptions(h: Harness): Promise<Page> {
  const page = await h.context.newPage();
  await page.goto(`chrome-extension://${h.extensionId}/options.html`);
  await page.locator('h1').waitFor();
  return page;
}

/** The page's own view of what our highlight-style stylesheet adopted (the document's adopted sheets are shared). */
export function adoptedHighlightCss(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    document.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules].map((r) => r.cssText)).filter((t) => t.includes('backstory-mention')),
  );
}


