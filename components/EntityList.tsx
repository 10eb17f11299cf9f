import type { ComponentChildren } from 'preact';
import type { EntityType } from '../lib/pack/schema';
import { Toggle } from './Toggle';

export interface EntityListEntity {
  id: string;
  name: string;
  type: EntityType;
  /** The language of `name`, when it may differ from the list's. */
  lang?: string;
}

export interface EntityListItem {
  entity: EntityListEntity;
  /** Mentions on the page; omitted where counts mean nothing (search results, the options page). */
  count?: number;
  tracked: boolean;
  /** The alias a search matched, when it is not the name. */
  matched?: string;
}

export interface EntityListLabels {
  mentions: (count: number) => string;
  /** The switch's accessible name, e.g. "Track Safeguard Defenders". */
  track: (name: string) => string;
  notTracked: string;
  types: Record<EntityType, string>;
}

export interface EntityListProps {
  items: readonly EntityListItem[];
  labels: EntityListLabels;
  onTrack: (entityId: string, tracked: boolean) => void;
  /** Items whose details are open. Without `renderDetails`, items do not expand. */
  expanded?: ReadonlySet<string>;
  onExpand?: (entityId: string, open: boolean) => void;
  renderDetails?: (entityId: string) => ComponentChildren;
  /** Shown when there are no items. */
  empty?: string;
}

/**
 * Entities as a list: each item (with `data-entity-id`) has its name, which
 * opens and closes its details, its mention count, and a tracking switch.
 * Render only: the caller decides what the details are.
 */
export function EntityList({ items, labels, onTrack, expanded, onExpand, renderDetails, empty }: EntityListProps) {
  if (items.length === 0) return empty ? <p class="empty">{empty}</p> : null;
  return (
    <ul class="entity-list">
      {items.map(({ entity, count, tracked, matched }) => {
        const open = expanded?.has(entity.id) ?? false;
        const detailsId = `details-${entity.id}`;
        const name = (
          <>
            <span class="entity-name" lang={entity.lang}>
              {entity.name}
            </span>
            {matched && matched !== entity.name ? <span class="entity-alias">{matched}</span> : null}
            <span class="entity-type">{labels.types[entity.type] ?? entity.type}</span>
          </>
        );
        return (
          <li key={entity.id} class={`entity${tracked ? '' : ' is-untracked'}`} data-entity-id={entity.id}>
            <div class="entity-head">
              {renderDetails ? (
                <button
                  type="button"
                  class="entity-toggle"
                  aria-expanded={open}
                  aria-controls={open ? detailsId : undefined}
                  onClick={() => onExpand?.(entity.id, !open)}
                >
                  <span class="chevron" aria-hidden="true" />
                  <span class="entity-title">{name}</span>
                </button>
              ) : (
                <span class="entity-title">{name}</span>
              )}
              {!tracked ? (
                <span class="entity-count is-off">{labels.notTracked}</span>
              ) : count !== undefined ? (
                <span class="entity-count">{labels.mentions(count)}</span>
              ) : null}
              <Toggle checked={tracked} onChange={(on) => onTrack(entity.id, on)} label={labels.track(entity.name)} hideLabel />
            </div>
            {open && renderDetails ? (
              <div class="entity-body" id={detailsId}>
                {renderDetails(entity.id)}
              </div>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
