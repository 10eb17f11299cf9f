import type { Ref } from 'preact';
import { EntityDetails, type EntityDetailsLabels, type EntityDetailsProps } from './EntityDetails';

export interface EntityCardLabels extends EntityDetailsLabels {
  close: string;
  details: string;
  stopTracking: string;
  back: string;
}

export interface EntityCardProps extends Omit<EntityDetailsProps, 'labels' | 'headingId' | 'headingLevel'> {
  labels: EntityCardLabels;
  /** Id for the name heading; the dialog is labelled by it. Unique in the card's root. */
  headingId: string;
  onClose: () => void;
  /** Open the full view of this entity (the popup's detail view). */
  onDetails: () => void;
  onStopTracking: () => void;
  /** Present while the card shows a related entity: back to the one before. */
  onBack?: () => void;
  dialogRef?: Ref<HTMLDivElement>;
}

/**
 * The hover card's chrome around EntityDetails: a non-modal dialog named by
 * the entity's name, with Details, Stop tracking and Close. It can take
 * focus (tabindex -1) so that a keyboard command can move into it, but
 * nothing here moves focus by itself. Render only.
 */
export function EntityCard(props: EntityCardProps) {
  const { view, labels, headingId, onClose, onDetails, onStopTracking, onBack, dialogRef, ...details } = props;
  return (
    <div ref={dialogRef} class="card" role="dialog" aria-labelledby={headingId} data-entity-id={view.entity.id} tabIndex={-1}>
      <div class="card-body">
        <EntityDetails {...details} view={view} labels={labels} headingId={headingId} headingLevel={2} />
      </div>
      <div class="card-actions">
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
      </div>
      <button type="button" class="card-close" aria-label={labels.close} title={labels.close} onClick={onClose}>
        <span aria-hidden="true">×</span>
      </button>
    </div>
  );
}
