/**
 * When a hover card should open and close, given what is under the pointer
 * (WCAG 1.4.13: hoverable, persistent, dismissible). Open after the pointer
 * rests on a mention for `openDelay`; close once it has left both the
 * mention and the card for `closeDelay`; moving onto the card keeps it open.
 * No DOM: the caller says what is under the pointer and renders the card,
 * and keeps the one record of what the card shows, which this reads.
 */

export type PointerTarget<T> = { kind: 'mention'; item: T } | { kind: 'card' } | { kind: 'none' };

/** What the card shows: an item, and whether it stays until dismissed (opened by keyboard or touch, or used). */
export interface Shown<T> {
  item: T;
  sticky: boolean;
}

export interface HoverIntentOptions<T> {
  openDelay: number;
  closeDelay: number;
  /** The caller's record of what its card shows now, or null while none is shown. */
  shown: () => Shown<T> | null;
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

  /** Tell it what is under the pointer now. */
  pointerAt(target: PointerTarget<T>): void {
    const shown = this.options.shown();
    if (target.kind === 'card') return this.cancel();
    if (target.kind === 'mention') {
      const { item } = target;
      if (shown !== null && this.same(shown.item, item)) return this.cancel();
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
    // A sticky card stays whatever the pointer does.
    if (shown !== null && !shown.sticky && this.closeTimer === null) {
      this.closeTimer = this.setTimer(() => {
        this.closeTimer = null;
        this.options.onClose();
      }, this.options.closeDelay);
    }
  }

  /** Drops a pending open or close: the caller opened, closed or kept the card by other means. */
  cancel(): void {
    this.cancelOpen();
    this.cancelClose();
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
