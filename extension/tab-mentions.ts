/**
 * Per-tab mention counts, kept by the background for the badge and the popup.
 *
 * Held in `storage.session`, which lives in memory only (never written to
 * disk) and outlives the MV3 service worker's restarts. Nothing about what the
 * user reads is stored anywhere else (DESIGN.md §2.5).
 */
import { storage } from '@wxt-dev/storage';
import { mergeCounts, type MentionCounts } from '../lib/mention-counts';

type FrameCounts = Record<string, MentionCounts>;

const key = (tabId: number) => `session:tab-mentions:${tabId}` as const;

export class TabMentions {
  /** Reports from a tab's frames arrive together; updates to one tab are serialised. */
  private readonly queues = new Map<number, Promise<unknown>>();

  private serial<T>(tabId: number, work: () => Promise<T>): Promise<T> {
    const previous = this.queues.get(tabId) ?? Promise.resolve();
    const next = previous.then(work, work);
    this.queues.set(tabId, next);
    void next.finally(() => {
      if (this.queues.get(tabId) === next) this.queues.delete(tabId);
    });
    return next;
  }

  private async frames(tabId: number): Promise<FrameCounts> {
    const value = await storage.getItem<FrameCounts>(key(tabId));
    return value !== null && typeof value === 'object' ? value : {};
  }

  /** Records one frame's counts and returns the tab's total. */
  report(tabId: number, frameId: number, counts: MentionCounts): Promise<MentionCounts> {
    return this.serial(tabId, async () => {
      const frames = await this.frames(tabId);
      if (Object.keys(counts).length === 0) delete frames[frameId];
      else frames[frameId] = counts;
      if (Object.keys(frames).length === 0) await storage.removeItem(key(tabId));
      else await storage.setItem(key(tabId), frames);
      return mergeCounts(Object.values(frames));
    });
  }

  clearTab(tabId: number): Promise<void> {
    return this.serial(tabId, () => storage.removeItem(key(tabId)));
  }
}

/**
 * Extension pages (the popup) read and watch a tab's counts here directly:
 * no round trip to a service worker that may be asleep, and live updates
 * while the page changes.
 */
export async function readTabMentions(tabId: number): Promise<MentionCounts> {
  const value = await storage.getItem<FrameCounts>(key(tabId));
  return value !== null && typeof value === 'object' ? mergeCounts(Object.values(value)) : {};
}

export function watchTabMentions(tabId: number, callback: (counts: MentionCounts) => void): () => void {
  return storage.watch<FrameCounts>(key(tabId), (value) => {
    callback(value !== null && typeof value === 'object' ? mergeCounts(Object.values(value)) : {});
  });
}
