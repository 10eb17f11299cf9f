import type { EntityCardLabels } from '../../components/EntityCard';
import type { RelatedEntity } from '../../lib/entity-view';
import type { CatalogEntity } from '../../lib/pack/catalog';
import type { Source } from '../../lib/pack/schema';

export const LABELS: EntityCardLabels = {
  types: {
    organization: 'Organisation',
    person: 'Person',
    report: 'Report',
    'government-body': 'Government body',
    program: 'Programme',
    concept: 'Concept',
    media: 'Media',
  },
  facts: 'Key facts',
  noFacts: 'No key facts recorded.',
  positions: 'Contested points',
  sources: 'Sources',
  related: 'Related',
  relatedHint: 'Point at a name to preview it.',
  reviewed: (date) => `Reviewed ${date}`,
  archived: 'archived copy',
  close: 'Close',
  details: 'Details',
  stopTracking: 'Stop tracking',
  back: 'Back',
};

export const SOURCES: Source[] = [
  { id: 's-about', title: 'About us', publisher: 'Safeguard Defenders', url: 'https://example.org/about', kind: 'advocacy' },
  {
    id: 's-report',
    title: '110 Overseas',
    publisher: 'Safeguard Defenders',
    date: '2022-09',
    url: 'https://example.org/report',
    archiveUrl: 'https://archive.example.org/report',
    kind: 'primary',
  },
  { id: 's-gt', title: 'Rebuttal', publisher: 'Global Times', date: '2023-05-16', url: 'https://example.org/gt', kind: 'state-media' },
];

export function entity(overrides: Partial<CatalogEntity> = {}): CatalogEntity {
  return {
    id: 'safeguard-defenders',
    name: 'Safeguard Defenders',
    type: 'organization',
    aliases: [{ text: 'Safeguard Defenders' }],
    summary: 'A human-rights NGO.',
    facts: [
      { label: 'Founded', value: '2016', sources: ['s-about'] },
      { label: 'Known for', value: 'The 110 Overseas report', sources: ['s-report', 's-about'] },
    ],
    positions: [
      { holder: 'Safeguard Defenders', statement: 'The stations pressure people to return.', sources: ['s-report'] },
      { holder: 'Global Times', statement: 'The claims are fabricated.', sources: ['s-gt'] },
    ],
    related: ['report-110-overseas'],
    packId: 'test',
    reviewedOn: '2026-11-28',
    ...overrides,
  };
}

export const RELATED: RelatedEntity[] = [
  { id: 'report-110-overseas', name: '110 Overseas', type: 'report', summary: 'A 2022 report.' },
  { id: 'peter-dahlin', name: 'Peter Dahlin', type: 'person', summary: 'A co-founder.' },
];
