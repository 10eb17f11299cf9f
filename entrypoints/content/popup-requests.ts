/**
 * The popup's "Jump to": scrolls the page to the next mention of an entity,
 * cycling through them in reading order, and marks it for a moment. Also
 * answers the popup's ping, so manual mode never injects us twice.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { adjacentMention, emphasizeRange, scrollRangeIntoView } from '../../dom/mention-focus';
import type { PageMention } from '../../dom/page-scanner';
import { onPopupRequest } from '../../extension/popup-requests';
import type { PageSession } from './highlighting';

export function startPopupRequests(ctx: ContentScriptContext, session: PageSession): void {
  /** The mention each entity last jumped to, so the next jump continues after it. */
  const last = new Map<string, PageMention>();
  let clearMark = () => {};

  const jump = (entityId: string): boolean => {
    const painter = session.painter();
    const mentions = session.mentions().filter((m) => m.entityId === entityId);
    if (!painter || mentions.length === 0) return false;
    const target = adjacentMention(mentions, last.get(entityId) ?? null, 'next', {
      rectOf: (m) => painter.rangeOf(m).getBoundingClientRect(),
      height: window.innerHeight,
    });
    if (!target) return false;
    last.set(entityId, target);
    const range = painter.rangeOf(target);
    scrollRangeIntoView(window, range);
    clearMark();
    clearMark = emphasizeRange(window, range);
    return true;
  };

  const stop = onPopupRequest({ jump });
  ctx.onInvalidated(() => {
    stop();
    clearMark();
  });
}
