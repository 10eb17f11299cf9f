/**
 * Copying a source's citation (lib/citation-text.ts, written out by
 * components/EntityDetails.tsx in the words of the card or details) to the
 * clipboard, for the card and the popup. A page can refuse the clipboard
 * (an http: page has none; a permissions policy can deny it): then the
 * status carries the text, for the surface to show selected, so the reader
 * can still copy it by hand. There is no
 * execCommand('copy') fallback on purpose: it fires a copy event that the
 * page can read and rewrite.
 */
import type { CopyStatus } from '../components/CitationList';

/** How long "Copied" stays beside the button. */
export const COPIED_FOR_MS = 2_500;

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
