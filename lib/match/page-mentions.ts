/**
 * The mentions of a page given as plain blocks of text, with every rule the
 * content script applies (dom/page-scanner.ts does the same incrementally
 * over a live DOM): context in the block and on the page, short forms after
 * a full name, languages. For tests and tools that have text, not a DOM.
 */
import type { BlockLanguage, Matcher, Mention } from './matcher';

export interface TextBlock {
  text: string;
  /** The block's language (its nearest `lang`); unknown when omitted, and then its script decides. */
  lang?: BlockLanguage;
}

/** Mentions per block, in block order and, within a block, in text order. */
export function pageMentions(
  matcher: Matcher,
  blocks: readonly (string | TextBlock)[],
  isTracked: (entityId: string) => boolean = () => true,
): Mention[][] {
  const scans = blocks.map((b) => (typeof b === 'string' ? matcher.scanBlock(b) : matcher.scanBlock(b.text, b.lang)));
  const counts = new Int32Array(matcher.termCount);
  for (const scan of scans) for (const t of scan.terms ?? []) counts[t]!++;
  const pageHas = (t: number) => counts[t]! > 0;
  const blockTerms = scans.map((scan) => new Set(scan.terms ?? []));
  // Full names found anywhere are page terms for short forms; they never depend on short forms.
  for (const [i, scan] of scans.entries()) {
    const terms = blockTerms[i]!;
    for (const t of matcher.foundEntities(scan.candidates, isTracked, pageHas, (x) => terms.has(x))) {
      terms.add(t);
      counts[t]!++;
    }
  }
  return scans.map((scan, i) => matcher.resolveMentions(scan.candidates, isTracked, pageHas, (t) => blockTerms[i]!.has(t)));
}
