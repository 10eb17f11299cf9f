import type { Ref } from 'preact';
import { EntityDetails, type EntityDetailsLabels, type EntityDetailsProps } from './EntityDetails';

export interface EntityCardLabels extends EntityDetailsLabels {
  close: string;
  details: string;
  stopTracking: string;
  back: string;
  /** The accessible name of the language switch. */
  language: string;
  /** The link to the entity's responses by country, in its full view. */
  byCountry: string;
}

export interface EntityCardProps extends Omit<EntityDetailsProps, 'labels' | 'headingId' | 'headingLevel' | 'story'> {
  labels: EntityCardLabels;
  /** Id for the name heading; the dialog is labelled by it. Unique in the card's root. */
  headingId: string;
  onClose: () => void;
  /** Open the full view of this entity (the popup's detail view). */
  onDetails: () => void;
  onStopTracking: () => void;
  /** Present while the card shows a related entity: back to the one before. */
  onBack?: () => void;
  /** Show the card's text in another of the pack's languages. */
  onLanguage?: (lang: string) => void;
  /** Open the full view at the entity's responses by country; the link shows when it has some. */
  onCountries?: () => void;
  dialogRef?: Ref<HTMLDivElement>;
}

/**
 * The hover card's chrome around EntityDetails: a non-modal dialog named by
 * the entity's name and carrying the `lang` of its text, with Details, Stop
 * tracking, Close and a switch between the pack's languages. It can take
 * focus (tabindex -1) so that a keyboard command can move into it, but
 * nothing here moves focus by itself. Render only.
 */
export function EntityCard(props: EntityCardProps) {
  const { view, labels, labelLang, headingId, onClose, onDetails, onStopTracking, onBack, onLanguage, onCountries, dialogRef, ...details } = props;
  const story =
    onCountries && view.countryCount > 0 ? (
      <p class="ed-section card-more" lang={labelLang}>
        <button type="button" class="card-link" onClick={onCountries}>
          {labels.byCountry} <span aria-hidden="true">→</span>
        </button>
      </p>
    ) : null;
  return (
    <div ref={dialogRef} class="card" role="dialog" aria-labelledby={headingId} data-entity-id={view.id} lang={view.lang} tabIndex={-1}>
      <div class="card-body">
        <EntityDetails {...details} view={view} labels={labels} labelLang={labelLang} headingId={headingId} headingLevel={2} story={story} />
      </div>
      <div class="card-actions" lang={labelLang}>
        {onBack ? (
          <button type="button" class="card-button card-back" onClick={onBack}>
            {labels.back}
          </button>
        ) : null}
        <button type="button" class="card-button card-details" onClick={onDetails}>
          {labels.details}
        </button>
        <button type="button" class="card-button card-stop" onClick={onStopTracking}>
          {labels.stopTracking}
        </button>
        {onLanguage && view.languages.length > 1 ? (
          <div class="card-langs" role="group" aria-label={labels.language}>
            {view.languages.map(({ tag, name, short }) => (
              <button
                type="button"
                key={tag}
                class="card-lang"
                lang={tag}
                aria-label={name}
                title={name}
                aria-pressed={tag === view.lang}
                onClick={() => tag !== view.lang && onLanguage(tag)}
              >
                {short}
              </button>
            ))}
          </div>
        ) : null}
      </div>
      <button type="button" class="card-close" aria-label={labels.close} title={labels.close} lang={labelLang} onClick={onClose}>
        <span aria-hidden="true">×</span>
      </button>
    </div>
  );
}
