/**
 * What a surface needs to show one entity: the entity, the sources it cites
 * (in citation order) and a short view of its related entities. Built from
 * the catalog by whoever holds it (the background, the popup), so that the
 * content script never ships pack prose.
 */
import { numberCitations, orderById } from './citations';
import type { Catalog, CatalogEntity } from './pack/catalog';
import type { EntityType, Source } from './pack/schema';

export interface RelatedEntity {
  id: string;
  name: string;
  type: EntityType;
  summary: string;
}

export interface EntityView {
  entity: CatalogEntity;
  /** The sources the entity's facts and positions cite, [1] first. */
  sources: Source[];
  /** Related entities that exist in the catalog, in the pack's order. */
  related: RelatedEntity[];
}

export function entityView(catalog: Catalog, entityId: string): EntityView | null {
  const entity = catalog.entity(entityId);
  if (!entity) return null;
  const { order } = numberCitations(entity.facts, entity.positions);
  const sources = order.flatMap((id) => {
    const source = catalog.source(entity, id);
    return source ? [source] : [];
  });
  const related = (entity.related ?? []).flatMap((id) => {
    const other = id === entity.id ? undefined : catalog.entity(id);
    return other ? [{ id: other.id, name: other.name, type: other.type, summary: other.summary }] : [];
  });
  return { entity, sources: orderById(sources, order), related };
}
