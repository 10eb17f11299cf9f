/**
 * Which mention lies under a point (DESIGN.md §2.2), for the hover card.
 * Uses `CSS.highlights.highlightsFromPoint()` where the browser has it, else
 * the caret position at the point, confirmed against the range's boxes (a
 * caret snaps to the nearest character even in the margin beside a line).
 */
import type { HighlightPainter } from './highlight-painter';
import type { PageMention } from './page-scanner';

interface HitResult {
  highlight: Highlight;
  ranges?: AbstractRange[];
}

type Registry = HighlightRegistry & {
  highlightsFromPoint?: (x: number, y: number, options?: { shadowRoots?: ShadowRoot[] }) => HitResult[];
};

function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  const d = doc as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
  };
  if (typeof d.caretPositionFromPoint === 'function') {
    const p = d.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  if (typeof d.caretRangeFromPoint === 'function') {
    const r = d.caretRangeFromPoint(x, y);
    return r ? { node: r.startContainer, offset: r.startOffset } : null;
  }
  return null;
}

function boxesContain(range: Range, x: number, y: number): boolean {
  for (const rect of range.getClientRects()) {
    if (x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom) return true;
  }
  return false;
}

export function mentionAtPoint(
  win: Window & typeof globalThis,
  painter: HighlightPainter,
  x: number,
  y: number,
  shadowRoots: ShadowRoot[] = [],
): PageMention | undefined {
  const registry = win.CSS?.highlights as Registry | undefined;
  const ours = painter.registered;
  if (registry && ours && typeof registry.highlightsFromPoint === 'function') {
    const hits = registry.highlightsFromPoint(x, y, { shadowRoots });
    const hit = hits.find((h) => h.highlight === ours);
    if (!hit) return undefined;
    if (hit.ranges) {
      for (const range of hit.ranges) {
        const m = painter.mentionOf(range);
        if (m) return m;
      }
      return undefined;
    }
    // An older shape that names the highlight but not the range: find it below.
  }
  const caret = caretAt(win.document, x, y);
  for (const [m, range] of painter.entries()) {
    if (caret && range.startContainer.getRootNode() === caret.node.getRootNode() && !range.isPointInRange(caret.node, caret.offset)) continue;
    if (boxesContain(range, x, y)) return m;
  }
  return undefined;
}
