/**
 * The words of the shared components (locales/*.yml). The popup's and the
 * options page's own words are in the browser's language (@wxt-dev/i18n);
 * the words of an entity's card or details are in the language of its text
 * when we have a locale for it (virtual:backstory-labels), so that a card
 * speaks one language. Components only render what they are given.
 */
import { i18n } from '#i18n';
import { browser } from 'wxt/browser';
import table from 'virtual:backstory-labels';
import type { CountryTableLabels } from '../components/CountryTable';
import type { EntityCardLabels } from '../components/EntityCard';
import type { GroupCounts, GroupedEntityListLabels } from '../components/GroupedEntityList';
import type { TimelineLabels } from '../components/Timeline';
import type { EntityGroup } from '../lib/grouping';
import { packLanguageFor } from '../lib/language/tags';
import type { EntityType, ResponseAction, TimelineSide } from '../lib/pack/schema';

/**
 * The language the strings are in (BCP 47), for `lang` attributes and dates.
 * The browser picks the locale file; a language we have no file for falls
 * back to English, which this reflects.
 */
export function uiLang(): string {
  return i18n.t('extension.lang') || 'en';
}

/** The browser's interface language (BCP 47), which may be one we have no locale for: the fallback for the pack's text. */
export function uiLanguage(): string {
  return browser.i18n.getUILanguage();
}

export function entityTypeLabels(): Record<EntityType, string> {
  return {
    organization: i18n.t('entity.types.organization'),
    person: i18n.t('entity.types.person'),
    report: i18n.t('entity.types.report'),
    'government-body': i18n.t('entity.types.governmentBody'),
    program: i18n.t('entity.types.program'),
    concept: i18n.t('entity.types.concept'),
    media: i18n.t('entity.types.media'),
  };
}

export function groupLabels(): Record<EntityGroup, string> {
  return {
    organizations: i18n.t('entity.groups.organizations'),
    people: i18n.t('entity.groups.people'),
    reports: i18n.t('entity.groups.reports'),
    programs: i18n.t('entity.groups.programs'),
    'government-bodies': i18n.t('entity.groups.governmentBodies'),
    media: i18n.t('entity.groups.media'),
    concepts: i18n.t('entity.groups.concepts'),
  };
}

export function entityListLabels(): GroupedEntityListLabels {
  return {
    types: entityTypeLabels(),
    groups: groupLabels(),
    mentions: (count) => i18n.t('entity.mentions', count),
    track: (name) => i18n.t('entity.track', [name]),
    trackGroup: (group, total) => i18n.t('entity.trackGroup', total, [total, group]),
    groupCount: ({ tracked, total }) => groupTracking(tracked, total),
    notTracked: i18n.t('entity.notTracked'),
  };
}

/** How much of a whole group is tracked, in words: "tracking all 3", "tracking 2 of 3", "tracking none of 3". */
export function groupTracking(tracked: number, total: number): string {
  if (tracked >= total) return i18n.t('entity.groupTracking.all', total);
  if (tracked === 0) return i18n.t('entity.groupTracking.none', total);
  return i18n.t('entity.groupTracking.some', [tracked, total]);
}

/**
 * A group's header in the list of what a page mentions: what the page has,
 * then what is tracked, counted over the whole group, since that is what the
 * group's switch changes ("1 on this page · tracking all 3").
 */
export function onPageGroupCount({ listed, tracked, total }: GroupCounts): string {
  return i18n.t('popup.groupSummary', [i18n.t('popup.groupOnPage', listed), groupTracking(tracked, total)]);
}

/** Everything an entity's card and full details say besides the pack's text: plain strings, so a message can carry them. */
export interface DetailLabels extends EntityCardLabels, CountryTableLabels, TimelineLabels {
  /** Heading of the responses-by-country section. */
  countries: string;
  /** Heading of the timeline section. */
  timeline: string;
}

export interface LabelsIn {
  labels: DetailLabels;
  /** The language they are in: the text's when a locale has it, else English. */
  lang: string;
}

const ACTION_KEYS: Record<ResponseAction, string> = {
  'investigation-opened': 'investigationOpened',
  'raised-with-china': 'raisedWithChina',
  'closure-ordered': 'closureOrdered',
  'closure-reported': 'closureReported',
  'none-found': 'noneFound',
  search: 'search',
  arrest: 'arrest',
  charge: 'charge',
  'guilty-plea': 'guiltyPlea',
  conviction: 'conviction',
  'policy-change': 'policyChange',
  statement: 'statement',
};

const SIDE_KEYS: Record<TimelineSide, string> = {
  'chinese-government': 'chineseGovernment',
  'chinese-state-media': 'chineseStateMedia',
  'other-government': 'otherGovernment',
  ngo: 'ngo',
  media: 'media',
  individual: 'individual',
};

const TYPE_KEYS: Record<EntityType, string> = {
  organization: 'organization',
  person: 'person',
  report: 'report',
  'government-body': 'governmentBody',
  program: 'program',
  concept: 'concept',
  media: 'media',
};

const mapKeys = <K extends string>(keys: Record<K, string>, prefix: string, word: (key: string) => string) =>
  Object.fromEntries(Object.entries<string>(keys).map(([k, key]) => [k, word(`${prefix}.${key}`)])) as Record<K, string>;

/**
 * The card's and details' words in `lang` (a pack language such as
 * `zh-Hant`) when a locale file serves it, else in English, with the
 * language they are in so that a surface can mark them when it differs from
 * the text's.
 */
export function detailLabelsIn(lang: string): LabelsIn {
  const shown = packLanguageFor(lang, Object.keys(table)) ?? 'en';
  const words = table[shown] ?? {};
  const english = table.en ?? {};
  // A key missing in a locale cannot happen (tests/locales.test.ts); English covers it if it ever does.
  const word = (key: string) => words[key] ?? english[key] ?? key;
  return {
    lang: shown,
    labels: {
      types: mapKeys(TYPE_KEYS, 'entity.types', word),
      facts: word('entity.facts'),
      noFacts: word('entity.noFacts'),
      positions: word('entity.positions'),
      sources: word('entity.sources'),
      related: word('entity.related'),
      relatedHint: word('entity.relatedHint'),
      reviewed: word('entity.reviewed'),
      archived: word('entity.archived'),
      via: word('entity.via'),
      noLink: word('entity.noLink'),
      positionAbout: word('entity.positionAbout'),
      positionGeneral: word('entity.positionGeneral'),
      copy: word('citation.copy'),
      copyLabel: word('citation.copyLabel'),
      copied: word('citation.copied'),
      copyFailed: word('citation.failed'),
      citationField: word('citation.field'),
      citation: {
        title: word('citation.title'),
        via: word('citation.via'),
        noLink: word('citation.noLink'),
        separator: word('citation.separator'),
        whole: word('citation.whole'),
      },
      close: word('card.close'),
      details: word('card.details'),
      stopTracking: word('card.stopTracking'),
      back: word('card.back'),
      language: word('card.language'),
      byCountry: word('card.byCountry'),
      countries: word('story.countries'),
      country: word('story.country'),
      reported: word('story.reported'),
      response: word('story.response'),
      date: word('story.date'),
      noResponse: word('story.noResponse'),
      hostPosition: word('story.hostPosition'),
      actions: mapKeys(ACTION_KEYS, 'story.actions', word),
      timeline: word('story.timeline'),
      chinaLane: word('story.chinaLane'),
      othersLane: word('story.othersLane'),
      sides: mapKeys(SIDE_KEYS, 'story.sides', word),
    },
  };
}
