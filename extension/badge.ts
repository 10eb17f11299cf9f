/** The toolbar badge: how many distinct tracked entities the tab mentions. */
import { browser } from 'wxt/browser';
import type { MentionCounts } from '../lib/mention-counts';

// MV2 (Firefox) calls it browserAction.
const action = () => browser.action ?? browser.browserAction;

export function badgeText(counts: MentionCounts): string {
  const distinct = Object.values(counts).filter((n) => n > 0).length;
  return distinct === 0 ? '' : String(distinct);
}

export async function showBadge(tabId: number, counts: MentionCounts): Promise<void> {
  try {
    await action().setBadgeBackgroundColor({ tabId, color: '#5b4a9e' });
    await action().setBadgeText({ tabId, text: badgeText(counts) });
  } catch {
    // The tab closed while we were counting: nothing to show.
  }
}
