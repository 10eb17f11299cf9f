/**
 * The highlighting feature: follows the user's settings, keeps a PageWatcher
 * running while Backstory is on for this site, and reports counts to the
 * background for the badge and the popup.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import bundledAliases from 'virtual:backstory-aliases';
import { inDocumentOrder } from '../../dom/document-order';
import type { HighlightPainter } from '../../dom/highlight-painter';
import type { PageMention, ScannerChanges } from '../../dom/page-scanner';
import { PageWatcher } from '../../dom/page-watcher';
import { importedAliases, withImported } from '../../extension/imported-aliases';
import { reportMentions } from '../../extension/messages';
import { enabled, isPaused, pausedSites, untrackedEntities } from '../../extension/settings';
import { Matcher } from '../../lib/match/matcher';
import { sameCounts, updateCounts, type MentionCounts } from '../../lib/mention-counts';
import highlightCss from './style.css?inline';

export interface PageSession {
  /** Current mentions in reading order; empty while paused. Sorts them all: for a user's request, not per change. */
  mentions(): PageMention[];
  /** The painter of the running watcher, or null while paused. */
  painter(): HighlightPainter | null;
  /** Called after every change of the page's mentions, with the mentions that came and went. */
  onChange(listener: (changes: ScannerChanges) => void): () => void;
}

export async function startHighlighting(ctx: ContentScriptContext): Promise<PageSession> {
  const [isOn, paused, untracked, imported] = await Promise.all([
    enabled.getValue(),
    pausedSites.getValue(),
    untrackedEntities.getValue(),
    importedAliases.getValue(),
  ]);
  const settings = { isOn, paused, untracked: new Set(untracked) };
  const isActive = () => settings.isOn && !isPaused(settings.paused, location.hostname);
  let matcher = new Matcher(withImported(bundledAliases, imported));
  const listeners = new Set<(changes: ScannerChanges) => void>();

  let pageCounts: MentionCounts = {};
  let lastReported: MentionCounts | null = null;
  const report = (counts: MentionCounts, force = false) => {
    if (!force && lastReported && sameCounts(lastReported, counts)) return;
    lastReported = counts;
    // The background may be restarting; the next change reports again.
    reportMentions(counts).catch(() => undefined);
  };
  const changed = (changes: ScannerChanges) => {
    pageCounts = updateCounts(pageCounts, changes.added, changes.removed);
    report(pageCounts);
    for (const listener of listeners) listener(changes);
  };

  let watcher: PageWatcher | null = null;
  let abortWatcher = () => {};
  const start = () => {
    if (watcher || ctx.isInvalid) return;
    const controller = new AbortController();
    const unlink = ctx.onInvalidated(() => controller.abort());
    watcher = new PageWatcher({
      win: window,
      matcher,
      isTracked: (id) => !settings.untracked.has(id),
      onMentions: changed,
      signal: controller.signal,
      shadowCss: highlightCss,
      onSlice:
        import.meta.env.MODE === 'bench'
          ? (start, end, done) => performance.measure(done ? 'backstory:scan-done' : 'backstory:scan', { start, end })
          : undefined,
    });
    abortWatcher = () => {
      unlink();
      controller.abort();
    };
    watcher.start();
  };
  const stop = () => {
    if (!watcher) return;
    const gone = watcher.mentions();
    abortWatcher();
    watcher = null;
    changed({ added: [], removed: gone });
  };
  const apply = () => (isActive() ? start() : stop());

  const unwatch = [
    enabled.watch((value) => {
      settings.isOn = value;
      apply();
    }),
    pausedSites.watch((value) => {
      settings.paused = value;
      apply();
    }),
    untrackedEntities.watch((value) => {
      settings.untracked = new Set(value);
      watcher?.retrack();
    }),
    // A pack imported or removed in the options page: a new matcher, and a fresh scan with it.
    importedAliases.watch((value) => {
      matcher = new Matcher(withImported(bundledAliases, value));
      stop();
      apply();
    }),
  ];
  ctx.onInvalidated(() => unwatch.forEach((u) => u()));
  // SPA navigation: the document stays, the article changes, and the background cleared our count.
  ctx.addEventListener(window, 'wxt:locationchange', () => {
    if (!watcher) return;
    watcher.rescanAll();
    if (lastReported) report(lastReported, true);
  });

  apply();
  return {
    mentions: () => (watcher ? inDocumentOrder(watcher.mentions()) : []),
    painter: () => watcher?.painter ?? null,
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
