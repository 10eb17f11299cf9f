/**
 * Matcher.mayMatch, the fast reject before scanBlock: it must be true
 * exactly when some pattern (alias, context term or exclusion) occurs in
 * the text's normalised, folded form, whatever the word boundaries, so
 * that scanBlock never misses anything it would have found.
 */
import { describe, expect, it } from 'vitest';
import { BUNDLED_PACKS } from '../../../data';
import { contextOf, segmentsOf, termsOf, unlessOf } from '../../../lib/match/alias-rules';
import { MAY_MATCH_WARM_UP, matcherFor } from '../../../lib/match/matcher';
import { isOpen, stem } from '../../../lib/match/pattern-table';
import { pageMentions } from '../../../lib/match/page-mentions';
import { Catalog } from '../../../lib/pack/catalog';
import { normalize } from '../../../lib/text/normalize';

const entities = new Catalog(BUNDLED_PACKS).entities;
const matcher = matcherFor(entities);

const ALIASES = entities.flatMap((e) => e.aliases.map((a) => a.text));
/** What the automaton holds: alias parts (split at gaps), context terms of every scope, exclusions. */
const unstarred = (t: string) => (isOpen(t) ? stem(t) : t);
const PARTS = ALIASES.flatMap(segmentsOf).map(unstarred);
const TERMS = [
  ...new Set(
    entities.flatMap((e) =>
      e.aliases.flatMap((a) => {
        const scoped = [...termsOf(contextOf(a)), ...termsOf(unlessOf(a))];
        return [...scoped, ...(a.exclude ?? [])].map(unstarred);
      }),
    ),
  ),
];
const KEYS = [...new Set([...PARTS, ...TERMS].map((t) => normalize(t, true)))].filter(Boolean);

const COMBINING = /[\u0300-\u036f]/;

/** The definition, spelled out slowly. */
function reference(text: string): boolean {
  const folded = normalize(text, true);
  return KEYS.some((key) => folded.includes(key));
}

/** A small deterministic generator, so a failure can be replayed. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

describe('Matcher.mayMatch', () => {
  it.each(ALIASES)('is true around the alias %s', (alias) => {
    expect(matcher.mayMatch(`Before ${alias}, after.`)).toBe(true);
    expect(matcher.mayMatch(alias.toUpperCase())).toBe(reference(alias.toUpperCase()));
  });

  it('is true inside words and in any case: boundaries and case are scanBlock\'s to check', () => {
    expect(matcher.mayMatch('CCPA compliance')).toBe(true);
    expect(matcher.mayMatch('a SAFEGUARD DEFENDERS banner')).toBe(true);
  });

  it('reads odd white space, soft hyphens, full-width forms and curly quotes as scanBlock does', () => {
    for (const text of [
      'Safeguard\u00a0Defenders',
      'Safe\u00adguard  \n Defenders',
      '\uff33\uff41\uff46\uff45\uff47\uff55\uff41\uff52\uff44 Defenders',
      'China\u2019s Transnational Policing Gone Wild',
      '\u2003Finn\u3000Lau',
    ]) {
      expect(matcher.mayMatch(text), text).toBe(true);
      expect(matcher.scanBlock(text).candidates.length + (matcher.scanBlock(text).terms?.length ?? 0)).toBeGreaterThan(0);
    }
  });

  it('reads quotes and CJK brackets as scanBlock does', () => {
    for (const text of ['police \u201cservice centres\u201d', '海外\u300c警察站\u300d', '海外 「 警察站 」', 'Safeguard "Defenders"', '中国 ab 警察站']) {
      expect(matcher.mayMatch(text), text).toBe(reference(text));
    }
  });

  it('leaves a combining accent to scanBlock: true, never a miss', () => {
    expect(matcher.mayMatch('Rube\u0301n says comisari\u0301as chinas')).toBe(true);
    const text = 'las comisari\u0301as chinas';
    expect(pageMentions(matcher, [text])[0]!.map((m) => text.slice(m.start, m.end))).toEqual(['comisari\u0301as chinas']);
  });

  it('is false on text that mentions nothing', () => {
    expect(matcher.mayMatch('A story about gardening, with tomatoes and beans.')).toBe(false);
    expect(matcher.mayMatch('')).toBe(false);
  });

  it('agrees with the definition on random text made of pattern pieces', () => {
    const next = random(11);
    const parts = [
      ...PARTS, ...TERMS, ' ', '  ', '\u00a0', '\n', '\u00ad', "'s", 'A', 'x', '.', '-', '\u2013', '中', 'É', '\u2019', '\ud83d\ude00', '\ufb01', '\u3000',
      // Quotes read as spaces, brackets between Han characters vanish, accents compose with the letter before.
      '"', '\u300c', '\u300d', '\u300a', '\u00ab ', 'e', '\u0301', '\u0300', 'E\u0301', '\u00a8', '\u30fb',
    ];
    for (let n = 0; n < 4000; n++) {
      let text = '';
      const count = 1 + Math.floor(next() * 5);
      for (let i = 0; i < count; i++) {
        let part = parts[Math.floor(next() * parts.length)]!;
        // Cut pieces too, so that most texts hold only parts of patterns.
        if (next() < 0.5 && part.length > 2) part = part.slice(0, 1 + Math.floor(next() * (part.length - 1)));
        const r = next();
        if (r < 0.15) part = part.toUpperCase();
        else if (r < 0.3) part = part.toLowerCase();
        text += part;
      }
      // After a combining mark that may compose with the letter before it, mayMatch answers true and
      // leaves the question to scanBlock; everywhere else it is exact.
      if (COMBINING.test(text)) {
        if (reference(text)) expect(matcher.mayMatch(text), JSON.stringify(text)).toBe(true);
      } else {
        expect(matcher.mayMatch(text), JSON.stringify(text)).toBe(reference(text));
      }
    }
  });
});

describe('the text a matcher warms up on', () => {
  it('holds no alias of the bundled packs before its last unit, so that it takes every path of the loop', () => {
    for (const text of MAY_MATCH_WARM_UP) expect(matcher.mayMatch(text.slice(0, -1)), text).toBe(false);
  });

  it('reaches the paths a page reaches: white space and quotes, accents, soft hyphens, Han, kana, Hangul, astral and full-width letters, typographic quotes, dashes and dots', () => {
    const units = MAY_MATCH_WARM_UP.join('');
    for (const needed of [' ', '\t', '\n', '"', "'", '`', 'A', '\u00e9', '\u00ad', '\u00a0', '\u4e2d', '\u304b', '\ud55c', '\ud835', '\uff21', '\u0301', '\u00ab', '\u2019', '\u2014', '\u30fb']) {
      expect(units).toContain(needed);
    }
    // One string an engine can store a byte a unit, as it does most text nodes' data.
    expect(MAY_MATCH_WARM_UP.some((text) => [...text].every((c) => c.charCodeAt(0) < 0x100))).toBe(true);
  });
});
