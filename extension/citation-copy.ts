/**
 * Copying a source as a citation, for the card and the popup: the text in
 * the interface's language (lib/citation-text.ts), and the clipboard write.
 * A page can refuse the clipboard (an http: page has none; a permissions
 * policy can deny it): then the status carries the text, for the surface to
 * show selected, so the reader can still copy it by hand. There is no
 * execCommand('copy') fallback on purpose: it fires a copy event that the
 * page can read and rewrite.
 */
import type { CopyStatus } from '../components/CitationList';
import { formatCitation } from '../lib/citation-text';
import type { CatalogEntity } from '../lib/pack/catalog';
import type { Source } from '../lib/pack/schema';
import { citationWords, uiLang } from './labels';

/** How long "Copied" stays beside the button. */
export const COPIED_FOR_MS = 2_500;

/** The source as a citation that names the entity's pack and the day it was reviewed, in the interface's words. */
export function citationText(entity: Pick<CatalogEntity, 'packTitle' | 'reviewedOn'>, source: Source): string {
  return formatCitation(source, { title: entity.packTitle, reviewed: entity.reviewedOn }, citationWords(), uiLang());
}

/**
 * Writes the text to the clipboard (the surface's `navigator.clipboard`,
 * undefined outside secure contexts) and resolves to what to show. Call it
 * from the click itself: the clipboard takes writes only during a user
 * gesture, so nothing may be awaited before it.
 */
export function writeCitation(text: string, sourceId: string, clipboard: Clipboard | undefined): Promise<CopyStatus> {
  let written: Promise<void>;
  try {
    written = clipboard!.writeText(text);
  } catch (error) {
    written = Promise.reject(error);
  }
  return written.then(
    (): CopyStatus => ({ sourceId, copied: true }),
    (): CopyStatus => ({ sourceId, copied: false, text }),
  );
}
