/**
 * What the popup shows and changes: the tab, its mention counts, the
 * settings and the packs, read in parallel on open and kept live while the
 * popup is open. Every change goes to storage; open tabs follow it there.
 */
import { browser } from 'wxt/browser';
import { isContentScriptIn, jumpToMention, pageLanguages } from '../../extension/popup-requests';
import { injectContentScript } from '../../extension/content-script';
import { loadPacks, watchPacks } from '../../extension/packs';
import { uiLanguage } from '../../extension/labels';
import {
  enabled,
  isPaused,
  languagePreference,
  manualMode,
  pausedSites,
  setPaused,
  setTracked,
  untrackedEntities,
  type LanguagePreference,
} from '../../extension/settings';
import { readTabMentions, watchTabMentions } from '../../extension/tab-mentions';
import type { MentionCounts } from '../../lib/mention-counts';
import type { Pack } from '../../lib/pack/schema';

export interface PopupData {
  tabId: number | null;
  /** Hostname of the tab's page, or null where Backstory cannot run (browser pages, files). */
  host: string | null;
  counts: MentionCounts;
  enabled: boolean;
  paused: string[];
  untracked: string[];
  manual: boolean;
  packs: Pack[];
  /** The options page's language setting. */
  language: LanguagePreference;
  /** The browser's interface language. */
  ui: string;
}

export interface PopupParams {
  tabId: number | null;
  entityId: string | null;
  /** The language the card showed the entity in. */
  lang: string | null;
  /** A section of the entity's details to open at. */
  section: 'countries' | null;
}

/**
 * `?tab=<id>` shows that tab (DESIGN.md §4), `&entity=<id>` opens that
 * entity's details, in `&lang=<tag>` (the card's) and at `&section=countries`.
 */
export function readParams(search: string): PopupParams {
  const params = new URLSearchParams(search);
  const tab = params.get('tab');
  const entity = params.get('entity');
  const lang = params.get('lang');
  return {
    tabId: tab !== null && /^\d{1,10}$/.test(tab) ? Number(tab) : null,
    entityId: entity !== null && /^[a-z0-9-]{1,200}$/.test(entity) ? entity : null,
    lang: lang !== null && /^[a-zA-Z]{2,3}(?:-[A-Za-z0-9]{1,8}){0,4}$/.test(lang) ? lang : null,
    section: params.get('section') === 'countries' ? 'countries' : null,
  };
}

async function activeTabId(): Promise<number | null> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

async function hostOf(tabId: number | null): Promise<string | null> {
  if (tabId === null) return null;
  try {
    // The URL is visible with the host permission, or with activeTab after the click that opened us.
    const url = new URL((await browser.tabs.get(tabId)).url ?? '');
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.hostname : null;
  } catch {
    return null;
  }
}

export async function loadPopupData(params: PopupParams): Promise<PopupData> {
  const tabId = params.tabId ?? (await activeTabId());
  const [host, counts, isOn, paused, untracked, manual, packs, language] = await Promise.all([
    hostOf(tabId),
    tabId === null ? {} : readTabMentions(tabId),
    enabled.getValue(),
    pausedSites.getValue(),
    untrackedEntities.getValue(),
    manualMode.getValue(),
    loadPacks(),
    languagePreference.getValue(),
  ]);
  return { tabId, host, counts, enabled: isOn, paused, untracked, manual, packs, language, ui: uiLanguage() };
}

/** Calls back with each change while the popup is open; returns the unwatch function. */
export function watchPopupData(tabId: number | null, onChange: (patch: Partial<PopupData>) => void): () => void {
  const unwatch = [
    enabled.watch((value) => onChange({ enabled: value })),
    pausedSites.watch((value) => onChange({ paused: value })),
    untrackedEntities.watch((value) => onChange({ untracked: value })),
    manualMode.watch((value) => onChange({ manual: value })),
    languagePreference.watch((value) => onChange({ language: value })),
    watchPacks((packs) => onChange({ packs })),
  ];
  if (tabId !== null) unwatch.push(watchTabMentions(tabId, (counts) => onChange({ counts })));
  return () => unwatch.forEach((u) => u());
}

/** Whether Backstory should read the tab now: manual mode, on, not paused, a web page. */
export function needsActivation(data: PopupData): boolean {
  return data.manual && data.enabled && data.tabId !== null && data.host !== null && !isPaused(data.paused, data.host);
}

export const actions = {
  setEnabled: (on: boolean) => enabled.setValue(on),
  setPaused,
  setTracked,

  jump: (tabId: number, entityId: string) => jumpToMention(tabId, entityId),

  /** What the page says about its mentions' language; null where nothing of ours runs. */
  pageLanguages: (tabId: number) => pageLanguages(tabId),

  activate: (tabId: number) => injectContentScript(tabId, isContentScriptIn),

  openOptions: () => browser.runtime.openOptionsPage(),
};
