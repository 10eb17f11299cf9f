/**
 * Taking the reader to a mention: pick the next or previous one, scroll it
 * into view and mark it briefly so the eye finds it. Used by the keyboard
 * commands and by the popup's "Jump to". The page's DOM is not touched: the
 * mark is a second highlight, `backstory-focus`, styled beside
 * `backstory-mention` in the content script's stylesheet.
 */
import { supportsHighlights } from './highlight-painter';
import type { PageMention } from './page-scanner';

export const FOCUS_HIGHLIGHT = 'backstory-focus';

export type Direction = 'next' | 'previous';

/** Two mention objects for the same place in the page (a rescan rebuilds them). */
export function sameMention(a: PageMention, b: PageMention): boolean {
  return a === b || (a.run.nodes[0] === b.run.nodes[0] && a.start === b.start && a.end === b.end && a.entityId === b.entityId);
}

/**
 * The mention after (or before) `current` in reading order, wrapping round.
 * Without a current one, the first mention at or below the top of the
 * viewport (or the last one above its bottom) so that the reader starts from
 * what they are looking at.
 */
export function adjacentMention(
  mentions: readonly PageMention[],
  current: PageMention | null,
  direction: Direction,
  viewport: { rectOf: (m: PageMention) => DOMRect; height: number },
): PageMention | undefined {
  if (mentions.length === 0) return undefined;
  const step = direction === 'next' ? 1 : -1;
  const at = current ? mentions.findIndex((m) => sameMention(m, current)) : -1;
  if (at >= 0) return mentions[(at + step + mentions.length) % mentions.length];
  if (direction === 'next') {
    return mentions.find((m) => viewport.rectOf(m).top >= 0) ?? mentions[0];
  }
  return [...mentions].reverse().find((m) => viewport.rectOf(m).bottom <= viewport.height) ?? mentions[mentions.length - 1];
}

/** Scrolls the range to the middle of the viewport unless it is already fully in view. */
export function scrollRangeIntoView(win: Window, range: Range): void {
  const inView = (r: DOMRect) => r.top >= 0 && r.bottom <= win.innerHeight && r.left >= 0 && r.right <= win.innerWidth;
  if (inView(range.getBoundingClientRect())) return;
  const node = range.startContainer;
  const el = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  // The element first, so that scrolling boxes between it and the page move too…
  el?.scrollIntoView({ block: 'nearest', inline: 'nearest', behavior: 'instant' });
  // …then the range itself, which may sit deep inside a block taller than the viewport.
  const rect = range.getBoundingClientRect();
  if (!inView(rect)) win.scrollBy({ top: rect.top + rect.height / 2 - win.innerHeight / 2, behavior: 'instant' });
}

/**
 * Marks the range with the focus highlight for a moment. Returns a function
 * that removes the mark early; a later mark replaces an earlier one.
 */
export function emphasizeRange(win: Window & typeof globalThis, range: Range, durationMs = 1500): () => void {
  if (!supportsHighlights(win)) return () => {};
  const highlight = new win.Highlight(range);
  // Above `backstory-mention`, so the mark shows where the two overlap.
  highlight.priority = 1;
  const registry = win.CSS.highlights;
  registry.set(FOCUS_HIGHLIGHT, highlight);
  const clear = () => {
    win.clearTimeout(timer);
    if (registry.get(FOCUS_HIGHLIGHT) === highlight) registry.delete(FOCUS_HIGHLIGHT);
  };
  const timer = win.setTimeout(clear, durationMs);
  return clear;
}
