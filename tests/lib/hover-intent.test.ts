import { afterEach, beforeEach, describe, expect, it, vi, type Mock } from 'vitest';
import { HoverIntent, type PointerTarget } from '../../lib/hover-intent';

const on = (item: string): PointerTarget<string> => ({ kind: 'mention', item });
const CARD: PointerTarget<string> = { kind: 'card' };
const NONE: PointerTarget<string> = { kind: 'none' };

let onOpen: Mock<(item: string) => void>;
let onClose: Mock<() => void>;
let onRest: Mock<(item: string) => void>;
let intent: HoverIntent<string>;

beforeEach(() => {
  vi.useFakeTimers();
  onOpen = vi.fn((item: string) => intent.opened(item));
  onClose = vi.fn(() => intent.closed());
  onRest = vi.fn();
  intent = new HoverIntent<string>({ openDelay: 300, closeDelay: 300, onOpen, onClose, onRest });
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
    expect(intent.current).toBe('a');
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
    expect(intent.current).toBeNull();
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
    intent.opened('a', true);
    intent.pointerAt(NONE);
    vi.advanceTimersByTime(5000);
    expect(onClose).not.toHaveBeenCalled();
    intent.closed();
    expect(intent.current).toBeNull();
  });

  it('still opens another mention under a sticky card', () => {
    intent.opened('a', true);
    intent.pointerAt(on('b'));
    vi.advanceTimersByTime(300);
    expect(onOpen).toHaveBeenCalledWith('b');
  });

  it('cancels pending timers when the card is closed by other means', () => {
    intent.pointerAt(on('a'));
    intent.closed();
    vi.advanceTimersByTime(1000);
    expect(onOpen).not.toHaveBeenCalled();
  });

  it('recognises the same mention through a custom equality', () => {
    const same = new HoverIntent<{ id: string }>({
      openDelay: 300,
      closeDelay: 300,
      onOpen: (item) => same.opened(item),
      onClose: () => same.closed(),
      same: (a, b) => a.id === b.id,
    });
    same.pointerAt({ kind: 'mention', item: { id: 'x' } });
    vi.advanceTimersByTime(300);
    same.pointerAt({ kind: 'mention', item: { id: 'x' } });
    same.pointerAt({ kind: 'none' });
    same.pointerAt({ kind: 'mention', item: { id: 'x' } });
    vi.advanceTimersByTime(1000);
    expect(same.current).toEqual({ id: 'x' });
  });
});
