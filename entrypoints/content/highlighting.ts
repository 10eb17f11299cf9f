/**
 * The highlighting feature: follows the user's settings, keeps the page's
 * watcher running while Backstory is on for this site, and reports counts to
 * the background for the badge and the popup. Returns the page's mentions,
 * which the other features use.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PageMentions } from '../../dom/page-mentions';
import { PageWatcher } from '../../dom/page-watcher';
import { importedPatterns, patternTableFor } from '../../extension/imported-patterns';
import { reportMentions } from '../../extension/messages';
import { enabled, isPaused, pausedSites, untrackedEntities } from '../../extension/settings';
import { readValues } from '../../extension/validated-item';
import { Matcher } from '../../lib/match/matcher';
import { sameCounts, updateCounts, type MentionCounts } from '../../lib/mention-counts';
import highlightCss from '../../assets/highlight.css?inline';
import { markReady, markSettings } from './start-mark';

export async function startHighlighting(ctx: ContentScriptContext): Promise<PageMentions> {
  markSettings('asked');
  const [isOn, paused, untracked, imported] = await readValues([enabled, pausedSites, untrackedEntities, importedPatterns]);
  markSettings('read');
  const settings = { isOn, paused, untracked: new Set(untracked) };
  const isActive = () => settings.isOn && !isPaused(settings.paused, location.hostname);
  // Made when the page is first read: a frame of a paused site, or any frame while Backstory is off, never needs one.
  let matcher: Matcher | null = null;
  /** The stored imported table until a matcher is made from it: up to 8 MB of text, not kept after. */
  let toDecode = imported;

  const watcher = new PageWatcher({
    win: window,
    isTracked: (id) => !settings.untracked.has(id),
    signal: ctx.signal,
    shadowCss: highlightCss,
    onSlice:
      import.meta.env.MODE === 'bench'
        ? (start, end, done) => performance.measure(done ? 'backstory:scan-done' : 'backstory:scan', { start, end })
        : undefined,
  });

  let pageCounts: MentionCounts = {};
  let lastReported: MentionCounts | null = null;
  const report = (counts: MentionCounts, force = false) => {
    if (!force && lastReported && sameCounts(lastReported, counts)) return;
    lastReported = counts;
    // The background may be restarting; the next change reports again.
    reportMentions(counts).catch(() => undefined);
  };
  ctx.onInvalidated(
    watcher.mentions.onChange(({ added, removed }) => {
      pageCounts = updateCounts(pageCounts, added, removed);
      // Stopping for good (the extension was reloaded) empties the page too; there is no one left to tell.
      if (!ctx.isInvalid) report(pageCounts);
    }),
  );

  const apply = () => {
    if (!isActive()) watcher.stop();
    else if (!watcher.running && !ctx.isInvalid) {
      if (!matcher) {
        matcher = new Matcher(patternTableFor(toDecode));
        toDecode = null;
      }
      markReady();
      watcher.start(matcher);
    }
  };
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
      watcher.retrack();
    }),
    // A pack imported or removed in the options page: a new matcher, and a fresh scan with it.
    importedPatterns.watch((value) => {
      toDecode = value;
      matcher = null;
      watcher.stop();
      apply();
    }),
  ];
  ctx.onInvalidated(() => unwatch.forEach((u) => u()));
  // SPA navigation: the document stays, the article changes, and the background cleared our count.
  ctx.addEventListener(window, 'wxt:locationchange', () => {
    if (!watcher.running) return;
    watcher.rescanAll();
    if (lastReported) report(lastReported, true);
  });

  apply();
  return watcher.mentions;
}
