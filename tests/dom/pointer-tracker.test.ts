// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PageMention } from '../../dom/page-scanner';
import { trackPointer, type Point, type PointerTracker } from '../../dom/pointer-tracker';
import type { PointerTarget } from '../../lib/hover-intent';

const MENTION = { entityId: 'finn-lau' } as PageMention;
/** The mention sits in the square from (0, 0) to (100, 100). */
const mentionAt = vi.fn((x: number, y: number) => (x <= 100 && y <= 100 ? MENTION : undefined));

let frames: FrameRequestCallback[];
let hovers: PointerTarget<PageMention>[];
let presses: Point[];
let taps: Point[];
let cardHost: HTMLElement | null;
let controller: AbortController;
let tracker: PointerTracker;

/** Runs the animation frames requested so far. */
const frame = () => frames.splice(0).forEach((f) => f(0));
const pointer = (type: string, x: number, y: number, pointerType = 'mouse', target: EventTarget = document.body) =>
  target.dispatchEvent(new PointerEvent(type, { pointerType, clientX: x, clientY: y, bubbles: true, composed: true }));

beforeEach(() => {
  frames = [];
  hovers = [];
  presses = [];
  taps = [];
  cardHost = null;
  mentionAt.mockClear();
  controller = new AbortController();
  const win = Object.assign(Object.create(window) as Window & typeof globalThis, {
    document,
    requestAnimationFrame: (f: FrameRequestCallback) => frames.push(f),
    cancelAnimationFrame: () => frames.splice(0),
  });
  tracker = trackPointer({
    win,
    page: { at: mentionAt },
    card: () => cardHost,
    onHover: (target) => hovers.push(target),
    onPress: (at) => presses.push(at),
    onTap: (at) => taps.push(at),
    signal: controller.signal,
  });
});
afterEach(() => {
  controller.abort();
  document.body.replaceChildren();
});

describe('trackPointer', () => {
  it('hit-tests once per frame, where the mouse is by then', () => {
    pointer('pointermove', 300, 300);
    pointer('pointermove', 200, 200);
    pointer('pointermove', 50, 50);
    expect(hovers).toEqual([]);
    frame();
    expect(mentionAt.mock.calls).toEqual([[50, 50]]);
    expect(hovers).toEqual([{ kind: 'mention', item: MENTION }]);
    expect(tracker.position()).toEqual({ x: 50, y: 50 });
    pointer('pointermove', 300, 300);
    frame();
    expect(hovers[1]).toEqual({ kind: 'none' });
  });

  it('says the mouse is on the card when the card holds the event, without hit-testing the page', () => {
    cardHost = document.createElement('backstory-card');
    document.documentElement.append(cardHost);
    pointer('pointermove', 50, 50, 'mouse', cardHost);
    frame();
    expect(hovers).toEqual([{ kind: 'card' }]);
    expect(mentionAt).not.toHaveBeenCalled();
    cardHost.remove();
  });

  it('hit-tests again when the page scrolls under a still mouse', () => {
    pointer('pointermove', 50, 50);
    frame();
    document.dispatchEvent(new Event('scroll'));
    frame();
    expect(mentionAt).toHaveBeenCalledTimes(2);
  });

  it('says at once that nothing is under the mouse when it leaves the window', () => {
    pointer('pointermove', 50, 50);
    document.body.dispatchEvent(new PointerEvent('pointerout', { pointerType: 'mouse', bubbles: true, relatedTarget: null }));
    expect(hovers).toEqual([{ kind: 'none' }]);
    expect(tracker.position()).toBeNull();
    frame();
    expect(hovers).toEqual([{ kind: 'none' }]);
  });

  it('reports mouse presses and touch taps outside the card, and ignores touches as hovering', () => {
    pointer('pointermove', 50, 50, 'touch');
    pointer('pointerdown', 10, 20);
    pointer('pointerdown', 30, 40, 'touch');
    pointer('pointerup', 30, 40, 'touch');
    pointer('pointerup', 10, 20);
    frame();
    expect(hovers).toEqual([]);
    expect(presses).toEqual([{ x: 10, y: 20 }]);
    expect(taps).toEqual([{ x: 30, y: 40 }]);
    cardHost = document.createElement('backstory-card');
    document.documentElement.append(cardHost);
    pointer('pointerdown', 10, 20, 'mouse', cardHost);
    pointer('pointerup', 30, 40, 'touch', cardHost);
    expect(presses).toHaveLength(1);
    expect(taps).toHaveLength(1);
    cardHost.remove();
  });

  it('stops listening when its signal aborts', () => {
    pointer('pointermove', 50, 50);
    controller.abort();
    expect(frames).toEqual([]);
    pointer('pointermove', 60, 60);
    pointer('pointerdown', 10, 20);
    expect(frames).toEqual([]);
    expect(presses).toEqual([]);
  });
});
