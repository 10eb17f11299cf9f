/**
 * User settings (DESIGN.md §2.4), each a versioned storage item checked on
 * every read: a corrupt or wrong-typed value reads as its fallback.
 *
 * The tracked set is stored as what the user turned *off*, so that entities
 * added by a pack update are tracked without a migration.
 */
import * as v from 'valibot';
import { DEFAULT_HIGHLIGHT_STYLE } from '../lib/highlight-style';
import { normalizeHostnames, siteOf } from '../lib/hostname';
import { EntityIdsSchema, HighlightStyleSchema, HostnamesSchema, LanguagePreferenceSchema, type HighlightStyle, type LanguagePreference } from '../lib/settings-schema';
import { defineValidatedItem } from './validated-item';

export type { HighlightStyle, LanguagePreference };

/** Entity ids the user stopped tracking. */
export const untrackedEntities = defineValidatedItem('sync:untrackedEntities', EntityIdsSchema, { fallback: [] as string[] });

/**
 * Hostnames on which Backstory is paused, compared with `location.hostname`.
 * v1 kept whatever string it was given; v2 keeps only normalised hostnames,
 * so that "Example.com" or a pasted URL still pauses the site it names.
 */
export const pausedSites = defineValidatedItem('sync:pausedSites', HostnamesSchema, {
  fallback: [] as string[],
  version: 2,
  migrations: {
    // A wrong-typed v1 value is left as it is, and then reads as the fallback.
    2: (old: unknown) => (Array.isArray(old) ? normalizeHostnames(old) : old),
  },
});

/** The global on/off switch. */
export const enabled = defineValidatedItem('sync:enabled', v.boolean(), { fallback: true });

/** How mentions are painted; 'none' paints nothing and leaves the badge and the card. */
export const highlightStyle = defineValidatedItem('sync:highlightStyle', HighlightStyleSchema, {
  fallback: DEFAULT_HIGHLIGHT_STYLE,
});

/** The language of cards and details: 'page' (the page's, else the browser's, else the pack's) or a tag that overrides it. */
export const languagePreference = defineValidatedItem('sync:language', LanguagePreferenceSchema, { fallback: 'page' as LanguagePreference });

/** Manual mode (DESIGN.md §2.5): no content script until the user clicks the toolbar button on a page. */
export const manualMode = defineValidatedItem('sync:manualMode', v.boolean(), { fallback: false });

/**
 * Whether Backstory is paused on a page, from its hostname as the page or its
 * tab reports it. The one rule for the popup and the page alike, so that the
 * two never disagree (a trailing dot, as in `example.com.`, names the same site).
 */
export function isPaused(paused: readonly string[], hostname: string): boolean {
  return paused.includes(siteOf(hostname));
}

/** Pauses or resumes a site. Read-modify-write on the stored list, so that a change made elsewhere meanwhile is kept. */
export async function setPaused(hostname: string, paused: boolean): Promise<void> {
  const site = siteOf(hostname);
  const current = await pausedSites.getValue();
  if (paused === current.includes(site)) return;
  await pausedSites.setValue(paused ? [...current, site] : current.filter((h) => h !== site));
}

/**
 * Switches tracking of entities on or off, for the popup, the options page
 * and the card alike. Stored as the untracked ids, in the order they were
 * switched off; read-modify-write, like setPaused.
 */
export async function setTracked(ids: readonly string[], tracked: boolean): Promise<void> {
  const change = new Set(ids);
  const rest = (await untrackedEntities.getValue()).filter((id) => !change.has(id));
  await untrackedEntities.setValue(tracked ? rest : [...rest, ...change]);
}
