/**
 * The pointer, as the hover card needs it: what a resting mouse is over (at
 * most one hit-test per animation frame, from the latest position, and again
 * when the page scrolls under a still pointer), mouse presses and touch taps
 * outside the card. Listens on the document in the capture phase and only
 * passively: the page's own handlers see every event as before.
 */
import type { PointerTarget } from '../lib/hover-intent';
import type { PageMentions } from './page-mentions';
import type { PageMention } from './page-scanner';

export interface Point {
  x: number;
  y: number;
}

export interface PointerTrackerOptions {
  win: Window & typeof globalThis;
  page: Pick<PageMentions, 'at'>;
  /** The card's host element while a card is shown, else null: events inside it are the card's. */
  card: () => Element | null;
  /** What the mouse is over now; `none` at once when it leaves the window. */
  onHover: (target: PointerTarget<PageMention>) => void;
  /** A mouse button pressed outside the card. */
  onPress: (at: Point) => void;
  /** A touch lifted outside the card. */
  onTap: (at: Point) => void;
  signal: AbortSignal;
}

export interface PointerTracker {
  /** Where the mouse was last seen in the viewport; null once it left the window. */
  position(): Point | null;
}

export function trackPointer(options: PointerTrackerOptions): PointerTracker {
  const { win, page, card, onHover, signal } = options;
  const doc = win.document;
  let pointer: (Point & { onCard: boolean }) | null = null;
  let frame = 0;

  const isCardEvent = (event: Event) => {
    const host = card();
    return host !== null && event.composedPath().includes(host);
  };
  const hitTest = () => {
    frame = 0;
    if (!pointer) return;
    if (pointer.onCard) return onHover({ kind: 'card' });
    const m = page.at(pointer.x, pointer.y);
    onHover(m ? { kind: 'mention', item: m } : { kind: 'none' });
  };
  const schedule = () => {
    if (!frame) frame = win.requestAnimationFrame(hitTest);
  };
  signal.addEventListener('abort', () => win.cancelAnimationFrame(frame), { once: true });

  const listen = { capture: true, passive: true, signal };
  doc.addEventListener(
    'pointermove',
    (e) => {
      if (e.pointerType === 'touch') return;
      pointer = { x: e.clientX, y: e.clientY, onCard: isCardEvent(e) };
      schedule();
    },
    listen,
  );
  // Content moving under a still pointer: the page scrolled, or the card followed its mention.
  doc.addEventListener(
    'scroll',
    () => {
      if (!pointer) return;
      const host = card();
      pointer.onCard = host !== null && doc.elementFromPoint(pointer.x, pointer.y) === host;
      schedule();
    },
    listen,
  );
  doc.addEventListener(
    'pointerout',
    (e) => {
      if (e.pointerType === 'touch' || e.relatedTarget) return;
      // Out of the window (or into a frame): nothing of ours is under the pointer.
      pointer = null;
      onHover({ kind: 'none' });
    },
    listen,
  );
  doc.addEventListener(
    'pointerdown',
    (e) => {
      if (e.pointerType !== 'touch' && !isCardEvent(e)) options.onPress({ x: e.clientX, y: e.clientY });
    },
    listen,
  );
  doc.addEventListener(
    'pointerup',
    (e) => {
      if (e.pointerType === 'touch' && !isCardEvent(e)) options.onTap({ x: e.clientX, y: e.clientY });
    },
    listen,
  );

  return { position: () => (pointer ? { x: pointer.x, y: pointer.y } : null) };
}
