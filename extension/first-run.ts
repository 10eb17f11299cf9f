/**
 * The first run: on install Backstory opens its welcome page, which asks the
 * reader to choose between automatic highlighting and manual mode before
 * anything already open is read (DESIGN.md §2.5: some readers are targets of
 * the surveillance the pack describes, and a page can notice our script).
 *
 * - Tabs open at install are left alone until the reader chooses on the
 *   welcome page; choosing manual mode means they are never read, choosing
 *   automatic reads them at once. Pages loaded meanwhile follow the current
 *   mode (automatic until the reader says otherwise), as at any other time.
 * - Whether the reader has chosen is kept in storage, so a service-worker
 *   restart does not forget it, and an update neither reopens the page nor
 *   holds back tabs again.
 *
 * The choice is made in the background, not in the welcome page, so that
 * closing the tab right after choosing cannot cut the injection short.
 */
import * as v from 'valibot';
import { browser } from 'wxt/browser';
import { injectIntoOpenTabs } from './content-script';
import { manualMode } from './settings';
import { defineValidatedItem } from './validated-item';

export const WELCOME_PATH = '/welcome.html';

/**
 * 'awaiting-choice' from install until the reader chooses on the welcome
 * page. Missing reads as 'chosen': an install from before the welcome page
 * existed has a reader who chose long ago, and must not be held back.
 */
export const firstRun = defineValidatedItem('local:firstRun', v.picklist(['awaiting-choice', 'chosen']), {
  fallback: 'chosen' as 'awaiting-choice' | 'chosen',
});

type IsRunning = (tabId: number) => Promise<boolean>;

/** Background, `runtime.onInstalled`. Other reasons (a browser update, a shared module) change nothing. */
export async function onInstalled(reason: string, isRunning: IsRunning): Promise<void> {
  if (reason === 'install') {
    await firstRun.setValue('awaiting-choice');
    await browser.tabs.create({ url: browser.runtime.getURL(WELCOME_PATH) });
  } else if (reason === 'update' && (await firstRun.getValue()) === 'chosen') {
    // The old version's scripts in open tabs stopped with it: give those tabs the new one.
    await injectIntoOpenTabs(isRunning);
  }
}

export interface FirstRunChoice {
  type: 'backstory-first-run-choice';
  manual: boolean;
}

export function parseFirstRunChoice(message: unknown): FirstRunChoice | null {
  if (message === null || typeof message !== 'object') return null;
  const m = message as Record<string, unknown>;
  return m.type === 'backstory-first-run-choice' && typeof m.manual === 'boolean' ? { type: m.type, manual: m.manual } : null;
}

/** Welcome page: tells the background the reader's choice; resolves once it is applied, rejects when it was not. */
export async function sendFirstRunChoice(manual: boolean): Promise<void> {
  const message: FirstRunChoice = { type: 'backstory-first-run-choice', manual };
  if ((await browser.runtime.sendMessage(message)) !== true) throw new Error('the background did not apply the choice');
}

/**
 * Background: applies a choice. The mode is saved first, so that the content
 * script registration follows it before any tab is read; tabs held back since
 * install are read only if the reader chose automatic, and only once.
 */
export async function applyFirstRunChoice(manual: boolean, isRunning: IsRunning): Promise<void> {
  const heldBack = (await firstRun.getValue()) === 'awaiting-choice';
  await manualMode.setValue(manual);
  await firstRun.setValue('chosen');
  if (heldBack && !manual) await injectIntoOpenTabs(isRunning);
}

/** Background: answers the welcome page's choice; returns the unsubscribe function. */
export function listenForFirstRunChoice(isRunning: IsRunning): () => void {
  // One choice at a time: a double click must not read the held-back tabs twice.
  let queue: Promise<unknown> = Promise.resolve();
  const listener = (message: unknown, sender: { id?: string; url?: string }) => {
    const choice = parseFirstRunChoice(message);
    // Only our own pages may choose; a content script runs in web pages and is never one of them.
    if (!choice || sender.id !== browser.runtime.id || !sender.url?.startsWith(browser.runtime.getURL('/'))) return undefined;
    const applied = queue.then(() => applyFirstRunChoice(choice.manual, isRunning));
    queue = applied.catch(() => undefined);
    return applied.then(() => true);
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
