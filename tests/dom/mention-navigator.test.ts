// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { mentionNavigator, type Navigate } from '../../dom/mention-navigator';
import type { PageMentions } from '../../dom/page-mentions';
import type { PageMention } from '../../dom/page-scanner';

const text = document.createTextNode('Finn Lau met Wang Jingyu, and Finn Lau left.');
const run = { nodes: [text], text: text.data } as unknown as PageMention['run'];
const at = (start: number, end: number, entityId: string): PageMention => ({ entityId, run, start, end });
const [FINN, WANG, FINN_AGAIN] = [at(0, 8, 'finn-lau'), at(13, 24, 'wang-jingyu'), at(30, 38, 'finn-lau')];

/** The page's mentions, laid out 100 px apart from the top of a 1,000 px viewport. */
function fakePage(mentions: PageMention[]): PageMentions & { revealed: PageMention[] } {
  const revealed: PageMention[] = [];
  return {
    revealed,
    inOrder: () => mentions,
    rangeOf: (m) => ({ getBoundingClientRect: () => ({ top: mentions.indexOf(m) * 100, bottom: mentions.indexOf(m) * 100 + 20 }) }) as Range,
    at: () => undefined,
    reveal: (m) => void revealed.push(m),
    onChange: () => () => {},
  };
}

let page: ReturnType<typeof fakePage>;
let go: Navigate;
beforeEach(() => {
  vi.stubGlobal('innerHeight', 1_000);
  page = fakePage([FINN, WANG, FINN_AGAIN]);
  go = mentionNavigator(window, page);
});

describe('mentionNavigator', () => {
  it('walks every mention in reading order, wrapping round, revealing each', () => {
    expect([go('next'), go('next'), go('next'), go('next')]).toEqual([FINN, WANG, FINN_AGAIN, FINN]);
    expect(go('previous')).toBe(FINN_AGAIN);
    expect(page.revealed).toEqual([FINN, WANG, FINN_AGAIN, FINN, FINN_AGAIN]);
  });

  it('steps from the mention it is given (the card shown) instead of where the walk was', () => {
    go('next');
    expect(go('next', { from: FINN_AGAIN })).toBe(FINN);
    expect(go('next', { from: null })).toBe(WANG);
  });

  it("walks one entity's mentions, each entity on a walk of its own", () => {
    expect(go('next', { entityId: 'finn-lau' })).toBe(FINN);
    expect(go('next', { entityId: 'wang-jingyu' })).toBe(WANG);
    expect(go('next', { entityId: 'finn-lau' })).toBe(FINN_AGAIN);
    expect(go('next')).toBe(FINN);
  });

  it('goes nowhere and reveals nothing when there is no such mention', () => {
    expect(go('next', { entityId: 'peter-dahlin' })).toBeUndefined();
    expect(mentionNavigator(window, fakePage([]))('previous')).toBeUndefined();
    expect(page.revealed).toEqual([]);
  });
});
