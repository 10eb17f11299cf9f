// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { adjacentMention, sameMention } from '../../dom/mention-focus';
import type { PageMention } from '../../dom/page-scanner';

const text = document.createTextNode('Safeguard Defenders and Finn Lau and Wang Jingyu');
const run = { nodes: [text], text: text.data } as unknown as PageMention['run'];
const mention = (start: number, end: number, entityId = 'x'): PageMention => ({ entityId, run, start, end });
const M = [mention(0, 19), mention(24, 32), mention(37, 48)];

/** Mentions laid out 100px apart, starting at `top`, in a 300px viewport. */
const viewport = (top: number) => ({
  height: 300,
  rectOf: (m: PageMention) => {
    const y = top + M.findIndex((x) => sameMention(x, m)) * 100;
    return { top: y, bottom: y + 20 } as DOMRect;
  },
});

describe('adjacentMention', () => {
  it('steps forward and back from the current mention, wrapping round', () => {
    expect(adjacentMention(M, M[0]!, 'next', viewport(0))).toBe(M[1]);
    expect(adjacentMention(M, M[2]!, 'next', viewport(0))).toBe(M[0]);
    expect(adjacentMention(M, M[0]!, 'previous', viewport(0))).toBe(M[2]);
    expect(adjacentMention(M, M[2]!, 'previous', viewport(0))).toBe(M[1]);
  });

  it('finds the current mention again after a rescan rebuilt it', () => {
    expect(adjacentMention(M, mention(24, 32), 'next', viewport(0))).toBe(M[2]);
  });

  it('starts from what is in view when nothing is current', () => {
    expect(adjacentMention(M, null, 'next', viewport(-150))).toBe(M[2]);
    expect(adjacentMention(M, null, 'previous', viewport(-150))).toBe(M[2]);
    expect(adjacentMention(M, null, 'previous', viewport(250))).toBe(M[0]);
    expect(adjacentMention(M, null, 'next', viewport(-1000))).toBe(M[0]);
    expect(adjacentMention(M, null, 'previous', viewport(1000))).toBe(M[2]);
  });

  it('has nothing to go to on a page without mentions', () => {
    expect(adjacentMention([], null, 'next', viewport(0))).toBeUndefined();
  });
});

describe('sameMention', () => {
  it('compares place and entity, not identity', () => {
    expect(sameMention(mention(0, 19), mention(0, 19))).toBe(true);
    expect(sameMention(mention(0, 19), mention(0, 19, 'y'))).toBe(false);
    expect(sameMention(mention(0, 19), mention(24, 32))).toBe(false);
  });
});
