/**
 * Going to a mention, for the keyboard commands and the popup's "Jump to"
 * alike: the next or previous one in reading order (of every entity, or of
 * one), revealed on the page. Each walk remembers where it last went, so
 * that the next step continues from there even after the card has closed.
 */
import { adjacentMention, type Direction } from './mention-focus';
import type { PageMentions } from './page-mentions';
import type { PageMention } from './page-scanner';

export interface Walk {
  /** Only this entity's mentions; all of them without it. */
  entityId?: string;
  /** Where to step from (the mention whose card is shown), instead of where this walk last went. */
  from?: PageMention | null;
}

/** Reveals the mention after (or before) the walk's current one and returns it; undefined when there is none. */
export type Navigate = (direction: Direction, walk?: Walk) => PageMention | undefined;

export function mentionNavigator(win: Window, page: PageMentions): Navigate {
  /** The mention each walk last went to, by entity id ('' for every entity). */
  const last = new Map<string, PageMention>();
  return (direction, walk = {}) => {
    const key = walk.entityId ?? '';
    const all = page.inOrder();
    const mentions = walk.entityId === undefined ? all : all.filter((m) => m.entityId === walk.entityId);
    const target = adjacentMention(mentions, walk.from ?? last.get(key) ?? null, direction, {
      // Every mention listed is painted, so it has a range.
      rectOf: (m) => page.rangeOf(m)!.getBoundingClientRect(),
      height: win.innerHeight,
    });
    if (!target) return undefined;
    last.set(key, target);
    page.reveal(target);
    return target;
  };
}
