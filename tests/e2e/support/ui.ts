/**
 * Helpers for the popup and options tests: axe-core on extension pages,
 * screenshots for a human to look at, and reading the popup's render mark.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { startHarness, type Harness } from './browser';

export const SHOTS = 'test-results/popup';
mkdirSync(SHOTS, { recursive: true });

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  nodes: string[];
}

/**
 * One browser with the extension for the enclosing describe block, and the settings back to their
 * defaults before every test (all tracked, nothing paused, on, automatic mode), so that no test
 * depends on another's switches. The browser starts in beforeAll; the returned stand-in forwards
 * to it, so a test file can hold it from the start.
 */
export function useHarness(...args: Parameters<typeof startHarness>): Harness {
  let harness: Harness | undefined;
  beforeAll(async () => {
    harness = await startHarness(...args);
  });
  afterAll(async () => {
    await harness?.dispose();
  });
  beforeEach(async () => {
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

/**
 * axe-core over the whole page. Extension pages forbid inline scripts, so
 * the library is evaluated through the DevTools protocol instead of a
 * script tag (which `page.addScriptTag` would add).
 */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    type Result = { violations: { id: string; impact: string | null; nodes: { target: unknown }[] }[] };
    const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<Result> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => JSON.stringify(n.target)) }));
  });
}

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

/** The ranges of the brief mark a jump leaves, read from the shared registry. */
export function focusTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const h = CSS.highlights.get('backstory-focus');
    return h ? [...h].map((r) => (r as Range).toString()) : [];
  });
}
