import type { CountryTableLabels } from '../../components/CountryTable';
import type { TimelineLabels } from '../../components/Timeline';
import { entityView, type EntityView } from '../../lib/entity-view';
import { Catalog } from '../../lib/pack/catalog';
import type { Country, Pack, Source, TimelineEvent } from '../../lib/pack/schema';

export const COUNTRY_LABELS: CountryTableLabels = {
  country: 'Country',
  reported: 'Reported',
  response: 'Response',
  date: 'Date',
  actions: {
    'investigation-opened': 'Investigation',
    'raised-with-china': 'Raised with China',
    'closure-ordered': 'Closure ordered',
    'closure-reported': 'Reported closed',
    'none-found': 'Nothing found',
    search: 'Search',
    arrest: 'Arrest',
    charge: 'Charges',
    'guilty-plea': 'Guilty plea',
    conviction: 'Conviction',
    'policy-change': 'Policy change',
    statement: 'Statement',
  },
  noResponse: 'No response on record',
  hostPosition: 'Government position:',
  positionAbout: 'About: $1',
  positionGeneral: 'General statement, about: $1',
};

export const TIMELINE_LABELS: TimelineLabels = {
  chinaLane: 'Chinese government and state media',
  othersLane: 'Others',
  sides: {
    'chinese-government': 'Chinese government',
    'chinese-state-media': 'Chinese state media',
    'other-government': 'Government',
    ngo: 'NGO',
    media: 'Media',
    individual: 'Individual',
  },
};

export const COUNTRIES: Country[] = [
  {
    country: 'NL',
    reported: { text: 'Two sites, in Amsterdam and Rotterdam.', sources: ['s-paper', 's-report'] },
    responses: [
      { date: '2022-10-26', actor: 'Foreign ministry', action: 'investigation-opened', text: 'Said it would investigate.', sources: ['s-paper'] },
      { date: '2022-11-01', actor: 'Foreign minister', action: 'closure-ordered', text: 'Ordered both closed.', sources: ['s-order'] },
    ],
    hostPosition: { holder: 'Foreign ministry', statement: 'The offices were illegal.', sources: ['s-paper'] },
  },
  {
    country: 'DE',
    reported: { text: 'One site, in Frankfurt.', sources: ['s-report'] },
    responses: [{ date: '2022-10', actor: 'Hesse interior ministry', action: 'none-found', text: 'No indications so far.', sources: ['s-zdf'] }],
  },
  {
    country: 'SE',
    reported: { text: 'One site, in Stockholm.', sources: ['s-report'] },
    responses: [],
    hostPosition: { holder: 'Foreign minister', statement: 'Takes the reports seriously.', sources: ['s-tt'] },
  },
];

export const EVENTS: TimelineEvent[] = [
  { date: '2022-09-12', entities: ['stations'], side: 'ngo', speaker: 'An NGO', text: 'Published its report.', sources: ['s-report'] },
  {
    date: '2022-11-02',
    entities: ['stations'],
    side: 'chinese-government',
    speaker: "China's Ministry of Foreign Affairs",
    text: 'Said the sites are not police stations.',
    sources: ['s-denial'],
  },
  { date: '2022-11-01', entities: ['stations'], side: 'other-government', speaker: 'Dutch foreign minister', text: 'Ordered closure.', sources: ['s-order'] },
  { date: '2023-05-16', entities: ['stations'], side: 'chinese-state-media', speaker: 'Global Times', text: 'Attacked the NGO.', sources: ['s-gt', 's-report'] },
];

const STORY_SOURCES: Source[] = ['s-report', 's-paper', 's-order', 's-zdf', 's-tt', 's-denial', 's-gt'].map((id) => ({
  id,
  title: `Source ${id}`,
  publisher: 'Publisher',
  url: `https://example.org/${id}`,
  kind: 'news',
}));

/** The full view (with story) of an entity that has one fact citing s-report, these countries and these events. */
export function storyView(lang = 'en'): EntityView {
  const pack: Pack = {
    id: 'story',
    title: 'Story',
    version: '1.0.0',
    language: 'en',
    reviewed: '2026-01',
    sources: STORY_SOURCES,
    entities: [
      {
        id: 'stations',
        name: 'Stations',
        type: 'concept',
        aliases: [{ text: 'Stations' }],
        summary: 'About the stations.',
        facts: [{ label: 'Count', value: '54', sources: ['s-report'] }],
        countries: COUNTRIES,
      },
    ],
    timeline: EVENTS,
  };
  return entityView(new Catalog([pack]), 'stations', lang, { story: true })!;
}
