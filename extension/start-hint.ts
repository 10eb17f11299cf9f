/**
 * The start hint: a one-line script (public/start-hint.js) registered beside
 * the content script, at document_start, where the content script will almost
 * surely read the page: automatic mode, Backstory on, the site not paused, no
 * pack imported. Seeing it, the content script makes the bundled packs'
 * matcher while its settings are on their way from storage, instead of after
 * (issue 16: the round trip is about 10 ms even on a page with no script of
 * its own, the matcher about 7 ms; a top frame's start-up went 30 → 24 ms).
 * While packs are imported the matcher needed is theirs, made from what
 * storage hands over: there is no hint.
 *
 * It decides nothing: the settings still do. A stale hint (a switch racing a
 * page load) costs one matcher made for nothing, or one wait; a site whose
 * name makes no match pattern is simply not excluded. Without the hint, a
 * paused site, or every page while Backstory is off, makes no matcher at all.
 */
import { browser, type Browser } from 'wxt/browser';
import { isHostname } from '../lib/hostname';
import { CONTENT_MATCHES } from './content-script';

export const START_HINT_ID = 'backstory-start-hint';
export const START_HINT_JS = '/start-hint.js';

/** Content script: whether the start hint ran in this frame. */
export function isHinted(): boolean {
  return (globalThis as { backstoryStartHint?: boolean }).backstoryStartHint === true;
}

export interface HintSettings {
  manual: boolean;
  enabled: boolean;
  paused: readonly string[];
  /** Whether packs are imported (their patterns stored). */
  imported: boolean;
}

/** The hint's registration for these settings; null where it has no place (manual mode, Backstory off, packs imported). */
export function startHintScript({ manual, enabled: on, paused, imported }: HintSettings): Browser.scripting.RegisteredContentScript | null {
  if (manual || !on || imported) return null;
  // Bracketed IPv6 hosts are left out: a pattern Chromium refused would lose the whole registration.
  const excludeMatches = paused.filter((host) => isHostname(host) && !host.startsWith('[')).map((host) => `*://${host}/*`);
  return {
    id: START_HINT_ID,
    matches: CONTENT_MATCHES,
    ...(excludeMatches.length > 0 ? { excludeMatches } : {}),
    js: [START_HINT_JS],
    allFrames: true,
    matchOriginAsFallback: true,
    runAt: 'document_start',
    persistAcrossSessions: true,
  };
}

/** What makes two registrations of the hint the same (browsers may report paths without their slash). */
const shape = (s: Browser.scripting.RegisteredContentScript) =>
  JSON.stringify([s.matches, s.excludeMatches ?? [], (s.js ?? []).map((p) => p.replace(/^\//, '')), s.runAt, s.allFrames, s.matchOriginAsFallback]);

/** Registers, replaces or removes the hint to match the settings; leaves a current one alone (the worker restarts often). */
export async function syncStartHint(settings: HintSettings): Promise<void> {
  const wanted = startHintScript(settings);
  const [existing] = await browser.scripting.getRegisteredContentScripts({ ids: [START_HINT_ID] });
  if (existing && wanted && shape(existing) === shape(wanted)) return;
  if (existing) await browser.scripting.unregisterContentScripts({ ids: [START_HINT_ID] });
  if (wanted) await browser.scripting.registerContentScripts([wanted]);
}
