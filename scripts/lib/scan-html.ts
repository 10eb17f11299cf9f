/** The content script's scanner over an HTML string, with linkedom standing in for the browser's DOM. */
import { parseHTML } from 'linkedom';
import { inDocumentOrder } from '../../dom/document-order';
import { PageScanner, mentionText } from '../../dom/page-scanner';
import type { Matcher } from '../../lib/match/matcher';

export interface ScannedMention {
  entity: string;
  text: string;
}

export function scanHtml(html: string, matcher: Matcher, isTracked: (id: string) => boolean = () => true): ScannedMention[] {
  const { document } = parseHTML(html);
  const scanner = new PageScanner(matcher, { isTracked, now: () => 0 });
  // linkedom's document.body can name a detached element on malformed pages; ask the tree instead.
  const root = document.querySelector('body') ?? document.documentElement;
  if (!root) return [];
  scanner.enqueue(root, true);
  scanner.run();
  return inDocumentOrder(scanner.mentions()).map((m) => ({ entity: m.entityId, text: mentionText(m) }));
}
