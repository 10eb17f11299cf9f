import { describe, expect, it } from 'vitest';
import { BUNDLED_PACKS } from '../../data';
import { entityView } from '../../lib/entity-view';
import { Catalog } from '../../lib/pack/catalog';
import type { Pack } from '../../lib/pack/schema';

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
    expect(view.entity.id).toBe('a');
    expect(view.sources.map((s) => s.id)).toEqual(['s2', 's1']);
    expect(view.related).toEqual([{ id: 'b', name: 'B', type: 'person', summary: 'About B.' }]);
  });

  it('numbers each fact and position by its sources, facts first; a source the pack lacks gets no number and leaves no gap', () => {
    const view = entityView(catalog, 'a')!;
    expect(view.marks).toEqual({ facts: [[1], [1]], positions: [[2, 1]] });
  });

  it('has no marks for an entity that cites nothing', () => {
    const bare = new Catalog([{ ...pack, entities: [{ ...pack.entities[1]!, facts: [], positions: undefined }] }]);
    expect(entityView(bare, 'b')).toMatchObject({ sources: [], marks: { facts: [], positions: [] } });
  });

  it('carries what a copied citation names: the pack’s title and the reviewed date', () => {
    expect(entityView(catalog, 'a')!.entity).toMatchObject({ packTitle: 'P', reviewedOn: '2026-01' });
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
      const marks = [...view.marks.facts, ...view.marks.positions].flat();
      expect(new Set(marks), e.id).toEqual(new Set(view.sources.map((_, i) => i + 1)));
    }
  });
});
