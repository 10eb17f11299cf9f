import type { CatalogEntity } from '../lib/pack/catalog';

export interface EntityListItem {
  entity: CatalogEntity;
  count: number;
}

export interface EntityListProps {
  items: readonly EntityListItem[];
  /** Shown when there are no items. */
  empty: string;
}

/** Entities found on a page, most mentioned first. Render only. */
export function EntityList({ items, empty }: EntityListProps) {
  if (items.length === 0) return <p class="empty">{empty}</p>;
  return (
    <ul class="entity-list">
      {items.map(({ entity, count }) => (
        <li key={entity.id} class="entity" data-entity-id={entity.id}>
          <div class="entity-head">
            <span class="entity-name">{entity.name}</span>
            <span class="entity-count" aria-label={`${count} ${count === 1 ? 'mention' : 'mentions'}`}>
              {count}
            </span>
          </div>
          <p class="entity-summary">{entity.summary}</p>
        </li>
      ))}
    </ul>
  );
}
