import { describe, expect, it } from 'vitest';
import { chineseScriptOf, packLanguageFor, parseTag } from '../../../lib/language/tags';

const PACK = ['en', 'zh-Hans', 'zh-Hant'];

describe('parseTag', () => {
  it('reads language, script and region, in any case, with _ or -', () => {
    expect(parseTag('zh-Hant-TW')).toEqual({ language: 'zh', script: 'hant', region: 'tw' });
    expect(parseTag('zh_TW')).toEqual({ language: 'zh', script: null, region: 'tw' });
    expect(parseTag('es-419')).toEqual({ language: 'es', script: null, region: '419' });
  });

  it.each(['', '  ', 'x', 'english', '12', '-en'])('rejects %j', (tag) => {
    expect(parseTag(tag)).toBeNull();
  });
});

describe('chineseScriptOf', () => {
  it.each([
    ['zh-CN', 'zh-Hans'],
    ['zh-SG', 'zh-Hans'],
    ['zh-Hans', 'zh-Hans'],
    ['zh-Hans-HK', 'zh-Hans'],
    ['zh-TW', 'zh-Hant'],
    ['zh-HK', 'zh-Hant'],
    ['zh-MO', 'zh-Hant'],
    ['zh-Hant', 'zh-Hant'],
    ['zh-Hant-CN', 'zh-Hant'],
    ['yue', 'zh-Hant'],
    ['zh', 'unknown'],
    ['cmn', 'unknown'],
    ['en', null],
    ['ja', null],
  ])('%s → %s', (tag, script) => {
    expect(chineseScriptOf(tag)).toBe(script);
  });
});

describe('packLanguageFor', () => {
  it.each([
    ['en', 'en'],
    ['en-GB', 'en'],
    ['EN-us', 'en'],
    ['zh-CN', 'zh-Hans'],
    ['zh-TW', 'zh-Hant'],
    ['zh-hant', 'zh-Hant'],
    ['zh_HK', 'zh-Hant'],
  ])('%s → %s', (tag, expected) => {
    expect(packLanguageFor(tag, PACK)).toBe(expected);
  });

  it('serves a language the pack lacks with nothing, so that the caller falls back', () => {
    expect(packLanguageFor('nl', PACK)).toBeNull();
    expect(packLanguageFor('ja', PACK)).toBeNull();
  });

  it('leaves a Chinese tag without script to the script the caller read from the text', () => {
    expect(packLanguageFor('zh', PACK)).toBeNull();
    expect(packLanguageFor('zh', PACK, 'zh-Hant')).toBe('zh-Hant');
    expect(packLanguageFor('zh', PACK, 'zh-Hans')).toBe('zh-Hans');
  });

  it('never serves Chinese readers a pack language that is only "zh" of another script', () => {
    expect(packLanguageFor('zh-TW', ['en', 'zh-Hans'])).toBeNull();
  });

  it('matches a regional pack language by primary subtag when the page names none', () => {
    expect(packLanguageFor('nl', ['en', 'nl-BE'])).toBe('nl-BE');
  });
});
