import { describe, expect, it } from 'vitest';
import { detailLabelsIn } from '../../extension/labels';

describe('detailLabelsIn', () => {
  it.each([
    ['en', 'en', 'Key facts', 'Close', 'Investigation opened', 'Chinese state media'],
    ['zh-Hans', 'zh-Hans', '要点', '关闭', '展开调查', '中国官方媒体'],
    ['zh-Hant', 'zh-Hant', '重點', '關閉', '展開調查', '中國官方媒體'],
    ['zh-TW', 'zh-Hant', '重點', '關閉', '展開調查', '中國官方媒體'],
  ])('gives the words for %s in %s', (asked, lang, facts, close, investigation, stateMedia) => {
    const { labels, lang: shown } = detailLabelsIn(asked);
    expect(shown).toBe(lang);
    expect(labels).toMatchObject({ facts, close, actions: { 'investigation-opened': investigation }, sides: { 'chinese-state-media': stateMedia } });
  });

  it('gives English, and says so, for a language we have no locale for', () => {
    expect(detailLabelsIn('nl')).toMatchObject({ lang: 'en', labels: { facts: 'Key facts' } });
  });

  it('has every word in every language: none falls back to its key', () => {
    for (const lang of ['en', 'zh-Hans', 'zh-Hant']) {
      const words = JSON.stringify(detailLabelsIn(lang).labels);
      expect(words, lang).not.toMatch(/"(entity|card|story|citation)\.[a-zA-Z.]+"/);
    }
  });

  it('keeps the placeholders the components fill', () => {
    for (const lang of ['en', 'zh-Hans', 'zh-Hant']) {
      const { labels } = detailLabelsIn(lang);
      for (const template of [labels.reviewed, labels.via, labels.noLink, labels.positionAbout, labels.positionGeneral]) expect(template, lang).toContain('$1');
      for (const template of [labels.copyLabel, labels.citationField, labels.citation.title, labels.citation.via]) expect(template, lang).toContain('$1');
      expect(labels.citation.whole, lang).toMatch(/\$1.*\$2.*\$3/);
    }
  });

  it.each([
    ['en', 'Copy', 'Copied', ', '],
    ['zh-Hans', '复制', '已复制', '，'],
    ['zh-Hant', '複製', '已複製', '，'],
  ])('gives the copy buttons and the copied citation their words in %s', (lang, copy, copied, separator) => {
    const { labels } = detailLabelsIn(lang);
    expect(labels).toMatchObject({ copy, copied, citation: { separator } });
    expect(labels.copyFailed.length).toBeGreaterThan(10);
  });
});
