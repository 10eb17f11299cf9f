/**
 * When Backstory's content script runs (DESIGN.md §2.5).
 *
 * The script is not declared in the manifest (`registration: 'runtime'` in
 * entrypoints/content/index.ts): a declared script runs on every page and
 * cannot be switched off, and its stylesheet alone lets a page detect the
 * extension. Instead:
 *
 * - Automatic mode (the default): the background registers the script with
 *   `scripting.registerContentScripts`, persisted across browser sessions,
 *   so it runs on every http(s) page as a manifest script would. The host
 *   permissions this needs are the script's matches, which WXT puts in
 *   `host_permissions` (Chrome MV3 grants them at install) or in
 *   `permissions` (Firefox MV2).
 * - Manual mode: the registration is removed, so nothing runs by itself.
 *   Clicking the toolbar button opens the popup, which injects the script
 *   into that tab with `scripting.executeScript` (+ `insertCSS`). The click
 *   grants `activeTab` for the tab, which is all the injection needs.
 *
 * Injecting from the popup rather than from `action.onClicked` keeps one
 * toolbar behaviour in both modes: onClicked fires only without a popup,
 * and would need the popup switched off and a second click to see results.
 */
import { browser, type Browser } from 'wxt/browser';
import { manualMode } from './settings';

export const CONTENT_SCRIPT_ID = 'backstory-content';
/** Files WXT builds for entrypoints/content (tests/e2e checks they exist in the build). */
export const CONTENT_JS = '/content-scripts/content.js';
export const CONTENT_CSS = '/content-scripts/content.css';
/** Keep in step with `matches` in entrypoints/content/index.ts, from which WXT derives the host permissions. */
export const CONTENT_MATCHES = ['http://*/*', 'https://*/*'];

type Registered = Browser.scripting.RegisteredContentScript;

const SCRIPT = {
  id: CONTENT_SCRIPT_ID,
  matches: CONTENT_MATCHES,
  js: [CONTENT_JS],
  css: [CONTENT_CSS],
  allFrames: true,
  // Frames without a URL of their own (srcdoc, about:blank filled by script) take their parent's
  // origin; without this they would be the one kind of frame we never read.
  matchOriginAsFallback: true,
  runAt: 'document_idle' as const,
  persistAcrossSessions: true,
};

// Browsers may report paths without the leading slash.
const key = (paths: readonly string[] | undefined) => (paths ?? []).map((p) => p.replace(/^\//, '')).join('\n');
const same = (a: readonly string[] | undefined, b: readonly string[]) => key(a) === key(b);

function isCurrent(script: Registered): boolean {
  return (
    same(script.matches, SCRIPT.matches) &&
    same(script.js, SCRIPT.js) &&
    same(script.css, SCRIPT.css) &&
    script.allFrames === true &&
    script.matchOriginAsFallback === true
  );
}

/** Registers or unregisters the content script to match the mode. Idempotent: a service worker restart changes nothing. */
export async function syncContentScript(manual: boolean): Promise<void> {
  const registered = await browser.scripting.getRegisteredContentScripts();
  const current = !manual && registered.some((s) => s.id === CONTENT_SCRIPT_ID && isCurrent(s));
  // Registrations outlive updates of the extension: one whose files changed is replaced, and one this
  // version no longer makes (the start hint of late 2026, whose file is gone) is removed.
  const stale = registered.filter((s) => !(current && s.id === CONTENT_SCRIPT_ID)).map((s) => s.id);
  if (stale.length > 0) await browser.scripting.unregisterContentScripts({ ids: stale });
  if (!manual && !current) await browser.scripting.registerContentScripts([SCRIPT]);
}

/** Background: keeps the registration in step with the manual-mode setting. Returns the unwatch function. */
export function keepContentScriptInStep(): () => void {
  let queue = Promise.resolve();
  const sync = (manual: boolean) => {
    // Serialised: two quick toggles must not interleave their register/unregister calls.
    queue = queue.then(() => syncContentScript(manual)).catch((error: unknown) => console.error('Backstory: content script registration failed', error));
  };
  const unwatch = manualMode.watch(sync);
  void manualMode.getValue().then(sync);
  return unwatch;
}

export type Injection = 'running' | 'injected' | 'refused';

/**
 * Pages already open: a registered script only runs on pages loaded after
 * it, so these get it now (automatic mode only). Called after an update, and
 * after the reader's first-run choice for the tabs open at install, which wait
 * for it (extension/first-run.ts). Firefox did this for manifest scripts;
 * Chrome never did.
 */
export async function injectIntoOpenTabs(isRunning: (tabId: number) => Promise<boolean>): Promise<void> {
  if (await manualMode.getValue()) return;
  const tabs = await browser.tabs.query({ url: CONTENT_MATCHES });
  await Promise.all(tabs.map((tab) => (tab.id === undefined ? undefined : injectContentScript(tab.id, isRunning))));
}

/**
 * Manual mode: runs the content script in a tab, in all its frames, unless
 * it runs there already. 'refused' when the tab cannot be scripted (a
 * browser page, or access was not granted).
 */
export async function injectContentScript(tabId: number, isRunning: (tabId: number) => Promise<boolean>): Promise<Injection> {
  if (await isRunning(tabId)) return 'running';
  try {
    const target = { tabId, allFrames: true };
    await browser.scripting.insertCSS({ target, files: [CONTENT_CSS] });
    await browser.scripting.executeScript({ target, files: [CONTENT_JS] });
    return 'injected';
  } catch {
    return 'refused';
  }
}
