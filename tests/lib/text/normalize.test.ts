import { describe, expect, it } from 'vitest';
import { createNormalizedText, normalize, normalizeInto } from '../../../lib/text/normalize';

describe('normalize', () => {
  it.each([
    ['collapses white space runs, NBSP and line breaks to one space', 'Safeguard \u00a0\n\t Defenders', 'Safeguard Defenders'],
    ['folds curly apostrophes to straight ones', 'Finn Lau\u2019s', "Finn Lau's"],
    ['folds curly double quotes', '\u201c110 Overseas\u201d', '"110 Overseas"'],
    ['turns every dash into a hyphen', 'Fox\u2013Hunt \u2014 Sky\u2212Net \u2010 x', 'Fox-Hunt - Sky-Net - x'],
    ['drops soft hyphens and zero-width characters', 'Safe\u00adguard De\u200bfen\u200dders\u2060', 'Safeguard Defenders'],
    ['folds full-width forms (NFKC)', '\uff33\uff41\uff46\uff45\uff47\uff55\uff41\uff52\uff44 \uff11\uff11\uff10', 'Safeguard 110'],
    ['turns the ideographic space into a space', '保护\u3000卫士', '保护 卫士'],
    ['leaves Chinese text as it is', '保护卫士发布报告', '保护卫士发布报告'],
  ])('%s', (_name, input, expected) => {
    expect(normalize(input)).toBe(expected);
  });

  it('case-folds only when asked', () => {
    expect(normalize('United Front')).toBe('United Front');
    expect(normalize('United Front', true)).toBe('united front');
  });

  it('maps every normalised unit back to its source in the original text', () => {
    const input = 'A\u00a0 \u201cSafe\u00adguard\u201d';
    const out = normalizeInto(input, createNormalizedText(4));
    const text = String.fromCharCode(...out.raw.subarray(0, out.length));
    expect(text).toBe('A "Safeguard"');
    // The collapsed space covers the whole run of white space.
    expect([out.start[1], out.end[1]]).toEqual([1, 3]);
    // "g" comes after the dropped soft hyphen.
    const g = text.indexOf('g');
    expect(input.slice(out.start[g], out.end[g])).toBe('g');
    expect(input.slice(out.start[2], out.end[2])).toBe('\u201c');
  });

  it('maps an NFKC expansion to the one original character it came from', () => {
    const input = 'x\ufb01y'; // "ﬁ" ligature
    const out = normalizeInto(input, createNormalizedText(2));
    expect(String.fromCharCode(...out.raw.subarray(0, out.length))).toBe('xfiy');
    expect([out.start[1], out.end[1], out.start[2], out.end[2]]).toEqual([1, 2, 1, 2]);
  });

  it('keeps a surrogate pair together', () => {
    const input = 'a\u{1d400}b'; // mathematical bold A → "A"
    const out = normalizeInto(input, createNormalizedText(2));
    expect(String.fromCharCode(...out.raw.subarray(0, out.length))).toBe('aAb');
    expect([out.start[1], out.end[1]]).toEqual([1, 3]);
  });

  it('grows its buffers for long text', () => {
    const input = 'word '.repeat(10_000);
    const out = normalizeInto(input, createNormalizedText(8));
    expect(out.length).toBe(input.length);
  });
});
