/**
 * Paints mentions with the CSS Custom Highlight API: ranges in a registry,
 * styled by `::highlight(backstory-mention)` from the content script's own
 * stylesheet. The page's DOM is never touched (DESIGN.md §2.2).
 *
 * The registry is shared with the page, which can delete or replace our
 * entry; `restore()` puts it back and is called on every scan.
 */
import { positionAt } from './text-blocks';
import type { PageMention } from './page-scanner';

export const HIGHLIGHT_NAME = 'backstory-mention';

export function supportsHighlights(win: Window & typeof globalThis): boolean {
  return typeof win.Highlight === 'function' && typeof win.CSS?.highlights?.set === 'function';
}

export class HighlightPainter {
  private readonly ranges = new Map<PageMention, Range>();
  private readonly byRange = new Map<AbstractRange, PageMention>();
  private readonly highlight: Highlight | null;

  constructor(private readonly win: Window & typeof globalThis) {
    this.highlight = supportsHighlights(win) ? new win.Highlight() : null;
  }

  /** Applies a scanner's changes. */
  update(added: readonly PageMention[], removed: readonly PageMention[]): void {
    for (const m of removed) {
      const range = this.ranges.get(m);
      if (range) {
        this.highlight?.delete(range);
        this.ranges.delete(m);
        this.byRange.delete(range);
      }
    }
    for (const m of added) {
      const range = this.paint(m);
      this.highlight?.add(range);
    }
    this.restore();
  }

  /** The range painted for a mention; undefined for one not painted (gone, or never reported). */
  rangeOf(m: PageMention): Range | undefined {
    return this.ranges.get(m);
  }

  private paint(m: PageMention): Range {
    let range = this.ranges.get(m);
    if (!range) {
      const doc = m.run.nodes[0]!.ownerDocument;
      range = doc.createRange();
      const from = positionAt(m.run, m.start, false);
      const to = positionAt(m.run, m.end, true);
      range.setStart(from.node, from.offset);
      range.setEnd(to.node, to.offset);
      this.ranges.set(m, range);
      this.byRange.set(range, m);
    }
    return range;
  }

  /** The mention painted with this range, if any. */
  mentionOf(range: AbstractRange): PageMention | undefined {
    return this.byRange.get(range);
  }

  /** Every painted mention with its range. */
  entries(): IterableIterator<[PageMention, Range]> {
    return this.ranges.entries();
  }

  /** Every painted mention, in the order they were painted. */
  mentions(): IterableIterator<PageMention> {
    return this.ranges.keys();
  }

  /** The highlight object we registered, to recognise it in hit-test results. */
  get registered(): Highlight | null {
    return this.highlight;
  }

  get size(): number {
    return this.ranges.size;
  }

  /** Re-registers our highlight if the page removed or replaced it. */
  restore(): void {
    if (!this.highlight) return;
    const registry = this.win.CSS.highlights;
    if (this.ranges.size === 0) {
      if (registry.get(HIGHLIGHT_NAME) === this.highlight) registry.delete(HIGHLIGHT_NAME);
      return;
    }
    if (registry.get(HIGHLIGHT_NAME) !== this.highlight) registry.set(HIGHLIGHT_NAME, this.highlight);
  }

  clear(): void {
    this.highlight?.clear();
    this.ranges.clear();
    this.byRange.clear();
    this.restore();
  }
}
