/**
 * The hover card's words, from locales/*.yml: `entity.*` (shared with the
 * popup's detail view) and `card.*`. Read when a card is first drawn, never
 * at import time: WXT imports entrypoints in Node while building.
 */
import { i18n } from '#i18n';
import { browser } from 'wxt/browser';
import type { EntityCardLabels } from '../../components/EntityCard';

let labels: EntityCardLabels | null = null;

export function cardLabels(): EntityCardLabels {
  return (labels ??= {
    types: {
      organization: i18n.t('entity.types.organization'),
      person: i18n.t('entity.types.person'),
      report: i18n.t('entity.types.report'),
      'government-body': i18n.t('entity.types.governmentBody'),
      program: i18n.t('entity.types.program'),
      concept: i18n.t('entity.types.concept'),
      media: i18n.t('entity.types.media'),
    },
    facts: i18n.t('entity.facts'),
    noFacts: i18n.t('entity.noFacts'),
    positions: i18n.t('entity.positions'),
    sources: i18n.t('entity.sources'),
    related: i18n.t('entity.related'),
    relatedHint: i18n.t('entity.relatedHint'),
    reviewed: (date) => i18n.t('entity.reviewed', [date]),
    archived: i18n.t('entity.archived'),
    close: i18n.t('card.close'),
    details: i18n.t('card.details'),
    stopTracking: i18n.t('card.stopTracking'),
    back: i18n.t('card.back'),
  });
}

/** Dates in the language the strings are in: the browser's. */
export function cardLocale(): string {
  return browser.i18n.getUILanguage();
}
