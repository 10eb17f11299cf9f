/**
 * The hover card (DESIGN.md §2.3): opens beside a mention after the pointer
 * rests on it, on a tap, or on the keyboard command; shows the entity's
 * details fetched from the background; lives in an open shadow root on a
 * `<backstory-card>` host that is in the page only while a card is shown.
 */
import { autoUpdate, computePosition, flip, hide, inline, offset, shift, size, type VirtualElement } from '@floating-ui/dom';
import { createRef, render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { EntityCard } from '../../components/EntityCard';
import { mentionAtPoint } from '../../dom/hit-test';
import { createShadowHost, type ShadowHost } from '../../dom/shadow-host';
import { adjacentMention, emphasizeRange, sameMention, scrollRangeIntoView, type Direction } from '../../dom/mention-focus';
import type { PageMention } from '../../dom/page-scanner';
import { onFocusMention } from '../../extension/mention-commands';
import { getEntity, openDetails, type EntityResponse } from '../../extension/messages';
import { setTracked } from '../../extension/settings';
import type { EntityView } from '../../lib/entity-view';
import { HoverIntent } from '../../lib/hover-intent';
import cardCss from './card.css?inline';
import { cardLabels, cardLocale } from './card-strings';
import type { PageSession } from './highlighting';

export const CARD_HOST = 'backstory-card';
const OPEN_DELAY = 300;
const CLOSE_DELAY = 300;
const HEADING_ID = 'backstory-card-name';

/** How the card was opened: a hover card closes when the pointer leaves; the others wait to be dismissed. */
type Mode = 'hover' | 'focus' | 'touch';

interface Shown {
  mention: PageMention;
  range: Range;
  /** The entity shown is the last; earlier ones are where Back goes. */
  stack: EntityView[];
  pointer: { x: number; y: number } | null;
}

export function startHoverCard(ctx: ContentScriptContext, session: PageSession): void {
  const views = new Map<string, Promise<EntityResponse>>();
  const loadView = (entityId: string): Promise<EntityResponse> => {
    let view = views.get(entityId);
    if (!view) {
      view = getEntity(entityId).catch(() => {
        // The background may be restarting: ask again next time.
        views.delete(entityId);
        return null;
      });
      views.set(entityId, view);
    }
    return view;
  };

  // Created on first use: a page where no card is ever opened never gets the element.
  let card: ShadowHost | null = null;

  let shown: Shown | null = null;
  let stopPositioning: (() => void) | null = null;
  /** The dialog element that autoUpdate follows. */
  let positioned: HTMLElement | null = null;
  /** Where focus was before a keyboard command moved it into the card. */
  let returnFocus: HTMLElement | null = null;
  /** The last mention stepped to by keyboard, so that the next step starts there even after a close. */
  let stepped: PageMention | null = null;
  let openToken = 0;
  const dialog = createRef<HTMLDivElement>();

  const intent = new HoverIntent<PageMention>({
    openDelay: OPEN_DELAY,
    closeDelay: CLOSE_DELAY,
    same: sameMention,
    onRest: (m) => void loadView(m.entityId),
    onOpen: (m) => void open(m, 'hover', pointer ? { x: pointer.x, y: pointer.y } : null),
    onClose: () => close(),
    setTimer: (callback, ms) => ctx.setTimeout(callback, ms),
    clearTimer: (handle) => clearTimeout(handle as number),
  });

  const host = () => (shown ? card?.host : undefined);
  const cardHasFocus = () => host() !== undefined && document.activeElement === host();

  async function open(mention: PageMention, mode: Mode, at: { x: number; y: number } | null): Promise<void> {
    const token = ++openToken;
    const view = await loadView(mention.entityId);
    const painter = session.painter();
    if (token !== openToken || !view || !painter || ctx.isInvalid) return;
    card ??= createShadowHost(document, CARD_HOST, cardCss);
    card.attach();
    shown = { mention, range: painter.rangeOf(mention), stack: [view], pointer: at };
    intent.opened(mention, mode !== 'hover');
    // A new mention to sit by, even when the entity (and so the dialog element) is the same.
    positioned = null;
    draw();
    if (mode === 'focus') dialog.current?.focus({ preventScroll: true });
  }

  function close(): void {
    openToken++;
    intent.closed();
    if (!shown) return;
    const hadFocus = cardHasFocus();
    stopPositioning?.();
    stopPositioning = null;
    positioned = null;
    shown = null;
    if (card) {
      render(null, card.root);
      card.detach();
    }
    if (hadFocus && returnFocus?.isConnected) returnFocus.focus({ preventScroll: true });
    returnFocus = null;
  }

  /** Shows another entity in the same card (a related one, or Back). */
  function navigate(stack: EntityView[]): void {
    if (!shown) return;
    const hadFocus = cardHasFocus();
    shown.stack = stack;
    // Acting inside the card means the reader is using it: keep it until dismissed.
    intent.opened(shown.mention, true);
    draw();
    if (hadFocus) dialog.current?.focus({ preventScroll: true });
  }

  async function showRelated(entityId: string): Promise<void> {
    const from = shown;
    const view = await loadView(entityId);
    if (!view || shown !== from || !shown) return;
    navigate([...shown.stack, view]);
  }

  async function stopTracking(entityId: string): Promise<void> {
    close();
    await setTracked([entityId], false);
  }

  function draw(): void {
    if (!shown || !card) return;
    const view = shown.stack[shown.stack.length - 1]!;
    const back = shown.stack.length > 1 ? () => shown && navigate(shown.stack.slice(0, -1)) : undefined;
    render(
      <EntityCard
        // A new entity is a new card: no preview or scroll position carried over.
        key={view.entity.id}
        view={view}
        labels={cardLabels()}
        locale={cardLocale()}
        headingId={HEADING_ID}
        dialogRef={dialog}
        onClose={close}
        onDetails={() => {
          void openDetails(view.entity.id).catch(() => undefined);
          close();
        }}
        onStopTracking={() => void stopTracking(view.entity.id)}
        onSelectRelated={(id) => void showRelated(id)}
        onBack={back}
      />,
      card.root,
    );
    // Another entity is another dialog element: position that one.
    if (dialog.current !== positioned) position();
  }

  /** Beside the mention, flipped and shifted to stay in the viewport, following scrolls and resizes. */
  function position(): void {
    stopPositioning?.();
    stopPositioning = null;
    const card = (positioned = dialog.current);
    if (!shown || !card) return;
    const { range, pointer: at } = shown;
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
          inline(at ?? undefined),
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
    stopPositioning = autoUpdate(reference, card, update);
  }

  // Pointer: one hit-test per animation frame, from the latest position.
  let pointer: { x: number; y: number; onCard: boolean } | null = null;
  let frame = 0;
  let shadowRoots: ShadowRoot[] = [];
  const isCardEvent = (event: Event) => {
    const h = host();
    return h !== undefined && event.composedPath().includes(h);
  };
  const mentionUnder = (x: number, y: number): PageMention | undefined => {
    const painter = session.painter();
    if (!painter || painter.size === 0) return undefined;
    return mentionAtPoint(window, painter, x, y, shadowRoots);
  };
  const hitTest = () => {
    frame = 0;
    if (!pointer) return;
    if (pointer.onCard) return intent.pointerAt({ kind: 'card' });
    const m = mentionUnder(pointer.x, pointer.y);
    intent.pointerAt(m ? { kind: 'mention', item: m } : { kind: 'none' });
  };
  const schedule = () => {
    if (!frame) frame = ctx.requestAnimationFrame(hitTest);
  };
  const listen = { capture: true, passive: true };

  ctx.addEventListener(
    document,
    'pointermove',
    (e) => {
      if (e.pointerType === 'touch') return;
      pointer = { x: e.clientX, y: e.clientY, onCard: isCardEvent(e) };
      schedule();
    },
    listen,
  );
  // Content moving under a still pointer: the page scrolled, or the card followed its mention.
  ctx.addEventListener(
    document,
    'scroll',
    () => {
      if (!pointer) return;
      pointer.onCard = host() !== undefined && document.elementFromPoint(pointer.x, pointer.y) === host();
      schedule();
    },
    listen,
  );
  ctx.addEventListener(
    document,
    'pointerout',
    (e) => {
      if (e.pointerType === 'touch' || e.relatedTarget) return;
      // Out of the window (or into a frame): nothing of ours is under the pointer.
      pointer = null;
      intent.pointerAt({ kind: 'none' });
    },
    listen,
  );
  // A click or tap elsewhere dismisses; a tap on a mention opens its card at once.
  ctx.addEventListener(
    document,
    'pointerdown',
    (e) => {
      if (!shown || e.pointerType === 'touch' || isCardEvent(e)) return;
      const m = mentionUnder(e.clientX, e.clientY);
      if (!m || !sameMention(m, shown.mention)) close();
    },
    listen,
  );
  ctx.addEventListener(
    document,
    'pointerup',
    (e) => {
      if (e.pointerType !== 'touch' || isCardEvent(e)) return;
      const m = mentionUnder(e.clientX, e.clientY);
      if (m) {
        if (!shown || !sameMention(m, shown.mention)) void open(m, 'touch', { x: e.clientX, y: e.clientY });
      } else if (shown) {
        close();
      }
    },
    listen,
  );
  ctx.addEventListener(
    window,
    'keydown',
    (e) => {
      if (e.key !== 'Escape' || !shown) return;
      const inCard = cardHasFocus();
      close();
      // Escape inside the card is ours; on the page it is the page's too.
      if (inCard) {
        e.preventDefault();
        e.stopPropagation();
      }
    },
    { capture: true },
  );
  // Focus inside the card (a click on a link, Tab) makes it stay until dismissed.
  ctx.addEventListener(
    document,
    'focusin',
    (e) => {
      if (shown && isCardEvent(e)) intent.opened(shown.mention, true);
    },
    { capture: true },
  );

  // Keyboard command: the next or previous mention, in view, marked, with its card focused.
  const step = (direction: Direction) => {
    const painter = session.painter();
    if (!painter) return;
    const target = adjacentMention(session.mentions(), shown?.mention ?? stepped, direction, {
      rectOf: (m) => painter.rangeOf(m).getBoundingClientRect(),
      height: window.innerHeight,
    });
    if (!target) return;
    stepped = target;
    const range = painter.rangeOf(target);
    scrollRangeIntoView(window, range);
    emphasizeRange(window, range);
    if (!cardHasFocus()) returnFocus = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    void open(target, 'focus', null);
  };
  ctx.onInvalidated(onFocusMention(step));

  // The page changed: a card whose mention is gone (untracked, removed, paused) goes too.
  // Only what changed is looked at: a page that keeps growing must not make each change cost more.
  const mentionsPerRoot = new Map<ShadowRoot, number>();
  /** Counts a mention in or out of its shadow root's tally; true if it is in a shadow root. */
  const countRoot = (m: PageMention, delta: 1 | -1): boolean => {
    const root = m.run.nodes[0]?.getRootNode();
    if (!(root instanceof ShadowRoot)) return false;
    const n = (mentionsPerRoot.get(root) ?? 0) + delta;
    if (n > 0) mentionsPerRoot.set(root, n);
    else mentionsPerRoot.delete(root);
    return true;
  };
  ctx.onInvalidated(
    session.onChange(({ added, removed }) => {
      let roots = false;
      for (const m of removed) roots = countRoot(m, -1) || roots;
      for (const m of added) roots = countRoot(m, 1) || roots;
      if (roots) shadowRoots = [...mentionsPerRoot.keys()];
      // A rescan replaces a mention with an equal one: it is gone only if nothing equal came back.
      const mention = shown?.mention;
      if (mention && removed.some((m) => sameMention(m, mention)) && !added.some((m) => sameMention(m, mention))) close();
    }),
  );
  ctx.onInvalidated(close);
}
