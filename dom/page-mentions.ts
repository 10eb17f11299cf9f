/**
 * The page's mentions as the features see them: the hover card, keyboard
 * stepping and the popup's requests use this and nothing else of the page.
 * The watcher owns it (dom/page-watcher.ts) and is the only one to change it;
 * while the watcher is stopped it is empty.
 */
import { compareMentions } from './document-order';
import { HighlightPainter } from './highlight-painter';
import { mentionAtPoint } from './hit-test';
import { emphasizeRange, scrollRangeIntoView } from './mention-focus';
import type { PageMention, ScannerChanges } from './page-scanner';

export interface PageMentions {
  /** Every mention in reading order. Sorted when first asked after a change, not on every change or call. */
  inOrder(): readonly PageMention[];
  /** The painted range of a mention on the page now; undefined for one that is gone. */
  rangeOf(mention: PageMention): Range | undefined;
  /** The mention under a point in the viewport, in the document or in an open shadow root. */
  at(x: number, y: number): PageMention | undefined;
  /** Takes the reader to a mention: scrolls it into view and marks it for a moment. */
  reveal(mention: PageMention): void;
  /** Called after every change, with the mentions that came and went; returns the unsubscribe function. */
  onChange(listener: (changes: ScannerChanges) => void): () => void;
}

/** The watcher's side: it paints what the scanner reports and keeps what the features ask for. */
export interface PaintedMentions extends PageMentions {
  /** Applies the scanner's changes; restores our highlight even when nothing changed (the page may have deleted it). */
  update(changes: ScannerChanges): void;
  /** Forgets every mention (the watcher stopped), telling the listeners they are gone. */
  clear(): void;
}

// Closures rather than a class: the content script's size budget (DESIGN.md §5) counts every property name.
export function paintedMentions(win: Window & typeof globalThis): PaintedMentions {
  const painter = new HighlightPainter(win);
  let ordered: PageMention[] | null = [];
  /** Mentions per open shadow root, for hit-testing inside them; counted as mentions come and go. */
  const perRoot = new Map<ShadowRoot, number>();
  let shadowRoots: ShadowRoot[] = [];
  const listeners = new Set<(changes: ScannerChanges) => void>();
  let clearMark = () => {};

  /** Counts a mention in or out of its shadow root's tally; true if it is in a shadow root. */
  const countRoot = (m: PageMention, delta: 1 | -1): boolean => {
    const root = m.run.nodes[0]?.getRootNode();
    if (!(root instanceof win.ShadowRoot)) return false;
    const n = (perRoot.get(root) ?? 0) + delta;
    if (n > 0) perRoot.set(root, n);
    else perRoot.delete(root);
    return true;
  };
  const tell = (changes: ScannerChanges) => {
    for (const listener of listeners) listener(changes);
  };

  return {
    update(changes) {
      const { added, removed } = changes;
      painter.update(added, removed);
      if (added.length === 0 && removed.length === 0) return;
      ordered = null;
      let roots = false;
      for (const m of removed) roots = countRoot(m, -1) || roots;
      for (const m of added) roots = countRoot(m, 1) || roots;
      if (roots) shadowRoots = [...perRoot.keys()];
      tell(changes);
    },
    clear() {
      const gone = [...painter.mentions()];
      clearMark();
      painter.clear();
      perRoot.clear();
      shadowRoots = [];
      ordered = [];
      if (gone.length > 0) tell({ added: [], removed: gone });
    },
    inOrder: () => (ordered ??= [...painter.mentions()].sort(compareMentions)),
    rangeOf: (mention) => painter.rangeOf(mention),
    at: (x, y) => (painter.size === 0 ? undefined : mentionAtPoint(win, painter, x, y, shadowRoots)),
    reveal(mention) {
      const range = painter.rangeOf(mention);
      if (!range) return;
      scrollRangeIntoView(win, range);
      clearMark();
      clearMark = emphasizeRange(win, range);
    },
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
