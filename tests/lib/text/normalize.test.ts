import { describe, expect, it } from 'vitest';
import { createNormalizedText, normalize, normalizeInto, type NormalizedText } from '../../../lib/text/normalize';

const textOf = (out: NormalizedText) => String.fromCharCode(...out.raw.subarray(0, out.length));

/** The original text each normalised unit maps back to. */
const sources = (input: string, out: NormalizedText) =>
  Array.from({ length: out.length }, (_, i) => input.slice(out.start[i], out.end[i]));

describe('normalize', () => {
  it.each([
    ['collapses white space runs, NBSP and line breaks to one space', 'Safeguard \u00a0\n\t Defenders', 'Safeguard Defenders'],
    ['reads a curly apostrophe as a space, ending the name before a possessive', 'Finn Lau\u2019s', 'Finn Lau s'],
    ['reads straight quotes as spaces', '"110 Overseas" and \'Fox Hunt\'', '110 Overseas and Fox Hunt'],
    ['reads quotes inside a phrase as spaces', 'police \u201cservice centres\u201d abroad', 'police service centres abroad'],
    ['reads guillemets and low quotes as spaces', '\u00ab\u00a0commissariats\u00a0\u00bb \u201ePolizeistationen\u201c', 'commissariats Polizeistationen'],
    ['drops CJK brackets between Han characters', '海外「服务站」与『海外警務』', '海外服务站与海外警務'],
    ['drops title marks around a Chinese title', '报告《海外110》指出', '报告海外110指出'],
    ['drops white space between Han characters', '保护\u3000卫士 发布', '保护卫士发布'],
    ['drops white space between Han and Latin text', '保护卫士 Safeguard Defenders 发布', '保护卫士Safeguard Defenders发布'],
    ['turns every dash into a hyphen', 'Fox\u2013Hunt \u2014 Sky\u2212Net \u2010 x', 'Fox-Hunt - Sky-Net - x'],
    ['folds the middle dots of transliterated names into one', '彼得・达林 彼得•达林 彼得·达林', '彼得·达林彼得·达林彼得·达林'],
    ['drops soft hyphens and zero-width characters', 'Safe\u00adguard De\u200bfen\u200dders\u2060', 'Safeguard Defenders'],
    ['folds full-width forms (NFKC)', '\uff33\uff41\uff46\uff45\uff47\uff55\uff41\uff52\uff44 \uff11\uff11\uff10', 'Safeguard 110'],
    ['composes a letter and its combining accent (NFC)', 'Rube\u0301n Ministe\u0300re se\u0301curite\u0301', 'Rub\u00e9n Minist\u00e8re s\u00e9curit\u00e9'],
    ['composes two combining marks in turn', 'Vie\u0323\u0302t', 'Vi\u1ec7t'],
    ['keeps a combining mark that composes with nothing', 'q\u0301', 'q\u0301'],
    ['leaves Chinese text as it is', '保护卫士发布报告', '保护卫士发布报告'],
  ])('%s', (_name, input, expected) => {
    expect(normalize(input)).toBe(expected);
  });

  it('case-folds only when asked', () => {
    expect(normalize('United Front')).toBe('United Front');
    expect(normalize('United Front', true)).toBe('united front');
    expect(normalize('E\u0301LYSE\u0301E', true)).toBe('\u00e9lys\u00e9e');
  });

  it('maps every normalised unit back to its source in the original text', () => {
    const input = 'A\u00a0 \u201cSafe\u00adguard\u201d';
    const out = normalizeInto(input, createNormalizedText(4));
    expect(textOf(out)).toBe('A Safeguard ');
    // The space covers the whole run of white space and quotes.
    // The soft hyphen before "g" is dropped, so "g" maps to itself alone.
    expect(sources(input, out)).toEqual(['A', '\u00a0 \u201c', 'S', 'a', 'f', 'e', 'g', 'u', 'a', 'r', 'd', '\u201d']);
  });

  it('maps a name inside CJK brackets to the name alone', () => {
    const input = 'his \u300c保护卫士\u300d group';
    const out = normalizeInto(input, createNormalizedText());
    expect(textOf(out)).toBe('his保护卫士group');
    const at = textOf(out).indexOf('保');
    expect(input.slice(out.start[at], out.end[at + 3])).toBe('保护卫士');
  });

  it('maps a composed letter to the letter and its mark', () => {
    const input = 'Rube\u0301n';
    const out = normalizeInto(input, createNormalizedText(2));
    expect(sources(input, out)).toEqual(['R', 'u', 'b', 'e\u0301', 'n']);
  });

  it('maps an NFKC expansion to the one original character it came from', () => {
    const input = 'x\ufb01y'; // "ﬁ" ligature
    const out = normalizeInto(input, createNormalizedText(2));
    expect(textOf(out)).toBe('xfiy');
    expect([out.start[1], out.end[1], out.start[2], out.end[2]]).toEqual([1, 2, 1, 2]);
  });

  it('keeps a surrogate pair together', () => {
    const input = 'a\u{1d400}b'; // mathematical bold A → "A"
    const out = normalizeInto(input, createNormalizedText(2));
    expect(textOf(out)).toBe('aAb');
    expect([out.start[1], out.end[1]]).toEqual([1, 3]);
  });

  it('grows its buffers for long text', () => {
    const input = 'word '.repeat(10_000);
    const out = normalizeInto(input, createNormalizedText(8));
    expect(out.length).toBe(input.length);
  });

  it('grows its buffers for text that ends in white space after an expansion', () => {
    const input = '\u00a8'.repeat(40) + ' ';
    const out = normalizeInto(input, createNormalizedText(2));
    expect(out.length).toBeGreaterThan(40);
  });
});
