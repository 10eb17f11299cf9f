/**
 * The hover card (DESIGN.md §2.3): opens beside a mention after the pointer
 * rests on it, on a tap, or on the keyboard command; shows the entity's
 * details fetched from the background; lives in an open shadow root on a
 * `<backstory-card>` host that is in the page only while a card is shown.
 * What is under the pointer comes from dom/pointer-tracker.ts, when to open
 * and close from lib/hover-intent.ts, where to sit from ./card-position.ts.
 */
import { createRef } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { sameMention } from '../../dom/mention-focus';
import { mentionLanguageHints } from '../../dom/mention-language';
import type { PageMentions } from '../../dom/page-mentions';
import type { PageMention } from '../../dom/page-scanner';
import { trackPointer, type Point } from '../../dom/pointer-tracker';
import { createShadowHost, type ShadowHost } from '../../dom/shadow-host';
import { cachedEntities, openDetails, type EntityResponse } from '../../extension/messages';
import { languagePreference, setTracked } from '../../extension/settings';
import type { TextLanguageHints } from '../../lib/language/choose';
import { HoverIntent } from '../../lib/hover-intent';
import { rememberDates } from '../../lib/pack/date-text';
import cardCss from './card.css?inline';
import { cardCitations } from './card-citations';
import { cardPositioner } from './card-position';
import { drawCard, eraseCard } from './card-view';

export const CARD_HOST = 'backstory-card';
const OPEN_DELAY = 300;
const CLOSE_DELAY = 300;

/** How the card was opened: a hover card closes when the pointer leaves; the others wait to be dismissed. */
type Mode = 'hover' | 'focus' | 'touch';

/** The one record of what the card shows; the hover intent reads it too. */
interface Shown {
  mention: PageMention;
  range: Range;
  /** What the page says of the mention's language: related entities opened from it are shown as it is. */
  hints: TextLanguageHints;
  /** The entity shown is the last; earlier ones are where Back goes. */
  stack: NonNullable<EntityResponse>[];
  pointer: Point | null;
  /** Stays until dismissed, whatever the pointer does: opened by keyboard or touch, or used since. */
  sticky: boolean;
}

export interface HoverCard {
  /** The mention whose card is shown, if any. */
  shown(): PageMention | null;
  /** Opens a mention's card with keyboard focus in it; Escape returns focus where it was. */
  focus(mention: PageMention): void;
}

export function startHoverCard(ctx: ContentScriptContext, page: PageMentions): HoverCard {
  let fetchView = cachedEntities();
  // The reader chose another language in the options page: what was fetched is in the old one.
  ctx.onInvalidated(languagePreference.watch(() => (fetchView = cachedEntities())));
  /** The language the reader picked with the card's switch: it holds for every card on this page from then on. */
  let picked: string | undefined;
  const loadView = async (entityId: string, page: TextLanguageHints) => {
    const response = await fetchView({ entityId, page, lang: picked });
    // Before the card draws them: written here, the first date would load the locale's data in the page's process.
    if (response) rememberDates(response.dates);
    return response;
  };
  // Created on first use: a page where no card is ever opened never gets the element.
  let card: ShadowHost | null = null;
  let shown: Shown | null = null;
  const position = cardPositioner();
  /** Where focus was before a keyboard command moved it into the card. */
  let returnFocus: HTMLElement | null = null;
  let openToken = 0;
  const dialog = createRef<HTMLDivElement>();
  // Copy buttons by each source (issue 17): their status is redrawn into the card.
  const citations = cardCitations(ctx, () => draw());

  const intent = new HoverIntent<PageMention>({
    openDelay: OPEN_DELAY,
    closeDelay: CLOSE_DELAY,
    shown: () => shown && { item: shown.mention, sticky: shown.sticky },
    same: sameMention,
    onRest: (m) => void loadView(m.entityId, mentionLanguageHints(m)),
    onOpen: (m) => void open(m, 'hover', pointer.position()),
    onClose: () => close(),
    setTimer: (callback, ms) => ctx.setTimeout(callback, ms),
    clearTimer: (handle) => clearTimeout(handle as number),
  });

  const host = () => (shown && card ? card.host : null);
  const cardHasFocus = () => host() !== null && document.activeElement === host();

  async function open(mention: PageMention, mode: Mode, at: Point | null): Promise<void> {
    const token = ++openToken;
    const hints = mentionLanguageHints(mention);
    const view = await loadView(mention.entityId, hints);
    const range = page.rangeOf(mention);
    if (token !== openToken || !view || !range || ctx.isInvalid) return;
    card ??= createShadowHost(document, CARD_HOST, cardCss);
    card.attach();
    citations.clear();
    shown = { mention, range, hints, stack: [view], pointer: at, sticky: mode !== 'hover' };
    intent.cancel();
    // A new mention to sit by, even when the entity (and so the dialog element) is the same.
    position.stop();
    draw();
    if (mode === 'focus') dialog.current?.focus({ preventScroll: true });
  }

  function close(): void {
    openToken++;
    intent.cancel();
    if (!shown) return;
    const hadFocus = cardHasFocus();
    position.stop();
    citations.clear();
    shown = null;
    if (card) {
      eraseCard(card.root);
      card.detach();
    }
    if (hadFocus && returnFocus?.isConnected) returnFocus.focus({ preventScroll: true });
    returnFocus = null;
  }

  /** Acting inside the card means the reader is using it: it stays until dismissed. */
  function keep(): void {
    if (!shown) return;
    shown.sticky = true;
    intent.cancel();
  }

  /** Shows another entity in the same card (a related one, or Back). */
  function navigate(stack: NonNullable<EntityResponse>[]): void {
    if (!shown) return;
    const hadFocus = cardHasFocus();
    citations.clear();
    shown.stack = stack;
    keep();
    draw();
    if (hadFocus) dialog.current?.focus({ preventScroll: true });
  }

  async function showRelated(entityId: string): Promise<void> {
    const from = shown;
    const view = from && (await loadView(entityId, from.hints));
    if (view && shown && shown === from) navigate([...shown.stack, view]);
  }

  /** The card's switch: every entity in the card (Back included) again, in the language picked. */
  async function switchLanguage(lang: string): Promise<void> {
    const from = shown;
    if (!from) return;
    picked = lang;
    const views = await Promise.all(from.stack.map((r) => loadView(r.view.id, from.hints)));
    if (shown !== from || !views.every(Boolean)) return;
    // Not navigate(): the same entity stays, so focus stays where it is, on the switch.
    from.stack = views as NonNullable<EntityResponse>[];
    // A citation left to copy by hand is in the old language's words.
    citations.clear();
    keep();
    draw();
  }

  function draw(): void {
    if (!shown || !card) return;
    const { stack } = shown;
    const top = stack[stack.length - 1]!;
    const { id, lang } = top.view;
    const details = (section?: 'countries') => {
      void openDetails(id, { lang, section }).catch(() => undefined);
      close();
    };
    drawCard(card.root, top, dialog, {
      onClose: close,
      onDetails: () => details(),
      onCountries: () => details('countries'),
      onLanguage: (tag) => void switchLanguage(tag),
      onStopTracking: () => {
        close();
        void setTracked([id], false);
      },
      onSelectRelated: (id) => void showRelated(id),
      onBack: stack.length > 1 ? () => navigate(stack.slice(0, -1)) : undefined,
      onCopyCitation: (sourceId, citation) => citations.copy(id, sourceId, citation),
      copyStatus: citations.statusFor(id),
    });
    position.follow(dialog.current, shown.range, shown.pointer);
  }

  const pointer = trackPointer({
    win: window,
    page,
    card: host,
    signal: ctx.signal,
    onHover: (target) => intent.pointerAt(target),
    // A click elsewhere dismisses.
    onPress: ({ x, y }) => {
      const m = shown && page.at(x, y);
      if (shown && (!m || !sameMention(m, shown.mention))) close();
    },
    // A tap on a mention opens its card at once; a tap elsewhere dismisses.
    onTap: (at) => {
      const m = page.at(at.x, at.y);
      if (m && (!shown || !sameMention(m, shown.mention))) void open(m, 'touch', at);
      else if (!m && shown) close();
    },
  });
  const capture = { capture: true };
  // Escape closes the card; inside the card it is ours alone, on the page it is the page's too.
  ctx.addEventListener(window, 'keydown', (e: KeyboardEvent) => {
    if (e.key !== 'Escape' || !shown) return;
    const inCard = cardHasFocus();
    close();
    if (inCard) {
      e.preventDefault();
      e.stopPropagation();
    }
  }, capture);
  // Focus inside the card (a click on a link, Tab) makes it stay until dismissed.
  ctx.addEventListener(document, 'focusin', (e: FocusEvent) => {
    const h = host();
    if (h && e.composedPath().includes(h)) keep();
  }, capture);

  // The page changed: a card whose mention is gone (untracked, removed, paused) goes too.
  // A rescan replaces a mention with an equal one: it is gone only if nothing equal came back.
  ctx.onInvalidated(
    page.onChange(({ added, removed }) => {
      const m = shown?.mention;
      if (m && removed.some((r) => sameMention(r, m)) && !added.some((a) => sameMention(a, m))) close();
    }),
  );
  ctx.onInvalidated(close);

  return {
    shown: () => shown?.mention ?? null,
    focus(mention) {
      if (!cardHasFocus()) returnFocus = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      void open(mention, 'focus', null);
    },
  };
}
