/**
 * Going to a mention on request, written once for both ways of asking: the
 * keyboard commands step to the next or previous mention and open its card
 * with focus; the popup's "Jump to" goes to the next mention of one entity.
 * Also answers the popup's ping, so manual mode never injects us twice, and
 * its question about the language of the page's mentions.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { documentLanguageHints, mentionLanguageHints } from '../../dom/mention-language';
import { mentionNavigator } from '../../dom/mention-navigator';
import type { PageMentions } from '../../dom/page-mentions';
import { onFocusMention } from '../../extension/mention-commands';
import { onPopupRequest } from '../../extension/popup-requests';
import type { HoverCard } from './hover-card';

export function startNavigation(ctx: ContentScriptContext, page: PageMentions, card: HoverCard): void {
  const go = mentionNavigator(window, page);
  ctx.onInvalidated(
    onFocusMention((direction) => {
      // From the card shown, if any (the reader may have hovered elsewhere), else from the last step.
      const target = go(direction, { from: card.shown() });
      if (target) card.focus(target);
    }),
  );
  ctx.onInvalidated(
    onPopupRequest({
      jump: (entityId) => go('next', { entityId }) !== undefined,
      languages() {
        const mentions = page.inOrder();
        const entities: Record<string, ReturnType<typeof mentionLanguageHints>> = {};
        for (const m of mentions) entities[m.entityId] ??= mentionLanguageHints(m);
        return { page: documentLanguageHints(document, mentions[0]), entities };
      },
    }),
  );
}
