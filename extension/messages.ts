/**
 * Typed messages between the content script, the background and the popup.
 * Runtime messages stay inside the extension: none of this is a network request.
 */
import { browser } from 'wxt/browser';
import type { MentionCounts } from '../lib/mention-counts';

export type { MentionCounts };

export interface ReportMentions {
  type: 'report-mentions';
  counts: MentionCounts;
}

export interface GetTabMentions {
  type: 'get-tab-mentions';
  tabId: number;
}

export interface TabMentions {
  /** Mentions per entity, summed over the tab's frames. */
  counts: MentionCounts;
}

export type BackgroundRequest = ReportMentions | GetTabMentions;

export function reportMentions(counts: MentionCounts): Promise<void> {
  const message: ReportMentions = { type: 'report-mentions', counts };
  return browser.runtime.sendMessage(message).then(() => undefined);
}

export function getTabMentions(tabId: number): Promise<TabMentions> {
  const message: GetTabMentions = { type: 'get-tab-mentions', tabId };
  return browser.runtime.sendMessage(message) as Promise<TabMentions>;
}

function isCounts(value: unknown): value is MentionCounts {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  return Object.entries(value).every(([k, n]) => k.length <= 200 && Number.isSafeInteger(n) && (n as number) >= 0);
}

/** Checks a message's shape: a compromised page cannot send these, but a bug elsewhere in the extension can. */
export function parseBackgroundRequest(message: unknown): BackgroundRequest | null {
  if (message === null || typeof message !== 'object') return null;
  const m = message as Record<string, unknown>;
  if (m.type === 'report-mentions' && isCounts(m.counts)) return { type: 'report-mentions', counts: m.counts };
  if (m.type === 'get-tab-mentions' && Number.isSafeInteger(m.tabId)) return { type: 'get-tab-mentions', tabId: m.tabId as number };
  return null;
}
