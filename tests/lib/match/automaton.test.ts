import { describe, expect, it } from 'vitest';
import { buildAutomaton } from '../../../lib/match/trie';

/** Every (pattern, end) of every occurrence, found the slow way. */
function naive(patterns: readonly string[], text: string): [number, number][] {
  const hits: [number, number][] = [];
  const first = new Map<string, number>();
  patterns.forEach((p, i) => first.has(p) || first.set(p, i));
  for (let end = 1; end <= text.length; end++) {
    for (const [p, i] of first) if (end >= p.length && text.slice(end - p.length, end) === p) hits.push([i, end]);
  }
  return hits;
}

function found(patterns: readonly string[], text: string): [number, number][] {
  const units = Uint16Array.from({ length: text.length }, (_, i) => text.charCodeAt(i));
  const hits: [number, number][] = [];
  buildAutomaton(patterns).scan(units, units.length, (pattern, end) => hits.push([pattern, end]));
  return hits;
}

const sorted = (hits: [number, number][]) => [...hits].sort((a, b) => a[1] - b[1] || a[0] - b[0]);

/** A small random generator, so that a failure names its seed and replays. */
function random(seed: number): () => number {
  return () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
}

describe('Automaton', () => {
  it('finds every occurrence of every pattern, overlapping and nested ones included', () => {
    const patterns = ['he', 'she', 'his', 'hers', 'ushers'];
    expect(sorted(found(patterns, 'ushers and his sheep'))).toEqual(sorted(naive(patterns, 'ushers and his sheep')));
  });

  it('reports a pattern given twice under its first index only', () => {
    expect(found(['ab', 'b', 'ab'], 'xab')).toEqual([
      [0, 3],
      [1, 3],
    ]);
  });

  it('reads code units beyond ASCII, Han and surrogate halves alike', () => {
    const patterns = ['保护卫士', '卫士', 'pékin', '😀a'];
    const text = '中国保护卫士在pékin 😀a';
    expect(sorted(found(patterns, text))).toEqual(sorted(naive(patterns, text)));
  });

  it('agrees with a naive search on random patterns in any order', () => {
    for (let seed = 1; seed <= 200; seed++) {
      const next = random(seed);
      const word = (max: number) => Array.from({ length: 1 + Math.floor(next() * max) }, () => 'abcé卫'[Math.floor(next() * 5)]).join('');
      const patterns = Array.from({ length: 1 + Math.floor(next() * 12) }, () => word(5));
      const text = word(60);
      expect(sorted(found(patterns, text)), `seed ${seed}`).toEqual(sorted(naive(patterns, text)));
    }
  });

  it('refuses an empty pattern', () => {
    expect(() => buildAutomaton(['a', ''])).toThrow(/pattern 1 is empty/);
  });
});
