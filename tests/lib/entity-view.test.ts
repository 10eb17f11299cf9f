import { describe, expect, it } from 'vitest';
import { BUNDLED_PACKS } from '../../data';
import { entityName, entityNames, entityView, listEntity, viewDates } from '../../lib/entity-view';
import { Catalog } from '../../lib/pack/catalog';
import type { Pack } from '../../lib/pack/schema';
import { multilingualPack } from '../support/multilingual-pack';

const pack: Pack = {
  id: 'p',
  title: 'P',
  version: '1.0.0',
  language: 'en',
  reviewed: '2026-01',
  sources: [
    { id: 's1', title: 'One', publisher: 'Pub', url: 'https://example.org/1', kind: 'news' },
    { id: 's2', title: 'Two', publisher: 'Pub', url: 'https://example.org/2', kind: 'news' },
    { id: 's3', title: 'Three', publisher: 'Pub', url: 'https://example.org/3', kind: 'news' },
  ],
  entities: [
    {
      id: 'a',
      name: 'A',
      type: 'organization',
      aliases: [{ text: 'A' }],
      summary: 'About A.',
      facts: [
        { label: 'L', value: 'V', sources: ['s2'] },
        { label: 'M', value: 'W', sources: ['gone', 's2'] },
      ],
      positions: [{ holder: 'H', statement: 'S', sources: ['s1', 'gone', 's2'] }],
      related: ['b', 'missing', 'a'],
    },
    { id: 'b', name: 'B', type: 'person', aliases: [{ text: 'B' }], summary: 'About B.', facts: [{ label: 'L', value: 'V', sources: ['s3'] }] },
  ],
};

describe('entityView', () => {
  const catalog = new Catalog([pack]);

  it('resolves cited sources in citation order and related entities that exist', () => {
    const view = entityView(catalog, 'a')!;
    expect(view).toMatchObject({ id: 'a', type: 'organization', name: 'A', summary: 'About A.', lang: 'en', reviewedOn: '2026-01' });
    expect(view.sources.map((s) => s.id)).toEqual(['s2', 's1']);
    expect(view.related).toEqual([{ id: 'b', name: 'B', type: 'person', summary: 'About B.', lang: 'en' }]);
  });

  it('numbers each fact and position by its sources, facts first; a source the pack lacks gets no number and leaves no gap', () => {
    const view = entityView(catalog, 'a')!;
    expect(view.facts.map((f) => f.marks)).toEqual([[1], [1]]);
    expect(view.positions.map((p) => p.marks)).toEqual([[2, 1]]);
  });

  it('has no marks for an entity that cites nothing', () => {
    const bare = new Catalog([{ ...pack, entities: [{ ...pack.entities[1]!, facts: [], positions: undefined }] }]);
    expect(entityView(bare, 'b')).toMatchObject({ sources: [], facts: [], positions: [] });
  });

  it('gives a one-language pack in its own language whatever is asked, and offers no other', () => {
    const view = entityView(catalog, 'a', 'zh-Hant')!;
    expect(view).toMatchObject({ lang: 'en', name: 'A', languages: [{ tag: 'en', name: 'English', short: 'EN' }] });
  });

  it('carries what a copied citation names: the pack’s title and the reviewed date', () => {
    expect(entityView(catalog, 'a')).toMatchObject({ packTitle: 'P', reviewedOn: '2026-01' });
  });

  it('is null for an unknown id', () => {
    expect(entityView(catalog, 'nope')).toBeNull();
  });

  it('resolves every bundled entity with at least one source', () => {
    const bundled = new Catalog(BUNDLED_PACKS);
    for (const e of bundled.entities) {
      const view = entityView(bundled, e.id)!;
      expect(view.sources.length, e.id).toBeGreaterThan(0);
      // Every mark points into the list, and every listed source is marked somewhere.
      const marks = [...view.facts, ...view.positions].flatMap((item) => item.marks);
      expect(new Set(marks), e.id).toEqual(new Set(view.sources.map((_, i) => i + 1)));
    }
  });
});

describe('entityView in the pack\'s languages', () => {
  const catalog = new Catalog([multilingualPack()]);

  it.each([
    ['en', 'Lantern Line', 'Founded', '2019'],
    ['zh-Hans', '灯笼热线', '成立', '2019年'],
    ['zh-Hant', '燈籠熱線', '成立', '2019年'],
  ])('resolves every text in %s and says so', (lang, name, label, value) => {
    const view = entityView(catalog, 'lantern-line', lang)!;
    expect(view).toMatchObject({ lang, name, facts: [{ label, value, marks: [1] }, expect.anything()] });
    expect(view.related).toEqual([expect.objectContaining({ id: 'mira-osk', lang })]);
  });

  it.each([
    ['en', 'Lantern Line test pack'],
    ['zh-Hans', '灯笼热线测试包'],
    ['zh-Hant', '燈籠熱線測試包'],
  ])('names its pack, for a copied citation, in the view\'s language (%s)', (lang, title) => {
    expect(entityView(catalog, 'lantern-line', lang)).toMatchObject({ lang, packTitle: title });
  });

  it('falls back to the pack\'s own language, and says it is English, for a language the pack lacks', () => {
    expect(entityView(catalog, 'lantern-line', 'nl')).toMatchObject({ lang: 'en', name: 'Lantern Line' });
    expect(entityView(catalog, 'lantern-line')).toMatchObject({ lang: 'en' });
  });

  it('names the languages a reader can switch between in themselves', () => {
    expect(entityView(catalog, 'lantern-line', 'zh-Hans')!.languages).toEqual([
      { tag: 'en', name: 'English', short: 'EN' },
      { tag: 'zh-Hans', name: '简体中文', short: '简' },
      { tag: 'zh-Hant', name: '繁體中文', short: '繁' },
    ]);
  });

  it('keeps what a position was about, and whether it is general', () => {
    const [, about, general] = entityView(catalog, 'lantern-line', 'zh-Hant')!.positions;
    expect(about).toMatchObject({ about: '該熱線的辦公室', general: false });
    expect(general).toMatchObject({ holder: '中國外交部', about: '海外求助熱線的整體情況', general: true });
    expect(entityView(catalog, 'lantern-line')!.positions[0]).not.toHaveProperty('about');
  });

  it('leaves the country table and timeline out of a card view, but counts the countries for its link', () => {
    const card = entityView(catalog, 'lantern-line', 'en')!;
    expect(card).toMatchObject({ countryCount: 2, countries: [], timeline: [] });
    // The card lists only the sources its facts and positions cite.
    expect(card.sources.map((s) => s.id)).toEqual(['src-paper', 'src-reprint', 'src-council', 'src-ministry']);
  });

  it('numbers the full view in one sequence that the card view begins: facts, positions, countries, then events', () => {
    const card = entityView(catalog, 'lantern-line', 'en')!;
    const full = entityView(catalog, 'lantern-line', 'en', { story: true })!;
    expect(full.sources.slice(0, card.sources.length)).toEqual(card.sources);
    expect([...full.facts, ...full.positions].map((x) => x.marks)).toEqual([...card.facts, ...card.positions].map((x) => x.marks));
    const nl = full.countries.find((c) => c.code === 'NL')!;
    expect(nl.responses.map((r) => r.marks)).toEqual([[1], [3]]);
    expect(full.timeline.map((e) => e.marks)).toEqual([[4], [1]]);
  });

  it('names countries in the text\'s language and sorts them alphabetically in it', () => {
    expect(entityView(catalog, 'lantern-line', 'en', { story: true })!.countries.map((c) => c.name)).toEqual(['Ireland', 'Netherlands']);
    // Traditional Chinese sorts by strokes: 荷 (11) before 愛 (13).
    expect(entityView(catalog, 'lantern-line', 'zh-Hant', { story: true })!.countries.map((c) => [c.code, c.name])).toEqual([
      ['NL', '荷蘭'],
      ['IE', '愛爾蘭'],
    ]);
  });

  it('gives the timeline newest first, in the text\'s language, with China\'s statements marked for their lane', () => {
    const timeline = entityView(catalog, 'lantern-line', 'zh-Hans', { story: true })!.timeline;
    expect(timeline.map((e) => [e.date, e.china, e.speaker])).toEqual([
      ['2023-04-18', true, '中国外交部'],
      ['2023-03-14', false, '乌得勒支警方'],
    ]);
  });

  it('lists each of its dates once: reviewed, sources, responses by country and events', () => {
    const full = entityView(catalog, 'lantern-line', 'en', { story: true })!;
    const dates = viewDates(full);
    expect(new Set(dates).size).toBe(dates.length);
    expect(dates[0]).toBe(full.reviewedOn);
    for (const date of [
      ...full.sources.flatMap((s) => (s.date ? [s.date] : [])),
      ...full.countries.flatMap((c) => c.responses.map((r) => r.date)),
      ...full.timeline.map((e) => e.date),
    ]) {
      expect(dates).toContain(date);
    }
    expect(full.timeline.length).toBeGreaterThan(0);
    // The card's view has fewer: no countries, no events.
    expect(viewDates(entityView(catalog, 'lantern-line', 'en')!).length).toBeLessThan(dates.length);
  });

  it('names an entity in a language for lists, and in every language for search', () => {
    const entity = catalog.entity('mira-osk')!;
    expect(entityName(entity, 'zh-Hant')).toEqual({ text: '米拉·奧斯克', lang: 'zh-Hant' });
    expect(listEntity(entity, 'fr')).toEqual({ id: 'mira-osk', type: 'person', group: 'people', name: 'Mira Osk', lang: 'en' });
    expect(entityNames(entity)).toEqual(['Mira Osk', '米拉·奥斯克', '米拉·奧斯克']);
  });
});
