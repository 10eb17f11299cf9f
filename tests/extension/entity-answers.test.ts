import { describe, expect, it } from 'vitest';
import { answerEntity } from '../../extension/entity-answers';
import { Catalog } from '../../lib/pack/catalog';
import { formatPackDate } from '../../lib/pack/date-text';
import { multilingualPack } from '../support/multilingual-pack';
import { testPack } from '../support/packs';

const catalog = new Catalog([multilingualPack(), testPack('english-only', ['english-entity'])]);
const reader = { preference: 'page', ui: 'en-US' };
const ask = (page: { declared: string | null; sample: string } | null, more: { lang?: string; preference?: string; ui?: string; entityId?: string } = {}) =>
  answerEntity(catalog, { entityId: more.entityId ?? 'lantern-line', page, lang: more.lang }, { ...reader, ...more });

describe('answerEntity', () => {
  it.each([
    ['zh-CN', 'zh-Hans', '灯笼热线', '资料来源'],
    ['zh-SG', 'zh-Hans', '灯笼热线', '资料来源'],
    ['zh-TW', 'zh-Hant', '燈籠熱線', '資料來源'],
    ['zh-HK', 'zh-Hant', '燈籠熱線', '資料來源'],
    ['en-GB', 'en', 'Lantern Line', 'Sources'],
  ])('answers a mention on a %s page in %s, with the card’s words in it', (declared, lang, name, sources) => {
    const answer = ask({ declared, sample: '' })!;
    expect(answer.view).toMatchObject({ lang, name });
    expect(answer.labels.sources).toBe(sources);
    expect(answer.labelLang).toBe(lang);
  });

  it('decides by the characters where the page has no lang', () => {
    expect(ask({ declared: '', sample: '燈籠熱線說，這個辦公室只提供諮詢。' })!.view.lang).toBe('zh-Hant');
    expect(ask({ declared: '', sample: '灯笼热线说，这个办公室只提供咨询。' })!.view.lang).toBe('zh-Hans');
  });

  it("falls back to the browser's language, then to the pack's own", () => {
    expect(ask({ declared: 'nl', sample: '' }, { ui: 'zh-TW' })!.view.lang).toBe('zh-Hant');
    expect(ask({ declared: 'nl', sample: '' }, { ui: 'nl-BE' })!.view.lang).toBe('en');
    expect(ask(null, { ui: 'zh-CN' })!.view.lang).toBe('zh-Hans');
  });

  it("lets the options page's setting override the page, and the card's switch override both", () => {
    expect(ask({ declared: 'zh-TW', sample: '' }, { preference: 'en' })!.view.lang).toBe('en');
    expect(ask({ declared: 'en', sample: '' }, { preference: 'zh-Hans', lang: 'zh-Hant' })!.view.lang).toBe('zh-Hant');
  });

  it('gives an entity of a one-language pack in that language, and English words with it', () => {
    const answer = ask({ declared: 'zh-TW', sample: '' }, { entityId: 'english-entity' })!;
    expect(answer.view.lang).toBe('en');
    expect(answer.labelLang).toBe('en');
    expect(answer.labels.close).toBe('Close');
  });

  it('writes out every date the card shows or copies, in the language of the text and of its words', () => {
    const { view, dates } = ask({ declared: 'zh-TW', sample: '' })!;
    const isos = [view.reviewedOn, ...view.sources.flatMap((s) => (s.date ? [s.date] : []))];
    expect(isos.length).toBeGreaterThan(1);
    for (const iso of isos) {
      for (const style of ['short', 'long'] as const) {
        expect(dates).toContainEqual([iso, 'zh-Hant', style, formatPackDate(iso, 'zh-Hant', style)]);
      }
    }
    // Nothing but those: one entry per date, language and month style.
    expect(dates).toHaveLength(new Set(isos).size * 2);
  });

  it('is null for an entity no pack has', () => {
    expect(ask(null, { entityId: 'nobody' })).toBeNull();
  });

  it('answers with plain data that a message can carry', () => {
    const answer = ask({ declared: 'zh-TW', sample: '' });
    expect(structuredClone(answer)).toEqual(answer);
  });
});
