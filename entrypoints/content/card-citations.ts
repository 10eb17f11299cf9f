/**
 * The card's copy buttons. The content script writes the clipboard in the
 * click itself, which is what makes the write a user gesture; "Copied" then
 * shows for a moment, and a refused write (an http: page, a page whose
 * permissions policy denies the clipboard) leaves the citation selected in
 * the card to copy by hand (extension/citation-copy.ts). The citation comes
 * written out in the card's words (components/EntityDetails.tsx), so nothing
 * here knows a language.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { CopyStatus } from '../../components/CitationList';
import { COPIED_FOR_MS, writeCitation } from '../../extension/citation-copy';

export function cardCitations(ctx: ContentScriptContext, redraw: () => void) {
  let shown: { entityId: string; status: CopyStatus } | null = null;
  let timer: number | undefined;
  // A copy still being written when the card closes or copies again must not show its status later.
  let generation = 0;
  const clear = () => {
    generation++;
    clearTimeout(timer);
    shown = null;
  };
  return {
    copy(entityId: string, sourceId: string, citation: string): void {
      clear();
      const mine = generation;
      void writeCitation(citation, sourceId, navigator.clipboard).then((status) => {
        if (mine !== generation || ctx.isInvalid) return;
        shown = { entityId, status };
        if (status.copied) {
          timer = ctx.setTimeout(() => {
            shown = null;
            redraw();
          }, COPIED_FOR_MS);
        }
        redraw();
      });
    },
    statusFor: (entityId: string): CopyStatus | null => (shown?.entityId === entityId ? shown.status : null),
    clear,
  };
}
