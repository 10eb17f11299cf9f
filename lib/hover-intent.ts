/**
 * When a hover card should open and close, given what is under the pointer
 * (WCAG 1.4.13: hoverable, persistent, dismissible). Open after the pointer
 * rests on a mention for `openDelay`; close once it has left both the
 * mention and the card for `closeDelay`; moving onto the card keeps it open.
 * No DOM: the caller says what is under the pointer and renders the card.
 */

export type PointerTarget<T> = { kind: 'mention'; item: T } | { kind: 'card' } | { kind: 'none' };

export interface HoverIntentOptions<T> {
  openDelay: number;
  closeDelay: number;
  /** Time to open the card for this item. */
  onOpen: (item: T) => void;
  /** Time to close the card. */
  onClose: () => void;
  /** The pointer started resting on an item: a hint to get its data ready. */
  onRest?: (item: T) => void;
  /** Two items are the same mention (the page may have rebuilt the objects). */
  same?: (a: T, b: T) => boolean;
  setTimer?: (callback: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
}

export class HoverIntent<T> {
  private shown: T | null = null;
  /** A card opened by keyboard or touch stays until dismissed, whatever the pointer does. */
  private sticky = false;
  private pending: T | null = null;
  private openTimer: unknown = null;
  private closeTimer: unknown = null;
  private readonly same: (a: T, b: T) => boolean;
  private readonly setTimer: (callback: () => void, ms: number) => unknown;
  private readonly clearTimer: (handle: unknown) => void;

  constructor(private readonly options: HoverIntentOptions<T>) {
    this.same = options.same ?? ((a, b) => a === b);
    this.setTimer = options.setTimer ?? ((cb, ms) => setTimeout(cb, ms));
    this.clearTimer = options.clearTimer ?? ((h) => clearTimeout(h as ReturnType<typeof setTimeout>));
  }

  /** The item whose card is shown, if any. */
  get current(): T | null {
    return this.shown;
  }

  /** Tell it what is under the pointer now. */
  pointerAt(target: PointerTarget<T>): void {
    if (target.kind === 'card') {
      this.cancelOpen();
      this.cancelClose();
      return;
    }
    if (target.kind === 'mention') {
      const { item } = target;
      if (this.shown !== null && this.same(this.shown, item)) {
        this.cancelOpen();
        this.cancelClose();
        return;
      }
      if (this.pending !== null && this.same(this.pending, item)) return;
      this.cancelOpen();
      this.pending = item;
      this.options.onRest?.(item);
      this.openTimer = this.setTimer(() => {
        this.openTimer = null;
        this.pending = null;
        this.cancelClose();
        this.options.onOpen(item);
      }, this.options.openDelay);
      // The card of another mention stays while this one is pending: opening replaces it.
      this.cancelClose();
      return;
    }
    this.cancelOpen();
    if (this.shown !== null && !this.sticky && this.closeTimer === null) {
      this.closeTimer = this.setTimer(() => {
        this.closeTimer = null;
        this.options.onClose();
      }, this.options.closeDelay);
    }
  }

  /** The caller showed a card for this item (after onOpen, or on its own for keyboard and touch). */
  opened(item: T, sticky = false): void {
    this.cancelOpen();
    this.cancelClose();
    this.shown = item;
    this.sticky = sticky;
  }

  /** The caller closed the card (Escape, a button, a tap elsewhere). */
  closed(): void {
    this.cancelOpen();
    this.cancelClose();
    this.shown = null;
    this.sticky = false;
  }

  private cancelOpen(): void {
    if (this.openTimer !== null) this.clearTimer(this.openTimer);
    this.openTimer = null;
    this.pending = null;
  }

  private cancelClose(): void {
    if (this.closeTimer !== null) this.clearTimer(this.closeTimer);
    this.closeTimer = null;
  }
}
