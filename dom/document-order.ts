/** Sorting mentions as a reader meets them. */
import type { PageMention } from './page-scanner';

const FOLLOWING = 4;
const PRECEDING = 2;

export function compareMentions(a: PageMention, b: PageMention): number {
  const na = a.run.nodes[0]!;
  const nb = b.run.nodes[0]!;
  if (na === nb) return a.start - b.start;
  if (a.run === b.run) return a.start - b.start;
  const position = na.compareDocumentPosition(nb);
  if (position & FOLLOWING) return -1;
  if (position & PRECEDING) return 1;
  // Different trees (a shadow root and its host's document): keep a stable order.
  return 0;
}

export function inDocumentOrder(mentions: readonly PageMention[]): PageMention[] {
  return [...mentions].sort(compareMentions);
}
