/**
 * The start hint: a one-line script registered beside the content script, at
 * document_start, where the content script will almost surely read the page:
 * automatic mode, Backstory on, the site not paused. Seeing it, the content
 * script makes the bundled packs' matcher while its settings are on their way
 * from storage, instead of after (issue 16: the round trip is about 10 ms even
 * on a page with no script of its own, the matcher about 7 ms).
 *
 * Where the settings are the defaults in every way the page's reading depends
 * on (no entity untracked, every paused site excluded by the registration),
 * the hint says so (public/start-hint-defaults.js) and the content script
 * reads the page at once, without waiting for storage. While packs are
 * imported there is no hint: the matcher the content script needs is theirs,
 * made from what storage hands over.
 *
 * It decides nothing for long: the settings, read in any case, do. A stale
 * hint (a switch racing a page load) costs one matcher made for nothing, one
 * wait, or a reading undone within the storage round trip; a site whose name
 * makes no match pattern is simply not excluded, and gets the plain hint.
 * Without a hint, a paused site, or every page while Backstory is off, makes
 * no matcher at all.
 */
import { browser, type Browser } from 'wxt/browser';
import { isHostname } from '../lib/hostname';
import { CONTENT_MATCHES } from './content-script';

export const START_HINT_ID = 'backstory-start-hint';
/** Pages will be read: make the matcher while the settings come. */
export const START_HINT_JS = '/start-hint.js';
/** Pages will be read with the default settings: read them at once. */
export const START_DEFAULTS_JS = '/start-hint-defaults.js';

export type StartHint = 'on' | 'defaults';

/** Content script: what the start hint said in this frame; null where none ran. */
export function startHint(): StartHint | null {
  return (globalThis as { backstoryStartHint?: StartHint }).backstoryStartHint ?? null;
}

export interface HintSettings {
  manual: boolean;
  enabled: boolean;
  paused: readonly string[];
  untracked: readonly string[];
  /** Whether packs are imported (their patterns stored). */
  imported: boolean;
}

/** The hint's registration for these settings; null where it has no place (manual mode, Backstory off, packs imported). */
export function startHintScript({ manual, enabled: on, paused, untracked, imported }: HintSettings): Browser.scripting.RegisteredContentScript | null {
  if (manual || !on || imported) return null;
  // Bracketed IPv6 hosts are left out: a pattern Chromium refused would lose the whole registration.
  const excluded = paused.filter((host) => isHostname(host) && !host.startsWith('['));
  const excludeMatches = excluded.map((host) => `*://${host}/*`);
  const defaults = untracked.length === 0 && excluded.length === paused.length;
  return {
    id: START_HINT_ID,
    matches: CONTENT_MATCHES,
    ...(excludeMatches.length > 0 ? { excludeMatches } : {}),
    js: [defaults ? START_DEFAULTS_JS : START_HINT_JS],
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
