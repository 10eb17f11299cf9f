import { defineContentScript } from 'wxt/utils/define-content-script';
import { BUNDLED_PACKS } from '../../data';
import { PageWatcher } from '../../dom/page-watcher';
import { reportMentions } from '../../extension/messages';
import { enabled, pausedSites, untrackedEntities } from '../../extension/settings';
import { Matcher } from '../../lib/match/matcher';
import { countMentions, sameCounts, type MentionCounts } from '../../lib/mention-counts';
import { Catalog } from '../../lib/pack/catalog';
import highlightCss from './style.css?inline';
import './style.css';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  allFrames: true,
  runAt: 'document_idle',
  async main(ctx) {
    const [isOn, paused, untracked] = await Promise.all([
      enabled.getValue(),
      pausedSites.getValue(),
      untrackedEntities.getValue(),
    ]);
    const settings = { isOn, paused, untracked: new Set(untracked) };
    const isActive = () => settings.isOn && !settings.paused.includes(location.hostname);

    let lastReported: MentionCounts | null = null;
    const report = (counts: MentionCounts, force = false) => {
      if (!force && lastReported && sameCounts(lastReported, counts)) return;
      lastReported = counts;
      // The background may be restarting; the next change reports again.
      reportMentions(counts).catch(() => undefined);
    };

    const matcher = new Matcher(new Catalog(BUNDLED_PACKS).entities);
    let watcher: PageWatcher | null = null;
    let stopWatcher = () => {};

    const start = () => {
      if (watcher || ctx.isInvalid) return;
      const controller = new AbortController();
      ctx.onInvalidated(() => controller.abort());
      watcher = new PageWatcher({
        win: window,
        matcher,
        isTracked: (id) => !settings.untracked.has(id),
        onMentions: (mentions) => report(countMentions(mentions)),
        signal: controller.signal,
        shadowCss: highlightCss,
      });
      stopWatcher = () => controller.abort();
      watcher.start();
    };
    const stop = () => {
      stopWatcher();
      watcher = null;
      report({});
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
    ];
    ctx.onInvalidated(() => unwatch.forEach((u) => u()));
    // SPA navigation: the document stays, the article changes; the background clears its count on navigation.
    ctx.addEventListener(window, 'wxt:locationchange', () => {
      if (!watcher) return;
      watcher.rescanAll();
      if (lastReported) report(lastReported, true);
    });

    if (isActive()) start();
  },
});
