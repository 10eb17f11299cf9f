import { describe, expect, it } from 'vitest';
import { cardMessages, labelLanguage, readLabelTable } from '../../scripts/lib/label-module';

describe('virtual:backstory-labels', () => {
  it('keys each locale file by the pack language it serves', async () => {
    expect(Object.keys(await readLabelTable()).sort()).toEqual(['en', 'zh-Hans', 'zh-Hant']);
    expect([labelLanguage('en'), labelLanguage('zh-CN'), labelLanguage('zh-TW'), labelLanguage('zh-HK'), labelLanguage('pt-BR')]).toEqual([
      'en',
      'zh-Hans',
      'zh-Hant',
      'zh-Hant',
      'pt-BR',
    ]);
  });

  it("holds the card's and details' simple messages only", async () => {
    const table = await readLabelTable();
    expect(table['zh-Hant']!['card.close']).toBe('關閉');
    expect(table.en!['story.actions.guiltyPlea']).toBe('Guilty plea');
    expect(table['zh-Hans']!['citation.copied']).toBe('已复制');
    expect(table.en!['citation.whole']).toContain('$2');
    expect(Object.keys(table.en!).every((key) => /^(entity|card|story|citation)\./.test(key))).toBe(true);
    // Plurals are the popup's, which has the browser's i18n for them.
    expect(table.en!['entity.mentions']).toBeUndefined();
  });

  it('skips plural messages and other sections', () => {
    expect(
      cardMessages([
        { type: 'simple', key: ['card', 'close'], message: 'Close', substitutions: 0, namedSubstitutions: [] },
        { type: 'simple', key: ['popup', 'back'], message: 'Back', substitutions: 0, namedSubstitutions: [] },
        { type: 'plural', key: ['entity', 'mentions'], plurals: { n: '$1 mentions' }, substitutions: 1, namedSubstitutions: [] },
      ]),
    ).toEqual({ 'card.close': 'Close' });
  });
});
