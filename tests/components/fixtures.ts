import type { EntityCardLabels } from '../../components/EntityCard';
import { entityView, type EntityView } from '../../lib/entity-view';
import { Catalog } from '../../lib/pack/catalog';
import type { Entity, Source } from '../../lib/pack/schema';
import { multilingualPack } from '../support/multilingual-pack';

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
  reviewed: 'Reviewed $1',
  archived: 'archived copy',
  via: 'via $1',
  noLink: 'no link: seen via $1',
  positionAbout: 'About: $1',
  positionGeneral: 'General statement, about: $1',
  copy: 'Copy',
  copyLabel: 'Copy citation: $1',
  copied: 'Copied',
  copyFailed: 'Copying was refused: the citation is selected below.',
  citationField: 'Citation: $1',
  citation: { title: '“$1”', via: 'via $1', noLink: 'no link', separator: ', ', whole: "$1. Cited in Backstory's context pack “$2”, reviewed $3." },
  close: 'Close',
  details: 'Details',
  stopTracking: 'Stop tracking',
  back: 'Back',
  language: 'Language of the card',
  byCountry: 'By country',
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

export function entity(overrides: Partial<Entity> = {}): Entity {
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
    related: ['report-110-overseas', 'peter-dahlin'],
    reviewed: '2026-11-28',
    ...overrides,
  };
}

const RELATED: Entity[] = [
  { id: 'report-110-overseas', name: '110 Overseas', type: 'report', aliases: [{ text: '110 Overseas' }], summary: 'A 2022 report.', facts: [] },
  { id: 'peter-dahlin', name: 'Peter Dahlin', type: 'person', aliases: [{ text: 'Peter Dahlin' }], summary: 'A co-founder.', facts: [] },
];

/** The view the card and the popup are given, built as they get it (lib/entity-view.ts) from a pack of these. */
export function view(overrides: Partial<Entity> = {}, sources: Source[] = SOURCES): EntityView {
  const pack = { id: 'test', title: 'Test', version: '1.0.0', language: 'en', reviewed: '2026-01', sources, entities: [entity(overrides), ...RELATED] };
  return entityView(new Catalog([pack]), entity(overrides).id)!;
}

/** A view of the three-language test pack (tests/support/multilingual-pack.ts), in `lang`. */
export function multilingualView(id: string, lang: string, story = false): EntityView {
  return entityView(new Catalog([multilingualPack()]), id, lang, { story })!;
}
