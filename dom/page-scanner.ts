/**
 * The page's mentions, kept per container and updated incrementally.
 *
 * Work is a queue of containers; each is scanned on its own (its direct runs
 * only), so a caller can stop between two containers when a time slice is
 * used up. Nested blocks are queued when first seen, or always when they
 * arrive inside added content (`force`).
 */
import type { Candidate, Matcher } from '../lib/match/matcher';
import { collectRuns, containerOf, isBlockElement, isInSkippedSubtree, languageOf, type CollectCursor, type CollectOptions, type Container, type TextRun } from './text-blocks';

export interface PageMention {
  entityId: string;
  run: TextRun;
  /** Offsets in `run.text`. */
  start: number;
  end: number;
}

interface RunScan {
  run: TextRun;
  candidates: Candidate[];
}

interface Entry {
  container: Container;
  runs: RunScan[];
  /** Context terms in the container's text. */
  terms: number[];
  /** Entity terms: entities a full alias of which counts in the container (what short forms need). */
  found: number[];
  mentions: PageMention[];
}

export interface ScannerChanges {
  added: PageMention[];
  removed: PageMention[];
}

export interface PageScannerOptions {
  isTracked: (entityId: string) => boolean;
  /** Told of every open shadow root found, so it can be observed and styled. */
  onShadowRoot?: (root: ShadowRoot) => void;
  now?: () => number;
}

const ELEMENT_NODE = 1;
/** Passes of resolving again after terms changed, at most: two settle, a third would mean a loop. */
const MAX_PASSES = 3;

export class PageScanner {
  private readonly entries = new Map<Container, Entry>();
  private readonly visited = new WeakSet<Container>();
  /**
   * Containers waiting, in order, from `head` on; `queued` says whether each is forced. Not a Map
   * used as a queue: taking a Map's first entry again and again walks over every entry deleted
   * before it (V8 leaves holes until the table shrinks), quadratic on a page of 100,000 blocks.
   */
  private queue: Container[] = [];
  private head = 0;
  private readonly queued = new Map<Container, boolean>();
  private readonly termCounts: Int32Array;
  private termsChanged = false;
  /**
   * Entries to resolve again because terms on the page changed, worked through in slices like the
   * container queue (a page may hold thousands); null when no pass is under way.
   */
  private stale: Entry[] | null = null;
  private staleHead = 0;
  private passes = 0;
  /** Changes not yet taken. A mention added and removed again before being taken is neither. */
  private added = new Set<PageMention>();
  private removed: PageMention[] = [];
  private readonly now: () => number;

  constructor(
    private readonly matcher: Matcher,
    private readonly options: PageScannerOptions,
  ) {
    this.termCounts = new Int32Array(matcher.termCount);
    this.now = options.now ?? (() => performance.now());
  }

  get pending(): boolean {
    return this.queued.size > 0 || this.scanning.container !== null || this.termsChanged || this.stale !== null;
  }

  /** Queues a container. `force` rescans every nested block too, even ones seen before. */
  enqueue(container: Container, force = false): void {
    const was = this.queued.get(container);
    if (was === undefined) this.queue.push(container);
    if (was !== true) this.queued.set(container, force);
  }

  /**
   * Queues the work implied by a batch of mutation records: text and child
   * lists, and the attributes that change how a subtree is read
   * (WATCHED_ATTRIBUTES, which the observer must watch).
   */
  enqueueMutations(records: readonly MutationRecord[]): void {
    let removals = false;
    let skipped = false;
    for (const record of records) {
      const target = record.target;
      if (record.type === 'attributes') {
        // An element became editable or hidden (its text must go), stopped being so (it must come), or changed language.
        const el = target as Element;
        const container = containerOf(el);
        if (!isInSkippedSubtree(el)) {
          this.enqueue(container, true);
        } else {
          skipped = true;
          // An inline element's text was part of its container's runs.
          if (container !== el && !isInSkippedSubtree(container)) this.enqueue(container);
        }
        continue;
      }
      if (isInSkippedSubtree(target)) continue;
      if (record.type === 'characterData') {
        this.enqueue(containerOf(target));
        continue;
      }
      if (record.type !== 'childList') continue;
      let touchesRuns = record.removedNodes.length > 0;
      if (touchesRuns) removals = true;
      for (const node of record.addedNodes) {
        if (node.nodeType === ELEMENT_NODE && isBlockElement(node as Element)) this.enqueue(node as Element, true);
        else touchesRuns = true;
      }
      if (touchesRuns) this.enqueue(containerOf(target));
    }
    if (removals) this.dropDisconnected();
    if (skipped) this.dropSkipped();
  }

  /**
   * Queues the work implied by a batch too large to keep record by record: the nodes the records
   * were about, each read again with all it holds, and what left the page or became skipped dropped.
   * A page that appends thousands of paragraphs to one section costs what it appended.
   */
  enqueueChanged(targets: Iterable<Node>): void {
    for (const target of targets) {
      if (!target.isConnected) continue;
      // The container, not the node: an inline element that became hidden leaves its block's text.
      const container = containerOf(target);
      if (container.isConnected && !isInSkippedSubtree(container)) this.enqueue(container, true);
    }
    this.dropDisconnected();
    this.dropSkipped();
  }

  /** Scans queued containers until the queue is empty or `budgetMs` has passed. Returns true when done. */
  run(budgetMs = Infinity): boolean {
    const deadline = (this.deadline = this.now() + budgetMs);
    // A container paused in the last slice goes on first.
    let paused = this.scanning.container !== null && !this.scanContainer(null, false);
    while (!paused && this.head < this.queue.length) {
      const container = this.queue[this.head++]!;
      const force = this.queued.get(container) === true;
      this.queued.delete(container);
      paused = !this.scanContainer(container, force);
      if (this.now() >= deadline) break;
    }
    if (this.head === this.queue.length) {
      this.queue = [];
      this.head = 0;
    } else if (this.head > 1024 && this.head * 2 > this.queue.length) {
      this.queue = this.queue.slice(this.head);
      this.head = 0;
    }
    if (paused) return false;
    if (this.queued.size === 0 && this.now() < deadline) this.resolveStale(deadline);
    return this.queued.size === 0 && this.stale === null && !this.termsChanged;
  }

  /** Re-applies the tracked set (and context) to what was already scanned, all at once; no text is read again. */
  resolveAll(): void {
    this.stale = null;
    this.passes = 0;
    this.termsChanged = true;
    this.resolveStale(Infinity);
  }

  /**
   * Resolves again, until `deadline`, the entries whose mentions may depend on terms that came or
   * went. Only entries with candidates can change. Full names found decide where short forms count
   * and never depend on them, so a second pass settles; MAX_PASSES only guards against a loop.
   */
  private resolveStale(deadline: number): void {
    for (;;) {
      if (this.stale === null) {
        if (!this.termsChanged || this.passes >= MAX_PASSES) {
          this.termsChanged = false;
          this.passes = 0;
          return;
        }
        this.termsChanged = false;
        this.passes++;
        this.stale = [];
        for (const entry of this.entries.values()) if (entry.runs.length > 0) this.stale.push(entry);
        this.staleHead = 0;
      }
      while (this.staleHead < this.stale.length) {
        const entry = this.stale[this.staleHead++]!;
        // Rescanned or dropped since the pass began: its new entry was resolved then.
        if (this.entries.get(entry.container) === entry) this.resolve(entry);
        if (this.now() >= deadline) {
          if (this.staleHead === this.stale.length) this.stale = null;
          return;
        }
      }
      this.stale = null;
    }
  }

  /** Changes since the last call. */
  takeChanges(): ScannerChanges {
    const changes = { added: [...this.added], removed: this.removed };
    this.added = new Set();
    this.removed = [];
    return changes;
  }

  private remove(mentions: readonly PageMention[]): void {
    for (const m of mentions) {
      if (!this.added.delete(m)) this.removed.push(m);
    }
  }

  mentions(): PageMention[] {
    const all: PageMention[] = [];
    for (const entry of this.entries.values()) for (const m of entry.mentions) all.push(m);
    return all;
  }

  /** Forgets everything (for example when the extension is turned off on this page). */
  clear(): void {
    for (const entry of this.entries.values()) this.remove(entry.mentions);
    this.entries.clear();
    this.queue = [];
    this.head = 0;
    this.queued.clear();
    this.termCounts.fill(0);
    this.termsChanged = false;
    this.stale = null;
    this.passes = 0;
    this.scanning.container = null;
    this.scanning.cursor = null;
  }

  /**
   * The container being scanned, what it has yielded so far (null: nothing), its language once
   * asked, and where its walk goes on when it paused at the end of a slice.
   */
  private readonly scanning: {
    container: Container | null;
    force: boolean;
    runs: RunScan[] | null;
    terms: Set<number> | null;
    lang: string | null;
    cursor: CollectCursor | null;
  } = { container: null, force: false, runs: null, terms: null, lang: null, cursor: null };
  /** When the current slice ends. */
  private deadline = Infinity;

  /** The language of the container being scanned: read from the DOM only when an alias limited to some languages is found. */
  private readonly blockLanguage = (): string => (this.scanning.lang ??= languageOf(this.scanning.container!));

  /** collectRuns' callbacks, made once: a page has thousands of containers, each one allocation less to collect. */
  private readonly collect: CollectOptions = {
    wants: (text) => this.matcher.mayMatch(text),
    onRun: (run) => {
      const scan = this.matcher.scanBlock(run.text, this.blockLanguage);
      if (scan.terms) for (const t of scan.terms) (this.scanning.terms ??= new Set()).add(t);
      if (scan.candidates.length > 0) (this.scanning.runs ??= []).push({ run, candidates: scan.candidates });
    },
    onNestedBlock: (block) => {
      const { force } = this.scanning;
      if (force || !this.visited.has(block)) this.enqueue(block, force);
    },
    onShadowRoot: (root) => {
      const { force } = this.scanning;
      if (force || !this.visited.has(root)) {
        this.options.onShadowRoot?.(root);
        this.enqueue(root, force);
      }
    },
    shouldPause: () => this.now() >= this.deadline,
  };

  /**
   * Scans a container's own runs, or goes on with the one paused (`container` null). Returns false
   * when it paused at the deadline, its results not yet applied.
   */
  private scanContainer(container: Container | null, force: boolean): boolean {
    const scanning = this.scanning;
    let cursor: CollectCursor | null = null;
    if (container === null) {
      container = scanning.container!;
      cursor = scanning.cursor;
      // Moved out of the container meanwhile: the change queued the container again, and a paused
      // walk from there could wander off; read it from the start.
      if (!container.contains(cursor!.next)) return this.scanContainer(container, scanning.force);
    } else {
      scanning.container = container;
      scanning.force = force;
      scanning.runs = null;
      scanning.terms = null;
      scanning.lang = null;
    }
    scanning.cursor = null;
    const old = this.entries.get(container);
    if (!container.isConnected) {
      scanning.container = null;
      if (old) this.drop(container, old);
      return true;
    }
    this.visited.add(container);
    scanning.cursor = collectRuns(container, this.collect, cursor ?? undefined);
    if (scanning.cursor !== null) return false;
    scanning.container = null;
    const { runs, terms } = scanning;
    if (old) this.countTerms(old.terms, -1);
    if (runs === null && terms === null) {
      if (old) {
        this.countTerms(old.found, -1);
        this.remove(old.mentions);
        this.entries.delete(container);
      }
      return true;
    }
    const entry: Entry = { container, runs: runs ?? [], terms: terms ? [...terms] : [], found: old?.found ?? [], mentions: old?.mentions ?? [] };
    this.countTerms(entry.terms, 1);
    this.entries.set(container, entry);
    this.resolve(entry);
    return true;
  }

  private readonly pageHas = (t: number): boolean => this.termCounts[t]! > 0;

  private resolve(entry: Entry): void {
    this.remove(entry.mentions);
    const { isTracked } = this.options;
    const { terms } = entry;
    if (this.matcher.hasShortForms) this.updateFound(entry);
    const { found } = entry;
    const blockHas = (t: number) => terms.includes(t) || found.includes(t);
    const mentions: PageMention[] = [];
    for (const { run, candidates } of entry.runs) {
      for (const m of this.matcher.resolveMentions(candidates, isTracked, this.pageHas, blockHas)) {
        mentions.push({ entityId: m.entityId, run, start: m.start, end: m.end });
      }
    }
    entry.mentions = mentions;
    for (const m of mentions) this.added.add(m);
  }

  /** Recounts the entities whose full names count in the container; a short form elsewhere may follow. */
  private updateFound(entry: Entry): void {
    const { terms } = entry;
    const blockHas = (t: number) => terms.includes(t);
    const found: number[] = [];
    for (const { candidates } of entry.runs) {
      for (const t of this.matcher.foundEntities(candidates, this.options.isTracked, this.pageHas, blockHas)) {
        if (!found.includes(t)) found.push(t);
      }
    }
    // Count only what changed: taking all away and adding all back would look like a change every time.
    this.countTerms(entry.found.filter((t) => !found.includes(t)), -1);
    this.countTerms(found.filter((t) => !entry.found.includes(t)), 1);
    entry.found = found;
  }

  private countTerms(terms: readonly number[], delta: 1 | -1): void {
    for (const t of terms) {
      const before = this.termCounts[t]!;
      this.termCounts[t] = before + delta;
      // A term appearing or vanishing from the page changes which aliases count everywhere.
      if ((before === 0) !== (before + delta === 0)) this.termsChanged = true;
    }
  }

  private drop(container: Container, entry: Entry): void {
    this.countTerms(entry.terms, -1);
    this.countTerms(entry.found, -1);
    this.remove(entry.mentions);
    this.entries.delete(container);
    this.visited.delete(container);
  }

  private dropDisconnected(): void {
    for (const [container, entry] of this.entries) if (!container.isConnected) this.drop(container, entry);
  }

  /** Forgets containers now inside a skipped subtree (only containers holding mentions or terms have entries). */
  private dropSkipped(): void {
    for (const [container, entry] of this.entries) if (isInSkippedSubtree(container)) this.drop(container, entry);
  }
}

export function mentionText(m: PageMention): string {
  return m.run.text.slice(m.start, m.end);
}
