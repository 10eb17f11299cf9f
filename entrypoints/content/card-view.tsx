/**
 * Drawing the hover card: EntityCard in the card's shadow root. The entity
 * and the card's words come together from the background, in the language
 * chosen for the mention (extension/entity-answers.ts): the content script
 * holds no strings of its own, and a card speaks one language.
 */
import { render, type Ref } from 'preact';
import { EntityCard, type EntityCardProps } from '../../components/EntityCard';
import type { EntityResponse } from '../../extension/messages';

/** Id of the name heading, which labels the dialog; unique in the card's shadow root. */
const HEADING_ID = 'backstory-card-name';

export type CardActions = Pick<
  EntityCardProps,
  'onClose' | 'onDetails' | 'onStopTracking' | 'onSelectRelated' | 'onBack' | 'onLanguage' | 'onCountries' | 'onCopyCitation' | 'copyStatus'
>;

export function drawCard(root: HTMLElement, shown: NonNullable<EntityResponse>, dialog: Ref<HTMLDivElement>, actions: CardActions): void {
  const { view, labels, labelLang } = shown;
  render(
    <EntityCard
      // A new entity is a new card: no preview or scroll position carried over.
      key={view.id}
      view={view}
      labels={labels}
      labelLang={labelLang === view.lang ? undefined : labelLang}
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
