/** Small valid packs for tests of imports, the catalog and settings files. */
import type { Pack } from '../../lib/pack/schema';

export function testPack(id = 'community-pack', entityIds: readonly string[] = ['community-entity']): Pack {
  return {
    id,
    title: `Pack ${id}`,
    version: '1.0.0',
    language: 'en',
    reviewed: '2026-10-01',
    sources: [{ id: 'src-a', title: 'Source A', publisher: 'Publisher A', url: 'https://example.org/a', kind: 'news' }],
    entities: entityIds.map((entityId, i) => ({
      id: entityId,
      name: `Entity ${entityId}`,
      type: 'organization',
      aliases: [{ text: `Alias${i} ${entityId}` }],
      summary: `A neutral summary of ${entityId}.`,
      facts: [{ label: 'Founded', value: '2016', sources: ['src-a'] }],
    })),
  };
}
