import { describe, expect, it } from 'vitest';
import { BUNDLED_PACKS } from '../../../data';
import { decodePatterns, encodePatterns, PATTERN_DATA_MARK } from '../../../lib/match/pattern-codec';
import { compilePatterns } from '../../../lib/match/pattern-table';
import { aliasIndex, type AliasEntity } from '../../../lib/pack/alias-index';

const bundled = compilePatterns(aliasIndex(BUNDLED_PACKS));

/** Every field a pattern can have, and texts whose automaton key is not their lower case. */
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
    expect(decodePatterns(encodePatterns(bundled))).toEqual(bundled);
  });

  it('decodes every kind of pattern and field, own keys included', () => {
    const table = compilePatterns(EVERY_KIND);
    expect(table.keys).toContain('σοφοσ');
    expect(decodePatterns(encodePatterns(table))).toEqual(table);
  });

  it('decodes a table with imported packs compiled onto the bundled one', () => {
    const table = compilePatterns(EVERY_KIND, bundled);
    expect(decodePatterns(encodePatterns(table))).toEqual(table);
  });

  it('shares what patterns repeat: a list or a language used twice is one object', () => {
    const decoded = decodePatterns(encodePatterns(bundled));
    const scopes = decoded.patterns.flatMap((p) => [...(p.context ?? []), ...(p.unless ? [p.unless] : [])]);
    expect(scopes.length).toBeGreaterThan(100);
    expect(new Set(scopes).size).toBe(new Set(scopes.map((s) => JSON.stringify(s))).size);
    const german = decoded.patterns.filter((p) => p.lang?.join() === 'de');
    expect(german.length).toBeGreaterThan(1);
    expect(new Set(german.map((p) => p.lang)).size).toBe(1);
  });

  it('starts with its mark and is a fraction of the table as plain JSON', () => {
    const data = encodePatterns(bundled);
    expect(JSON.parse(data)[0]).toBe(PATTERN_DATA_MARK);
    expect(data.length).toBeLessThan(JSON.stringify(bundled).length / 3);
  });

  it('refuses data of another version, by name', () => {
    const data = encodePatterns(bundled).replace(PATTERN_DATA_MARK, 'backstory-patterns/0');
    expect(() => decodePatterns(data)).toThrow(/backstory-patterns\/0/);
  });
});
