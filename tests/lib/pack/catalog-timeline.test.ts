import { describe, expect, it } from 'vitest';
import { Catalog } from '../../../lib/pack/catalog';
import type { Pack } from '../../../lib/pack/schema';

function pack(id: string, entityId: string, timeline?: Pack['timeline']): Pack {
  return {
    id,
    title: id,
    version: '1.1.0',
    language: 'en',
    reviewed: '2026-12-01',
    sources: [{ id: 's', title: 'S', publisher: 'P', url: 'https://example.org/s', kind: 'news' }],
    entities: [{ id: entityId, name: entityId, type: 'concept', aliases: [{ text: entityId }], summary: 'S.', facts: [] }],
    timeline,
  };
}

describe('Catalog.timeline', () => {
  it("returns the events of the entity's own pack that name it, newest first", () => {
    const catalog = new Catalog([
      pack('a', 'stations', [
        { date: '2022-09-12', entities: ['stations'], side: 'ngo', speaker: 'NGO', text: 'Report.', sources: ['s'] },
        { date: '2022-11-01', entities: ['stations'], side: 'other-government', speaker: 'Minister', text: 'Closure.', sources: ['s'] },
      ]),
      // Another pack's event naming the same id must not leak in: its citations resolve in that pack.
      pack('b', 'other', [{ date: '2023-01-01', entities: ['stations', 'other'], side: 'media', speaker: 'Paper', text: 'Elsewhere.', sources: ['s'] }]),
    ]);
    expect(catalog.timeline(catalog.entity('stations')!).map((e) => e.text)).toEqual(['Closure.', 'Report.']);
    expect(catalog.timeline(catalog.entity('other')!).map((e) => e.text)).toEqual(['Elsewhere.']);
  });

  it('is empty for a pack without a timeline', () => {
    const catalog = new Catalog([pack('a', 'stations')]);
    expect(catalog.timeline(catalog.entity('stations')!)).toEqual([]);
  });
});
