import { describe, expect, it } from 'vitest';
import { BUNDLED_PACKS } from '../../../data';
import { Matcher } from '../../../lib/match/matcher';
import { decodePatterns, encodePatterns, PATTERN_DATA_MARK } from '../../../lib/match/pattern-codec';
import { compilePatterns, type PatternTable } from '../../../lib/match/pattern-table';
import { aliasIndex, type AliasEntity } from '../../../lib/pack/alias-index';
import { comparable, compiledFrom } from '../../support/patterns';

const roundTrip = (table: PatternTable) => comparable(decodePatterns(encodePatterns(table)));

const bundled = compilePatterns(aliasIndex(BUNDLED_PACKS));

/** Every field a pattern can have, texts whose key is not their lower case, keys two entities share. */
const EVERY_KIND: AliasEntity[] = [
  {
    id: 'every-kind',
    aliases: [
      { text: 'Polizeistation*', lang: ['de'], context: [{ block: ['Polizei'] }, { page: ['China', 'Peking'] }], unless: { block: ['Spiel'] } },
      { text: 'Wang … Jingyu', case: 'proper', exclude: ['Wang and Jingyu'] },
      { text: 'WJ', case: 'exact', short: 'block', context: { page: ['China'] } },
      { text: 'İstanbul Office', short: 'page' },
      { text: 'ΣΟΦΟΣ', caseSensitive: true, lang: ['el'] },
      { text: 'Inert … ' },
    ],
  },
  { id: 'same-key', aliases: [{ text: 'wj' }, { text: 'istanbul office' }] },
];

describe('the bundled pattern data', () => {
  it('decodes to exactly the table it was made from: the bundled packs', () => {
    expect(roundTrip(bundled)).toEqual(compiledFrom(bundled));
  });

  it('decodes every kind of pattern and field, keys shared across entities included', () => {
    const table = compilePatterns(EVERY_KIND);
    expect(table.byText.some((patterns) => patterns.length > 1)).toBe(true);
    expect(roundTrip(table)).toEqual(compiledFrom(table));
  });

  it('decodes a table with imported packs compiled onto the bundled one', () => {
    const table = compilePatterns(EVERY_KIND, bundled);
    expect(roundTrip(table)).toEqual(compiledFrom(table));
  });

  it('shares what patterns repeat: a list or a language used twice is one object', () => {
    const decoded = decodePatterns(encodePatterns(bundled));
    const patterns = Array.from({ length: decoded.patternCount }, (_, i) => decoded.pattern(i));
    const scopes = patterns.flatMap((p) => [...(p.context ?? []), ...(p.unless ? [p.unless] : [])]);
    expect(scopes.length).toBeGreaterThan(100);
    expect(new Set(scopes).size).toBe(new Set(scopes.map((s) => JSON.stringify(s))).size);
    const german = patterns.filter((p) => p.lang?.join() === 'de');
    expect(german.length).toBeGreaterThan(1);
    expect(new Set(german.map((p) => p.lang)).size).toBe(1);
  });

  it('makes each pattern when first asked for it, and the same object after', () => {
    const decoded = decodePatterns(encodePatterns(bundled));
    const last = decoded.patternCount - 1;
    expect(decoded.pattern(last)).toBe(decoded.pattern(last));
    expect(decoded.pattern(last)).toEqual(bundled.patterns[last]);
  });

  it('starts with its mark and is a fraction of the table as plain JSON', () => {
    const data = encodePatterns(bundled);
    expect(JSON.parse(data.slice(0, data.indexOf('\n')))[0]).toBe(PATTERN_DATA_MARK);
    expect(data.length).toBeLessThan(JSON.stringify(bundled).length / 3);
  });

  it('reads the patterns only when a page first has a hit: a frame that finds nothing never parses them', () => {
    const data = encodePatterns(bundled);
    // Everything after the automaton made unreadable: everything up to the first hit still works.
    const matcher = new Matcher(decodePatterns(`${data.slice(0, data.indexOf('\n'))}\n{unreadable\n[]`));
    expect(matcher.mayMatch('An ordinary sentence about the weather in Lisbon.')).toBe(false);
    expect(matcher.scanBlock('An ordinary sentence about the weather in Lisbon.').candidates).toEqual([]);
    expect(matcher.mayMatch('A report by Safeguard Defenders.')).toBe(true);
    expect(() => matcher.scanBlock('A report by Safeguard Defenders.')).toThrow(SyntaxError);
  });

  it('parses a pattern’s row only when the pattern is first asked for', () => {
    const data = encodePatterns(bundled);
    const lastRow = data.lastIndexOf(',\n') + 2;
    const decoded = decodePatterns(`${data.slice(0, lastRow)}[unreadable`);
    expect(decoded.pattern(0)).toEqual(bundled.patterns[0]);
    expect(decoded.patternsWithKey(0)).toEqual(bundled.byText[0]);
    expect(() => decoded.pattern(decoded.patternCount - 1)).toThrow(SyntaxError);
  });

  it('gives each key its patterns, shared keys included, without parsing a row', () => {
    const table = compilePatterns(EVERY_KIND, bundled);
    const data = encodePatterns(table);
    const [head, lists] = data.split('\n');
    const decoded = decodePatterns(`${head}\n${lists}\n${Array.from({ length: table.patterns.length }, () => '[unreadable').join(',\n')}`);
    expect(Array.from({ length: table.keys.length }, (_, key) => decoded.patternsWithKey(key))).toEqual(table.byText);
  });

  it('refuses key lists that do not fit its automaton or its rows', () => {
    const table = compilePatterns(EVERY_KIND);
    const data = encodePatterns(table);
    const [first, second] = [data.indexOf('\n'), data.indexOf('\n', data.indexOf('\n') + 1)];
    const [head, lists, rows] = [data.slice(0, first), data.slice(first + 1, second), data.slice(second + 1)];
    const [scopes, langs, rowKeys] = JSON.parse(lists) as [unknown, unknown, number[]];
    const withKeys = (keys: number[]) => decodePatterns([head, JSON.stringify([scopes, langs, keys]), rows].join('\n'), true);
    expect(() => withKeys(rowKeys)).not.toThrow();
    const shared = rowKeys.findIndex((key) => key > 0);
    expect(shared).toBeGreaterThan(0);
    // A row that shares a key said to have one of its own: one key more than the automaton has.
    expect(() => withKeys(rowKeys.map((key, row) => (row === shared ? 0 : key)))).toThrow(/rows for \d+ keys/);
    expect(() => withKeys(rowKeys.slice(1))).toThrow(/keys for \d+ rows, not/);
  });

  it('refuses data of another version, by name', () => {
    const data = encodePatterns(bundled).replace(PATTERN_DATA_MARK, 'backstory-patterns/1');
    expect(() => decodePatterns(data)).toThrow(/backstory-patterns\/1/);
  });
});
