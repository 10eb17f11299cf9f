/**
 * Keeps a page's mentions up to date: the first scan, then one
 * MutationObserver whose records are batched into at most one scan per frame
 * (or per timer tick while the tab is hidden, when frames do not run), each
 * sliced so that no task of ours runs long (DESIGN.md §2.2, §5).
 *
 * One watcher serves a page for the content script's life; it is stopped
 * while Backstory is off or paused there, and started again with a new
 * matcher when the packs change. What it finds, the features read from
 * `mentions` (dom/page-mentions.ts), which stays the same object throughout.
 */
import type { Matcher } from '../lib/match/matcher';
import { paintedMentions, type PageMentions, type PaintedMentions } from './page-mentions';
import { PageScanner } from './page-scanner';
import { adoptHighlightStyle, releaseHighlightStyle } from './shadow-style';
import { WATCHED_ATTRIBUTES } from './text-blocks';

/**
 * Work per slice; leaves room in a 50 ms long-task budget for the browser and the page. 8 ms rather
 * than 12: on a 200,000-node page the collection of the wrappers our walk makes landed inside our
 * slices (60-130 ms); with more idle time in each frame V8 finishes most of that work between
 * slices (longest slice 39-47 ms in 7 runs, against 52-80 ms with 12 ms slices; issue 16).
 */
const SLICE_MS = 8;
/**
 * Past this many records, only the nodes they were about are kept (read again whole); past this
 * many of those, the page is read again.
 */
const HUGE_BATCH = 2_000;
/** rAF does not fire in hidden tabs; this timer keeps them current at low cost. */
const HIDDEN_TICK_MS = 250;

export interface PageWatcherOptions {
  win: Window & typeof globalThis;
  isTracked: (entityId: string) => boolean;
  /** Stops the watcher for good (the content script's end). */
  signal: AbortSignal;
  /** Highlight CSS to adopt into open shadow roots, where the page-level rule does not reach. */
  shadowCss?: string;
  /** Told the start and end (performance.now()) of every slice of work, for the benchmark build. */
  onSlice?: (start: number, end: number, done: boolean) => void;
}

export class PageWatcher {
  /**
   * The mentions, for the features. Its change events carry what changed only: a listener
   * that needed every mention on every change would make appending to a long page cost in
   * proportion to the page (DESIGN.md §5).
   */
  readonly mentions: PageMentions;
  private readonly painted: PaintedMentions;
  private scanner: PageScanner | null = null;
  private readonly observer: MutationObserver;
  private scheduled = false;
  private records: MutationRecord[] = [];
  /** The nodes a batch too large to keep changed, in place of its records; null until one comes. */
  private changed: Set<Node> | null = null;
  private overflowed = false;
  private frameHandle = 0;
  private timerHandle = 0;
  private readonly doc: Document;

  constructor(private readonly options: PageWatcherOptions) {
    const { win, signal } = options;
    this.doc = win.document;
    this.mentions = this.painted = paintedMentions(win);
    // Records handed to the callback are gone from takeRecords(): keep them until the next tick.
    this.observer = new win.MutationObserver((records) => {
      this.keep(records);
      this.schedule();
    });
    signal.addEventListener('abort', () => this.stop(), { once: true });
  }

  get running(): boolean {
    return this.scanner !== null;
  }

  /** Reads the page with this matcher, from the start: a running watcher starts over. */
  start(matcher: Matcher): void {
    if (this.options.signal.aborted) return;
    this.stop();
    this.scanner = new PageScanner(matcher, {
      isTracked: this.options.isTracked,
      onShadowRoot: (root) => {
        this.observer.observe(root, OBSERVE);
        if (this.options.shadowCss) adoptHighlightStyle(root, this.options.shadowCss);
      },
    });
    this.observer.observe(this.doc, OBSERVE);
    this.rescanAll();
  }

  /** Stops reading the page and takes every highlight and sheet of ours away; the mentions' listeners are told. */
  stop(): void {
    if (!this.scanner) return;
    this.observer.disconnect();
    const { win } = this.options;
    win.cancelAnimationFrame(this.frameHandle);
    win.clearTimeout(this.timerHandle);
    this.scheduled = false;
    this.records = [];
    this.changed = null;
    this.overflowed = false;
    this.scanner = null;
    this.painted.clear();
    if (this.options.shadowCss) releaseHighlightStyle(this.doc);
  }

  /** Keeps records until the next tick; a batch too large to keep becomes the set of nodes it changed. */
  private keep(records: readonly MutationRecord[]): void {
    if (this.overflowed) return;
    if (this.changed === null && this.records.length + records.length <= HUGE_BATCH) {
      for (const r of records) this.records.push(r);
      return;
    }
    const changed = (this.changed ??= new Set());
    for (const r of this.records) changed.add(r.target);
    this.records = [];
    for (const r of records) changed.add(r.target);
    if (changed.size > HUGE_BATCH) {
      this.overflowed = true;
      this.changed = null;
    }
  }

  /** Scans the whole page again (after SPA navigation). */
  rescanAll(): void {
    this.scanner?.enqueue(this.doc.body ?? this.doc.documentElement, true);
    this.schedule();
  }

  /** Re-applies the tracked set without reading the page again. */
  retrack(): void {
    this.scanner?.resolveAll();
    this.flush();
  }

  private schedule(): void {
    if (this.scheduled || !this.scanner) return;
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
    const scanner = this.scanner;
    if (!scanner) return;
    const started = this.options.onSlice ? performance.now() : 0;
    this.keep(this.observer.takeRecords());
    const { records, changed } = this;
    this.records = [];
    this.changed = null;
    if (this.overflowed) {
      this.overflowed = false;
      scanner.enqueue(this.doc.body ?? this.doc.documentElement, true);
    } else if (changed !== null) {
      scanner.enqueueChanged(changed);
    } else if (records.length > 0) {
      scanner.enqueueMutations(records);
    }
    const done = scanner.run(SLICE_MS);
    this.flush();
    this.options.onSlice?.(started, performance.now(), done);
    if (!done) this.schedule();
  }

  private flush(): void {
    if (this.scanner) this.painted.update(this.scanner.takeChanges());
  }
}

// Attributes too, only those that change how text is read: a paragraph made editable or hidden, a language switched.
const OBSERVE: MutationObserverInit = { childList: true, characterData: true, subtree: true, attributeFilter: WATCHED_ATTRIBUTES };
