import { describe, expect, it } from 'vitest';
import { chineseTextVerdict } from '../../../lib/language/chinese-script';
import { chooseLanguage, pageLanguage } from '../../../lib/language/choose';

const PACK = ['en', 'zh-Hans', 'zh-Hant'];
// Development sentences written for these tests.
const SIMPLIFIED = '西班牙人权组织保护卫士发表报告，说中国在海外设立了警务服务站，多国随后展开调查。';
const TRADITIONAL = '西班牙人權組織保護衛士發表報告，說中國在海外設立了警務服務站，多國隨後展開調查。';
const ENGLISH = 'The Madrid-based group said the stations were used to pressure people to return to China.';

describe('chineseTextVerdict', () => {
  it('tells Simplified from Traditional by the characters that differ', () => {
    expect(chineseTextVerdict(SIMPLIFIED)).toEqual({ chinese: true, script: 'zh-Hans' });
    expect(chineseTextVerdict(TRADITIONAL)).toEqual({ chinese: true, script: 'zh-Hant' });
  });

  it('reads Chinese prose with Latin names in it as Chinese', () => {
    expect(chineseTextVerdict('Safeguard Defenders 发表的报告说，这些站点遍布多国。').chinese).toBe(true);
  });

  it('does not take English with a Chinese name in it, Japanese or Korean for Chinese', () => {
    expect(chineseTextVerdict(`${ENGLISH} 王靖渝`).chinese).toBe(false);
    expect(chineseTextVerdict('中国の警察が海外に拠点を置いていると報じられた。').chinese).toBe(false);
    expect(chineseTextVerdict('중국 해외 경찰서 의혹이 제기됐다.').chinese).toBe(false);
  });

  it('gives no script when the characters do not tell (a bare name)', () => {
    expect(chineseTextVerdict('王靖渝')).toEqual({ chinese: true, script: null });
  });

  it('reads a bounded prefix of a huge text', () => {
    const huge = `${SIMPLIFIED}${'a'.repeat(5_000_000)}`;
    expect(chineseTextVerdict(huge).script).toBe('zh-Hans');
  });

  it('keeps its two tables aligned and disjoint', async () => {
    const source = await import('node:fs').then((fs) => fs.readFileSync(new URL('../../../lib/language/chinese-script.ts', import.meta.url), 'utf8'));
    const [simplified, traditional] = [...source.matchAll(/=\n\s+'([^']+)'/g)].map((m) => [...m[1]!]);
    expect(simplified!.length).toBe(traditional!.length);
    expect(simplified!.filter((c) => traditional!.includes(c))).toEqual([]);
    expect(new Set(simplified).size).toBe(simplified!.length);
    expect(new Set(traditional).size).toBe(traditional!.length);
  });
});

describe('pageLanguage', () => {
  it('follows a declared language the pack has', () => {
    expect(pageLanguage({ declared: 'zh-TW', sample: SIMPLIFIED }, PACK)).toBe('zh-Hant');
    expect(pageLanguage({ declared: 'en-GB', sample: SIMPLIFIED }, PACK)).toBe('en');
  });

  it('reads the script when the page says only "zh"', () => {
    expect(pageLanguage({ declared: 'zh', sample: TRADITIONAL }, PACK)).toBe('zh-Hant');
    expect(pageLanguage({ declared: 'zh', sample: '王靖渝' }, PACK)).toBe('zh-Hans');
  });

  it('decides by script when the page says nothing', () => {
    expect(pageLanguage({ declared: null, sample: TRADITIONAL }, PACK)).toBe('zh-Hant');
    expect(pageLanguage({ declared: '', sample: SIMPLIFIED }, PACK)).toBe('zh-Hans');
    expect(pageLanguage({ declared: null, sample: ENGLISH }, PACK)).toBeNull();
  });

  it('gives nothing for a declared language the pack lacks, rather than guessing from script', () => {
    expect(pageLanguage({ declared: 'nl', sample: 'Chinese politiebureaus in Rotterdam en Amsterdam.' }, PACK)).toBeNull();
  });
});

describe('chooseLanguage', () => {
  const page = (declared: string | null, sample: string) => ({ declared, sample });

  it("puts the reader's choice first", () => {
    expect(chooseLanguage({ preference: 'zh-Hant', page: page('en', ENGLISH), ui: 'en-US', available: PACK })).toBe('zh-Hant');
    expect(chooseLanguage({ preference: 'en', page: page('zh-CN', SIMPLIFIED), ui: 'zh-CN', available: PACK })).toBe('en');
  });

  it('then the language of the text the mention is in', () => {
    expect(chooseLanguage({ preference: 'page', page: page('zh-CN', SIMPLIFIED), ui: 'en-US', available: PACK })).toBe('zh-Hans');
    expect(chooseLanguage({ preference: 'page', page: page(null, TRADITIONAL), ui: 'en-US', available: PACK })).toBe('zh-Hant');
  });

  it("then the browser's interface language", () => {
    expect(chooseLanguage({ preference: 'page', page: page('nl', 'Politiebureaus'), ui: 'zh-TW', available: PACK })).toBe('zh-Hant');
    expect(chooseLanguage({ preference: 'page', page: null, ui: 'zh', available: PACK })).toBe('zh-Hans');
  });

  it("then the pack's own language", () => {
    expect(chooseLanguage({ preference: 'page', page: page('nl', 'Politiebureaus'), ui: 'fr-FR', available: PACK })).toBe('en');
    expect(chooseLanguage({ preference: 'page', page: null, ui: 'de', available: ['en'] })).toBe('en');
  });

  it('ignores a preference the pack cannot serve', () => {
    expect(chooseLanguage({ preference: 'nl', page: page('zh-TW', TRADITIONAL), ui: 'en', available: PACK })).toBe('zh-Hant');
  });
});
