// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FOCUS_HIGHLIGHT } from '../../dom/mention-focus';
import { paintedMentions, type PaintedMentions } from '../../dom/page-mentions';
import type { PageMention, ScannerChanges } from '../../dom/page-scanner';

/**
 * happy-dom has no CSS Custom Highlight API: a stand-in registry whose
 * highlightsFromPoint answers with the ranges `hits` holds and records the
 * shadow roots it was asked to look into.
 */
class FakeHighlight extends Set<AbstractRange> {
  priority = 0;
  constructor(...ranges: AbstractRange[]) {
    super(ranges);
  }
}
let hits: AbstractRange[];
let askedRoots: ShadowRoot[][];
const registry = Object.assign(new Map<string, FakeHighlight>(), {
  highlightsFromPoint(_x: number, _y: number, options?: { shadowRoots?: ShadowRoot[] }) {
    askedRoots.push(options?.shadowRoots ?? []);
    const ours = registry.get('backstory-mention');
    return ours && hits.length > 0 ? [{ highlight: ours, ranges: hits }] : [];
  },
});
const win = window as unknown as Window & typeof globalThis;

/** A paragraph (in the document, or in an open shadow root) and a mention of each given slice of its text. */
function paragraph(text: string, slices: [number, number][], where: ParentNode = document.body): PageMention[] {
  const p = document.createElement('p');
  p.textContent = text;
  where.append(p);
  const node = p.firstChild as Text;
  const run = { container: p, text, nodes: [node], starts: [0] };
  return slices.map(([start, end]) => ({ entityId: text.slice(start, end).toLowerCase().replace(/ /g, '-'), run, start, end }));
}

let page: PaintedMentions;
let seen: ScannerChanges[];

beforeEach(() => {
  Object.defineProperty(window, 'Highlight', { value: FakeHighlight, configurable: true });
  Object.defineProperty(window, 'CSS', { value: { highlights: registry }, configurable: true });
  registry.clear();
  hits = [];
  askedRoots = [];
  page = paintedMentions(win);
  seen = [];
  page.onChange((changes) => seen.push(changes));
});
afterEach(() => {
  document.body.replaceChildren();
});

describe('paintedMentions', () => {
  it('lists the mentions in reading order, whatever order they were reported in', () => {
    const [first, second] = paragraph('Finn Lau met Wang Jingyu.', [[0, 8], [13, 24]]);
    const [later] = paragraph('Then Peter Dahlin spoke.', [[5, 17]]);
    page.update({ added: [later!, second!, first!], removed: [] });
    expect(page.inOrder()).toEqual([first, second, later]);
  });

  it('sorts once per change, not on every call', () => {
    const [a, b] = paragraph('Finn Lau met Wang Jingyu.', [[0, 8], [13, 24]]);
    page.update({ added: [b!], removed: [] });
    const once = page.inOrder();
    expect(page.inOrder()).toBe(once);
    page.update({ added: [], removed: [] });
    expect(page.inOrder()).toBe(once);
    page.update({ added: [a!], removed: [] });
    expect(page.inOrder()).not.toBe(once);
    expect(page.inOrder()).toEqual([a, b]);
  });

  it('gives the painted range of a mention on the page, and none once it is gone', () => {
    const [m] = paragraph('Finn Lau spoke.', [[0, 8]]);
    expect(page.rangeOf(m!)).toBeUndefined();
    page.update({ added: [m!], removed: [] });
    expect(page.rangeOf(m!)!.toString()).toBe('Finn Lau');
    page.update({ added: [], removed: [m!] });
    expect(page.rangeOf(m!)).toBeUndefined();
  });

  it('tells its listeners what came and went, and nothing when nothing did', () => {
    const [a, b] = paragraph('Finn Lau met Wang Jingyu.', [[0, 8], [13, 24]]);
    page.update({ added: [a!, b!], removed: [] });
    page.update({ added: [], removed: [] });
    page.update({ added: [], removed: [a!] });
    expect(seen).toEqual([
      { added: [a, b], removed: [] },
      { added: [], removed: [a] },
    ]);
  });

  it('stops telling a listener that unsubscribed', () => {
    const late: ScannerChanges[] = [];
    const unsubscribe = page.onChange((changes) => late.push(changes));
    unsubscribe();
    page.update({ added: paragraph('Finn Lau spoke.', [[0, 8]]), removed: [] });
    expect(late).toEqual([]);
  });

  it('empties on clear, telling its listeners every mention went, and takes its highlight out of the registry', () => {
    const [a, b] = paragraph('Finn Lau met Wang Jingyu.', [[0, 8], [13, 24]]);
    page.update({ added: [a!, b!], removed: [] });
    expect(registry.get('backstory-mention')?.size).toBe(2);
    page.clear();
    expect(page.inOrder()).toEqual([]);
    expect(seen[1]).toEqual({ added: [], removed: [a, b] });
    expect(registry.has('backstory-mention')).toBe(false);
    page.clear();
    expect(seen).toHaveLength(2);
  });

  it('finds the mention under a point, looking into the shadow roots that hold mentions', () => {
    const host = document.createElement('div');
    document.body.append(host);
    const shadow = host.attachShadow({ mode: 'open' });
    const [outside] = paragraph('Finn Lau spoke.', [[0, 8]]);
    const [inside] = paragraph('Wang Jingyu answered.', [[0, 11]], shadow);
    expect(page.at(1, 1)).toBeUndefined();
    page.update({ added: [outside!, inside!], removed: [] });
    hits = [page.rangeOf(inside!)!];
    expect(page.at(1, 1)).toBe(inside);
    expect(askedRoots).toEqual([[shadow]]);
    page.update({ added: [], removed: [inside!] });
    hits = [];
    expect(page.at(1, 1)).toBeUndefined();
    expect(askedRoots[1]).toEqual([]);
  });

  it('reveals a mention with the focus mark, one mark at a time, and not a mention that is gone', () => {
    vi.useFakeTimers();
    try {
      const [a, b] = paragraph('Finn Lau met Wang Jingyu.', [[0, 8], [13, 24]]);
      page.update({ added: [a!, b!], removed: [] });
      page.reveal(a!);
      page.reveal(b!);
      expect([...registry.get(FOCUS_HIGHLIGHT)!].map(String)).toEqual(['Wang Jingyu']);
      vi.advanceTimersByTime(2_000);
      expect(registry.has(FOCUS_HIGHLIGHT)).toBe(false);
      page.update({ added: [], removed: [a!] });
      page.reveal(a!);
      expect(registry.has(FOCUS_HIGHLIGHT)).toBe(false);
    } finally {
      vi.useRealTimers();
    }
  });
});
