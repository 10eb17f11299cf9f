/**
 * Requests from the popup to a tab's content script: "are you there?" (for
 * manual mode, so a page is never injected twice) and "jump to the next
 * mention of this entity". They go to the tab's top frame, which holds the
 * article in nearly every page.
 */
import { browser } from 'wxt/browser';

export interface Ping {
  type: 'backstory-ping';
}

export interface JumpToMention {
  type: 'jump-to-mention';
  entityId: string;
}

export type PopupRequest = Ping | JumpToMention;

export function parsePopupRequest(message: unknown): PopupRequest | null {
  if (message === null || typeof message !== 'object') return null;
  const m = message as Record<string, unknown>;
  if (m.type === 'backstory-ping') return { type: 'backstory-ping' };
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

/** Content side: answers the popup's requests for this frame; returns the unsubscribe function. */
export function onPopupRequest(handlers: { jump(entityId: string): boolean }): () => void {
  const listener = (message: unknown, sender: { id?: string; tab?: unknown }) => {
    const request = parsePopupRequest(message);
    // Only our own extension pages (the popup) send these; a content script in another tab cannot reach us here.
    if (!request || sender.id !== browser.runtime.id) return undefined;
    if (request.type === 'backstory-ping') return Promise.resolve(true);
    return Promise.resolve(handlers.jump(request.entityId));
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
