import { describe, expect, it } from 'vitest';
import type { Pack } from '../../lib/pack/schema';
import { packTable, packTotals } from '../../scripts/lib/pack-table';

const pack: Pack = {
  id: 'p',
  title: 'P',
  version: '1.1.0',
  language: 'en',
  reviewed: '2026-12-01',
  sources: [
    { id: 'a', title: 'A', publisher: 'A', url: 'https://example.org/a', kind: 'news' },
    { id: 'b', title: 'B', publisher: 'B', url: 'https://example.org/b', kind: 'news' },
    { id: 'c', title: 'C', publisher: 'C', via: 'a repost', kind: 'state-media' },
  ],
  entities: [
    {
      id: 'stations',
      name: 'Stations',
      type: 'concept',
      aliases: [{ text: 'stations' }, { text: 'outposts' }],
      summary: 'S.',
      facts: [{ label: 'l', value: 'v', sources: ['a'] }],
      countries: [
        { country: 'NL', reported: { text: 'Two.', sources: ['a'] }, responses: [{ date: '2022-11-01', actor: 'M', action: 'closure-ordered', text: 'T.', sources: ['b'] }] },
        { country: 'SE', reported: { text: 'One.', sources: ['a'] }, responses: [] },
      ],
    },
    { id: 'person', name: 'Person', type: 'person', aliases: [{ text: 'Person' }], summary: 'S.', facts: [] },
  ],
  timeline: [
    { date: '2022-11-02', entities: ['stations'], side: 'chinese-government', speaker: 'MFA', text: 'Denied.', sources: ['c'] },
    { date: '2022-11-03', entities: ['stations', 'person'], side: 'media', speaker: 'Paper', text: 'Reported.', sources: ['a'] },
  ],
};

describe('packTable', () => {
  it('prints countries, responses and events per entity, and sources cited anywhere in its view', () => {
    const lines = packTable(pack).split('\n');
    expect(lines[0]!.split(/\s+/)).toEqual(['entity', 'aliases', 'facts', 'positions', 'countries', 'responses', 'events', 'sources']);
    expect(lines[1]!.split(/\s+/)).toEqual(['stations', '2', '1', '0', '2', '1', '2', '3']);
    expect(lines[2]!.split(/\s+/)).toEqual(['person', '1', '0', '0', '0', '0', '1', '1']);
  });
});

describe('packTotals', () => {
  it('sums the story structure and counts sources without a link', () => {
    expect(packTotals(pack)).toBe('country rows: 2, responses: 1, timeline events: 2, sources without a link: 1');
  });
});
