import { afterEach, beforeEach, describe, expect, it, vi, type Mock } from 'vitest';
import { HoverIntent, type PointerTarget, type Shown } from '../../lib/hover-intent';

const on = (item: string): PointerTarget<string> => ({ kind: 'mention', item });
const CARD: PointerTarget<string> = { kind: 'card' };
const NONE: PointerTarget<string> = { kind: 'none' };

let onOpen: Mock<(item: string) => void>;
let onClose: Mock<() => void>;
let onRest: Mock<(item: string) => void>;
let intent: HoverIntent<string>;
/** The card's record of what it shows, as the hover card keeps it. */
let shown: Shown<string> | null;
/** What the card does on its own (keyboard, touch, Escape): records it and drops what the intent had pending. */
const show = (item: string, sticky = false) => {
  shown = { item, sticky };
  intent.cancel();
};
const hide = () => {
  shown = null;
  intent.cancel();
};

beforeEach(() => {
  vi.useFakeTimers();
  shown = null;
  onOpen = vi.fn((item: string) => show(item));
  onClose = vi.fn(hide);
  onRest = vi.fn();
  intent = new HoverIntent<string>({ openDelay: 300, closeDelay: 300, shown: () => shown, onOpen, onClose, onRest });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('HoverIntent', () => {
  it('opens after the pointer rests on a mention for the delay, not before', () => {
    intent.pointerAt(on('a'));
    expect(onRest).toHaveBeenCalledWith('a');
    vi.advanceTimersByTime(299);
    expect(onOpen).not.toHaveBeenCalled();
    intent.pointerAt(on('a'));
    vi.advanceTimersByTime(1);
    expect(onOpen).toHaveBeenCalledWith('a');
    expect(shown).toEqual({ item: 'a', sticky: false });
  });

  it('does not open when the pointer only passes over a mention', () => {
    intent.pointerAt(on('a'));
    vi.advanceTimersByTime(200);
    intent.pointerAt(NONE);
    vi.advanceTimersByTime(1000);
    expect(onOpen).not.toHaveBeenCalled();
  });

  it('restarts the delay on a different mention', () => {
    intent.pointerAt(on('a'));
    vi.advanceTimersByTime(200);
    intent.pointerAt(on('b'));
    vi.advanceTimersByTime(200);
    expect(onOpen).not.toHaveBeenCalled();
    vi.advanceTimersByTime(100);
    expect(onOpen).toHaveBeenCalledExactlyOnceWith('b');
  });

  it('closes once the pointer has left mention and card for the delay', () => {
    intent.pointerAt(on('a'));
    vi.advanceTimersByTime(300);
    intent.pointerAt(NONE);
    vi.advanceTimersByTime(299);
    expect(onClose).not.toHaveBeenCalled();
    intent.pointerAt(NONE);
    vi.advanceTimersByTime(1);
    expect(onClose).toHaveBeenCalledOnce();
    expect(shown).toBeNull();
  });

  it('stays open while the pointer is on the card, or back on the mention', () => {
    intent.pointerAt(on('a'));
    vi.advanceTimersByTime(300);
    intent.pointerAt(NONE);
    vi.advanceTimersByTime(200);
    intent.pointerAt(CARD);
    vi.advanceTimersByTime(5000);
    intent.pointerAt(NONE);
    vi.advanceTimersByTime(200);
    intent.pointerAt(on('a'));
    vi.advanceTimersByTime(5000);
    expect(onClose).not.toHaveBeenCalled();
    expect(onOpen).toHaveBeenCalledOnce();
  });

  it('replaces the card when the pointer rests on another mention', () => {
    intent.pointerAt(on('a'));
    vi.advanceTimersByTime(300);
    intent.pointerAt(on('b'));
    vi.advanceTimersByTime(300);
    expect(onOpen.mock.calls).toEqual([['a'], ['b']]);
    expect(onClose).not.toHaveBeenCalled();
  });

  it('keeps a sticky card (keyboard, touch) whatever the pointer does, until closed', () => {
    show('a', true);
    intent.pointerAt(NONE);
    vi.advanceTimersByTime(5000);
    expect(onClose).not.toHaveBeenCalled();
    hide();
    expect(shown).toBeNull();
  });

  it('keeps a card the reader started using while its close was pending', () => {
    intent.pointerAt(on('a'));
    vi.advanceTimersByTime(300);
    intent.pointerAt(NONE);
    // Used meanwhile (a click inside it): kept.
    show('a', true);
    vi.advanceTimersByTime(5000);
    intent.pointerAt(NONE);
    vi.advanceTimersByTime(5000);
    expect(onClose).not.toHaveBeenCalled();
  });

  it('still opens another mention under a sticky card', () => {
    show('a', true);
    intent.pointerAt(on('b'));
    vi.advanceTimersByTime(300);
    expect(onOpen).toHaveBeenCalledWith('b');
  });

  it('cancels pending timers when the card is closed by other means', () => {
    intent.pointerAt(on('a'));
    hide();
    vi.advanceTimersByTime(1000);
    expect(onOpen).not.toHaveBeenCalled();
  });

  it('recognises the same mention through a custom equality', () => {
    let current: Shown<{ id: string }> | null = null;
    const opened = vi.fn((item: { id: string }) => (current = { item, sticky: false }));
    const closed = vi.fn(() => (current = null));
    const same = new HoverIntent<{ id: string }>({
      openDelay: 300,
      closeDelay: 300,
      shown: () => current,
      onOpen: opened,
      onClose: closed,
      same: (a, b) => a.id === b.id,
    });
    same.pointerAt({ kind: 'mention', item: { id: 'x' } });
    vi.advanceTimersByTime(300);
    same.pointerAt({ kind: 'mention', item: { id: 'x' } });
    same.pointerAt({ kind: 'none' });
    same.pointerAt({ kind: 'mention', item: { id: 'x' } });
    vi.advanceTimersByTime(1000);
    expect(opened).toHaveBeenCalledOnce();
    expect(closed).not.toHaveBeenCalled();
    expect(current).toEqual({ item: { id: 'x' }, sticky: false });
  });
});
