import { describe, expect, it } from 'vitest';
import { validatePack, type PackError } from '../../../lib/pack/validate';

const L = (en: string, hans: string, hant: string) => ({ en, 'zh-Hans': hans, 'zh-Hant': hant });

/** A pack in three languages, every reader-facing text translated; each test breaks one thing. */
function translatedPack() {
  return {
    id: 'test-pack',
    title: L('Test pack', '测试包', '測試包'),
    version: '1.2.0',
    language: 'en',
    languages: ['en', 'zh-Hans', 'zh-Hant'],
    reviewed: '2026-12-01',
    sources: [{ id: 'src-a', title: 'A report', publisher: 'Publisher A', date: '2022-09-12', url: 'https://example.org/a', kind: 'news' }],
    entities: [
      {
        id: 'entity-one',
        name: L('Entity One', '实体一', '實體一'),
        type: 'organization',
        aliases: [{ text: 'Entity One' }],
        summary: L('A neutral summary.', '中立的摘要。', '中立的摘要。'),
        facts: [
          {
            label: L('Count', '数量', '數量'),
            value: L('54 sites in 30 countries, September 2022', '2022年9月：30个国家的54个站点', '2022年9月：30個國家的54個站點'),
            sources: ['src-a'],
          },
        ],
        positions: [{ holder: L('Publisher A', '出版方A', '出版方A'), statement: L('Says so.', '如是说。', '如是說。'), sources: ['src-a'] }],
      },
    ],
  };
}

function errorsOf(mutate: (pack: ReturnType<typeof translatedPack>) => void): PackError[] {
  const pack = translatedPack();
  mutate(pack);
  const result = validatePack(pack);
  if (result.ok) throw new Error('expected the pack to be rejected');
  return result.errors;
}

describe('validatePack, a pack in several languages', () => {
  it('accepts a pack whose every text is in every declared language', () => {
    expect(validatePack(translatedPack())).toMatchObject({ ok: true });
  });

  it('names entity, field and language of a missing translation', () => {
    const errors = errorsOf((p) => {
      const value = p.entities[0]!.facts[0]!.value as Record<string, string>;
      delete value['zh-Hant'];
    });
    expect(errors).toEqual([{ path: 'entities[0] (entity-one).facts[0].value.zh-Hant', message: expect.any(String) }]);
  });

  it('names an empty translation', () => {
    expect(errorsOf((p) => (p.entities[0]!.summary['zh-Hans'] = ' '))).toEqual([
      { path: 'entities[0] (entity-one).summary.zh-Hans', message: 'must not be empty' },
    ]);
  });

  it('refuses a text left in English only', () => {
    expect(errorsOf((p) => ((p.entities[0]! as { name: unknown }).name = 'Entity One'))).toEqual([
      { path: 'entities[0] (entity-one).name', message: expect.stringContaining("each of the pack's languages") },
    ]);
  });

  it('refuses a translation whose numbers or dates differ from the original', () => {
    expect(errorsOf((p) => (p.entities[0]!.facts[0]!.value['zh-Hant'] = '2022年：30個國家的45個站點'))).toEqual([
      {
        path: 'entities[0] (entity-one).facts[0].value.zh-Hant',
        message: expect.stringMatching(/zh-Hant text's numbers and dates differ from the en original: it lacks month 09, number 54 and adds number 45/),
      },
    ]);
  });

  it('checks positions and the pack title too', () => {
    expect(errorsOf((p) => (p.entities[0]!.positions[0]!.holder['zh-Hans'] = ''))).toEqual([
      { path: 'entities[0] (entity-one).positions[0].holder.zh-Hans', message: 'must not be empty' },
    ]);
    expect(errorsOf((p) => delete (p.title as Partial<Record<string, string>>).en)).toEqual([{ path: 'title.en', message: expect.any(String) }]);
  });

  it("requires the declared languages to start with the pack's own", () => {
    expect(errorsOf((p) => (p.languages = ['zh-Hans', 'en', 'zh-Hant']))).toContainEqual({
      path: 'languages',
      message: "must start with the pack's own language",
    });
  });

  it('leaves source titles in their original language', () => {
    expect(errorsOf((p) => ((p.sources[0] as { title: unknown }).title = L('A report', '一份报告', '一份報告')))).toEqual([
      { path: 'sources[0] (src-a).title', message: expect.any(String) },
    ]);
  });
});

describe('validatePack, a pack in one language', () => {
  it('still takes plain strings, as packs before translations did', () => {
    const pack = translatedPack() as Record<string, unknown>;
    delete pack.languages;
    const plain = JSON.parse(JSON.stringify(pack, (_k, value: unknown) => (value && typeof value === 'object' && 'en' in value && 'zh-Hans' in value ? (value as { en: string }).en : value)));
    expect(validatePack(plain)).toMatchObject({ ok: true });
  });
});
