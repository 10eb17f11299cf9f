/**
 * Where the hover card sits: beside its mention (below it when there is
 * room), flipped and shifted to stay in the viewport, no taller than the
 * space there, hidden while the mention is scrolled out of sight, and
 * following scrolls and resizes (DESIGN.md §2.3, @floating-ui/dom).
 */
import { autoUpdate, computePosition, flip, hide, inline, offset, shift, size, type VirtualElement } from '@floating-ui/dom';
import type { Point } from '../../dom/pointer-tracker';

export interface CardPositioner {
  /** Keeps `card` beside `range`; a call for the element already followed changes nothing. */
  follow(card: HTMLElement | null, range: Range, pointer: Point | null): void;
  stop(): void;
}

/** Follows one card element at a time: another entity is another dialog element, to be placed afresh. */
export function cardPositioner(): CardPositioner {
  let following: HTMLElement | null = null;
  let stopFollowing = () => {};
  const stop = () => {
    stopFollowing();
    stopFollowing = () => {};
    following = null;
  };
  return {
    follow(card, range, pointer) {
      if (card === following) return;
      stop();
      following = card;
      if (card) stopFollowing = placeBeside(card, range, pointer);
    },
    stop,
  };
}

/** Positions `card` beside `range` until the returned function is called. `pointer`: where on a wrapped mention the reader is. */
function placeBeside(card: HTMLElement, range: Range, pointer: Point | null): () => void {
  const reference: VirtualElement = {
    getBoundingClientRect: () => range.getBoundingClientRect(),
    getClientRects: () => range.getClientRects(),
    contextElement: range.startContainer.parentElement ?? undefined,
  };
  const update = () => {
    void computePosition(reference, card, {
      strategy: 'fixed',
      placement: 'bottom-start',
      middleware: [
        // A mention that wraps: sit by the line the pointer is on.
        inline(pointer ?? undefined),
        offset(6),
        flip({ padding: 8 }),
        shift({ padding: 8 }),
        size({
          padding: 8,
          apply({ availableHeight, elements }) {
            elements.floating.style.maxHeight = `min(34em, ${Math.max(120, Math.floor(availableHeight))}px)`;
          },
        }),
        hide(),
      ],
    }).then(({ x, y, middlewareData }) => {
      card.style.left = `${x}px`;
      card.style.top = `${y}px`;
      card.style.visibility = middlewareData.hide?.referenceHidden ? 'hidden' : 'visible';
    });
  };
  return autoUpdate(reference, card, update);
}
