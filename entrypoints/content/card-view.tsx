/**
 * Drawing the hover card: EntityCard in the card's shadow root, with the
 * card's words from locales/*.yml (the `entity.*` labels shared with the
 * popup's detail view, extension/labels.ts, plus `card.*`). The words are
 * read when a card is first drawn, never at import time: WXT imports
 * entrypoints in Node while building.
 */
import { i18n } from '#i18n';
import { render, type Ref } from 'preact';
import { EntityCard, type EntityCardLabels, type EntityCardProps } from '../../components/EntityCard';
import { entityDetailsLabels, uiLang } from '../../extension/labels';
import type { EntityView } from '../../lib/entity-view';

/** Id of the name heading, which labels the dialog; unique in the card's shadow root. */
const HEADING_ID = 'backstory-card-name';

let labels: EntityCardLabels | null = null;

function cardLabels(): EntityCardLabels {
  return (labels ??= {
    ...entityDetailsLabels(),
    close: i18n.t('card.close'),
    details: i18n.t('card.details'),
    stopTracking: i18n.t('card.stopTracking'),
    back: i18n.t('card.back'),
  });
}

export type CardActions = Pick<EntityCardProps, 'onClose' | 'onDetails' | 'onStopTracking' | 'onSelectRelated' | 'onBack' | 'onCopyCitation' | 'copyStatus'>;

export function drawCard(root: HTMLElement, view: EntityView, dialog: Ref<HTMLDivElement>, actions: CardActions): void {
  render(
    <EntityCard
      // A new entity is a new card: no preview or scroll position carried over.
      key={view.entity.id}
      view={view}
      labels={cardLabels()}
      // Dates in the language the strings are in, which may differ from the browser's when we have no locale for it.
      locale={uiLang()}
      headingId={HEADING_ID}
      dialogRef={dialog}
      {...actions}
    />,
    root,
  );
}

export function eraseCard(root: HTMLElement): void {
  render(null, root);
}
