/**
 * Keeps a page's mentions up to date: the first scan, then one
 * MutationObserver whose records are batched into at most one scan per frame
 * (or per timer tick while the tab is hidden, when frames do not run), each
 * sliced so that no task of ours runs long (DESIGN.md §2.2, §5).
 */
import type { Matcher } from '../lib/match/matcher';
import { HighlightPainter } from './highlight-painter';
import { PageScanner, type PageMention, type ScannerChanges } from './page-scanner';
import { adoptHighlightStyle, releaseHighlightStyle } from './shadow-style';
import { WATCHED_ATTRIBUTES } from './text-blocks';

/** Work per slice; leaves room in a 50 ms long-task budget for the browser and the page. */
const SLICE_MS = 12;
/** Past this many records, replaying them costs more than rescanning. */
const HUGE_BATCH = 2_000;
/** rAF does not fire in hidden tabs; this timer keeps them current at low cost. */
const HIDDEN_TICK_MS = 250;

export interface PageWatcherOptions {
  win: Window & typeof globalThis;
  matcher: Matcher;
  isTracked: (entityId: string) => boolean;
  /**
   * Called after each batch of work that changed the mentions, with what changed only: a
   * listener that needed every mention on every change would make appending to a long page
   * cost in proportion to the page (DESIGN.md §5).
   */
  onMentions: (changes: ScannerChanges) => void;
  signal: AbortSignal;
  /** Highlight CSS to adopt into open shadow roots, where the page-level rule does not reach. */
  shadowCss?: string;
  /** Told the start and end (performance.now()) of every slice of work, for the benchmark build. */
  onSlice?: (start: number, end: number, done: boolean) => void;
}

export class PageWatcher {
  readonly painter: HighlightPainter;
  private readonly scanner: PageScanner;
  private readonly observer: MutationObserver;
  private scheduled = false;
  private records: MutationRecord[] = [];
  private overflowed = false;
  private frameHandle = 0;
  private timerHandle = 0;
  private readonly doc: Document;

  constructor(private readonly options: PageWatcherOptions) {
    const { win, matcher, isTracked, signal } = options;
    this.doc = win.document;
    this.painter = new HighlightPainter(win);
    this.scanner = new PageScanner(matcher, {
      isTracked,
      onShadowRoot: (root) => {
        this.observer.observe(root, OBSERVE);
        if (options.shadowCss) adoptHighlightStyle(root, options.shadowCss);
      },
    });
    // Records handed to the callback are gone from takeRecords(): keep them until the next tick.
    this.observer = new win.MutationObserver((records) => {
      if (this.overflowed) return;
      if (this.records.length + records.length > HUGE_BATCH) {
        this.overflowed = true;
        this.records = [];
      } else {
        for (const r of records) this.records.push(r);
      }
      this.schedule();
    });
    signal.addEventListener('abort', () => this.stop(), { once: true });
  }

  start(): void {
    if (this.options.signal.aborted) return;
    this.observer.observe(this.doc, OBSERVE);
    this.rescanAll();
  }

  /** Scans the whole page again (after SPA navigation, or when settings change what is tracked). */
  rescanAll(): void {
    this.scanner.enqueue(this.doc.body ?? this.doc.documentElement, true);
    this.schedule();
  }

  /** Re-applies the tracked set without reading the page again. */
  retrack(): void {
    this.scanner.resolveAll();
    this.flush();
  }

  mentions(): PageMention[] {
    return this.scanner.mentions();
  }

  private schedule(): void {
    if (this.scheduled || this.options.signal.aborted) return;
    this.scheduled = true;
    const { win } = this.options;
    this.frameHandle = win.requestAnimationFrame(() => this.tick());
    this.timerHandle = win.setTimeout(() => this.tick(), HIDDEN_TICK_MS);
  }

  private tick(): void {
    const { win } = this.options;
    win.cancelAnimationFrame(this.frameHandle);
    win.clearTimeout(this.timerHandle);
    this.scheduled = false;
    if (this.options.signal.aborted) return;
    const started = this.options.onSlice ? performance.now() : 0;
    const records = this.records.concat(this.observer.takeRecords());
    this.records = [];
    if (this.overflowed || records.length > HUGE_BATCH) {
      this.overflowed = false;
      this.scanner.enqueue(this.doc.body ?? this.doc.documentElement, true);
    } else if (records.length > 0) {
      this.scanner.enqueueMutations(records);
    }
    const done = this.scanner.run(SLICE_MS);
    this.flush();
    this.options.onSlice?.(started, performance.now(), done);
    if (!done) this.schedule();
  }

  private flush(): void {
    const changes = this.scanner.takeChanges();
    // Restore even when nothing changed: the page may have deleted our highlight.
    this.painter.update(changes.added, changes.removed);
    if (changes.added.length > 0 || changes.removed.length > 0) this.options.onMentions(changes);
  }

  private stop(): void {
    this.observer.disconnect();
    const { win } = this.options;
    win.cancelAnimationFrame(this.frameHandle);
    win.clearTimeout(this.timerHandle);
    this.scanner.clear();
    this.scanner.takeChanges();
    this.painter.clear();
    if (this.options.shadowCss) releaseHighlightStyle(this.doc);
  }
}

// Attributes too, only those that change how text is read: a paragraph made editable or hidden, a language switched.
const OBSERVE: MutationObserverInit = { childList: true, characterData: true, subtree: true, attributeFilter: WATCHED_ATTRIBUTES };
