/**
 * The hover card's words, from locales/*.yml: the `entity.*` labels shared
 * with the popup's detail view (extension/labels.ts) plus `card.*`. Read when
 * a card is first drawn, never at import time: WXT imports entrypoints in
 * Node while building.
 */
import { i18n } from '#i18n';
import type { EntityCardLabels } from '../../components/EntityCard';
import { entityDetailsLabels, uiLang } from '../../extension/labels';

let labels: EntityCardLabels | null = null;

export function cardLabels(): EntityCardLabels {
  return (labels ??= {
    ...entityDetailsLabels(),
    close: i18n.t('card.close'),
    details: i18n.t('card.details'),
    stopTracking: i18n.t('card.stopTracking'),
    back: i18n.t('card.back'),
  });
}

/** Dates in the language the strings are in, which may differ from the browser's when we have no locale for it. */
export function cardLocale(): string {
  return uiLang();
}
