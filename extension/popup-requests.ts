/**
 * Requests from the popup to a tab's content script: "are you there?" (for
 * manual mode, so a page is never injected twice), "jump to the next
 * mention of this entity", and "what language are your mentions in?" (so
 * the popup's details follow the page, as the card does). They go to the
 * tab's top frame, which holds the article in nearly every page.
 */
import { browser } from 'wxt/browser';
import type { TextLanguageHints } from '../lib/language/choose';

export interface Ping {
  type: 'backstory-ping';
}

export interface JumpToMention {
  type: 'jump-to-mention';
  entityId: string;
}

export interface GetPageLanguages {
  type: 'page-languages';
}

/** What the page says about the language of its text, for the popup to choose in (lib/language/choose.ts). */
export interface PageLanguages {
  /** The document's: for entities the page does not mention. */
  page: TextLanguageHints;
  /** Each mentioned entity's first mention's. */
  entities: Record<string, TextLanguageHints>;
}

export type PopupRequest = Ping | JumpToMention | GetPageLanguages;

export function parsePopupRequest(message: unknown): PopupRequest | null {
  if (message === null || typeof message !== 'object') return null;
  const m = message as Record<string, unknown>;
  if (m.type === 'backstory-ping') return { type: 'backstory-ping' };
  if (m.type === 'page-languages') return { type: 'page-languages' };
  if (m.type === 'jump-to-mention' && typeof m.entityId === 'string' && m.entityId.length <= 200) {
    return { type: 'jump-to-mention', entityId: m.entityId };
  }
  return null;
}

/** Whether Backstory's content script runs in the tab's top frame. */
export async function isContentScriptIn(tabId: number): Promise<boolean> {
  const message: Ping = { type: 'backstory-ping' };
  try {
    return (await browser.tabs.sendMessage(tabId, message, { frameId: 0 })) === true;
  } catch {
    // "Receiving end does not exist": nothing of ours there.
    return false;
  }
}

/** Resolves true when the page scrolled to a mention, false when it has none of this entity. */
export async function jumpToMention(tabId: number, entityId: string): Promise<boolean> {
  const message: JumpToMention = { type: 'jump-to-mention', entityId };
  try {
    return (await browser.tabs.sendMessage(tabId, message, { frameId: 0 })) === true;
  } catch {
    return false;
  }
}

/** The language hints of the tab's page, or null when no content script of ours answers there. */
export async function pageLanguages(tabId: number): Promise<PageLanguages | null> {
  const message: GetPageLanguages = { type: 'page-languages' };
  try {
    return ((await browser.tabs.sendMessage(tabId, message, { frameId: 0 })) as PageLanguages | undefined) ?? null;
  } catch {
    return null;
  }
}

/** Content side: answers the popup's requests for this frame; returns the unsubscribe function. */
export function onPopupRequest(handlers: { jump(entityId: string): boolean; languages(): PageLanguages }): () => void {
  const listener = (message: unknown, sender: { id?: string; tab?: unknown }) => {
    const request = parsePopupRequest(message);
    // Only our own extension pages (the popup) send these; a content script in another tab cannot reach us here.
    if (!request || sender.id !== browser.runtime.id) return undefined;
    if (request.type === 'backstory-ping') return Promise.resolve(true);
    if (request.type === 'page-languages') return Promise.resolve(handlers.languages());
    return Promise.resolve(handlers.jump(request.entityId));
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
