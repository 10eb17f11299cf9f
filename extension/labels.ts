/**
 * The words of the shared components, in the browser's language
 * (locales/*.yml through @wxt-dev/i18n). Components only render what they
 * are given; the popup and the options page build their labels here.
 */
import { i18n } from '#i18n';
import type { EntityDetailsLabels } from '../components/EntityDetails';
import type { GroupCounts, GroupedEntityListLabels } from '../components/GroupedEntityList';
import type { CitationWords } from '../lib/citation-text';
import type { EntityGroup } from '../lib/grouping';
import type { EntityType } from '../lib/pack/schema';

/**
 * The language the strings are in (BCP 47), for `lang` attributes and dates.
 * The browser picks the locale file; a language we have no file for falls
 * back to English, which this reflects.
 */
export function uiLang(): string {
  return i18n.t('extension.lang') || 'en';
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

export function entityDetailsLabels(): EntityDetailsLabels {
  return {
    types: entityTypeLabels(),
    facts: i18n.t('entity.facts'),
    noFacts: i18n.t('entity.noFacts'),
    positions: i18n.t('entity.positions'),
    sources: i18n.t('entity.sources'),
    related: i18n.t('entity.related'),
    relatedHint: i18n.t('entity.relatedHint'),
    reviewed: (date) => i18n.t('entity.reviewed', [date]),
    archived: i18n.t('entity.archived'),
    copy: i18n.t('citation.copy'),
    copyLabel: (title) => i18n.t('citation.copyLabel', [title]),
    copied: i18n.t('citation.copied'),
    copyFailed: i18n.t('citation.failed'),
    citationField: (title) => i18n.t('citation.field', [title]),
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

/** The words around a copied citation (lib/citation-text.ts). */
export function citationWords(): CitationWords {
  return {
    title: (title) => i18n.t('citation.title', [title]),
    via: (outlet) => i18n.t('citation.via', [outlet]),
    noLink: i18n.t('citation.noLink'),
    separator: i18n.t('citation.separator'),
    whole: (source, packTitle, reviewed) => i18n.t('citation.whole', [source, packTitle, reviewed]),
  };
}
