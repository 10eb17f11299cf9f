import { describe, expect, it } from 'vitest';
import { caseModeOf, contextOf, langMatches, scriptLanguage, segmentsOf, termsOf, unlessOf } from '../../../lib/match/alias-rules';

describe('caseModeOf', () => {
  it('reads the case mode, the older caseSensitive flag, or the default', () => {
    expect(caseModeOf({ case: 'proper' })).toBe('proper');
    expect(caseModeOf({ caseSensitive: true })).toBe('exact');
    expect(caseModeOf({ caseSensitive: false })).toBe('any');
    expect(caseModeOf({})).toBe('any');
  });
});

describe('contextOf and unlessOf', () => {
  it('reads a plain list of terms (the older form) as page context', () => {
    expect(contextOf({ context: ['China'] })).toEqual([{ block: [], page: ['China'] }]);
  });

  it('reads scoped terms, either scope optional', () => {
    expect(contextOf({ context: { block: ['report'] } })).toEqual([{ block: ['report'], page: [] }]);
    expect(unlessOf({ unless: { page: ['Metropolitan Police'] } })).toEqual({ block: [], page: ['Metropolitan Police'] });
  });

  it('reads a list of conditions, all of which must hold', () => {
    expect(contextOf({ context: [{ block: ['abroad'] }, { page: ['China'] }] })).toEqual([
      { block: ['abroad'], page: [] },
      { block: [], page: ['China'] },
    ]);
    expect(termsOf(contextOf({ context: [{ block: ['abroad'] }, { page: ['China'] }] }))).toEqual(['abroad', 'China']);
  });

  it('is null without rules', () => {
    expect(contextOf({})).toBeNull();
    expect(unlessOf({})).toBeNull();
  });
});

describe('segmentsOf', () => {
  it('splits an alias at its gaps and trims the parts', () => {
    expect(segmentsOf('comisarías … chinas')).toEqual(['comisarías', 'chinas']);
    expect(segmentsOf('海外…警察站')).toEqual(['海外', '警察站']);
    expect(segmentsOf('Safeguard Defenders')).toEqual(['Safeguard Defenders']);
  });
});

describe('langMatches', () => {
  it.each([
    [['nl'], 'nl', true],
    [['pt'], 'pt-BR', true],
    [['zh-Hant'], 'zh', true],
    [['zh-Hant'], 'ZH-hant', true],
    [['pt-PT'], 'pt-BR', false],
    [['it', 'fr'], 'fr-CA', true],
    [['nl'], 'en', false],
    [['nl'], 'nld', false],
    [['nl'], '', true],
  ] as const)('%j in text of %j: %s', (tags, lang, expected) => {
    expect(langMatches(tags, lang)).toBe(expected);
  });
});

describe('scriptLanguage', () => {
  it.each([
    ['保护卫士发布报告', 'zh'],
    ['保護衛士の報告書', 'ja'],
    ['세이프가드 디펜더스', 'ko'],
    ['Safeguard Defenders', ''],
    ['', ''],
  ])('%s is %j', (text, expected) => {
    expect(scriptLanguage(text)).toBe(expected);
  });
});
