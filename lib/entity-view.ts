/**
 * What a surface needs to show one entity: the entity, its sources numbered
 * as they are cited, the numbers to print after each fact and position, and
 * a short view of its related entities. Built from the catalog by whoever
 * holds it (the background, the popup), so that the content script never
 * ships pack prose; the card and the popup only render it, so "[2]" is the
 * same source wherever an entity is shown.
 */
import { numberCitations } from './citations';
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
  /** The sources the entity's facts and positions cite, in citation order: the first is [1]. */
  sources: Source[];
  /** The citation numbers after each fact and each position, in the entity's order. */
  marks: { facts: number[][]; positions: number[][] };
  /** Related entities that exist in the catalog, in the pack's order. */
  related: RelatedEntity[];
}

export function entityView(catalog: Catalog, entityId: string): EntityView | null {
  const entity = catalog.entity(entityId);
  if (!entity) return null;
  // Number only what can be looked up: a citation of a source the pack lacks gets no mark and leaves no gap.
  const resolves = (id: string) => catalog.source(entity, id) !== undefined;
  const cited = (items: readonly { sources: readonly string[] }[]) => items.map((item) => ({ sources: item.sources.filter(resolves) }));
  const positions = entity.positions ?? [];
  const numbering = numberCitations(cited(entity.facts), cited(positions));
  const related = (entity.related ?? []).flatMap((id) => {
    const other = id === entity.id ? undefined : catalog.entity(id);
    return other ? [{ id: other.id, name: other.name, type: other.type, summary: other.summary }] : [];
  });
  return {
    entity,
    sources: numbering.order.map((id) => catalog.source(entity, id)!),
    marks: {
      facts: entity.facts.map((fact) => numbering.numbersOf(fact.sources)),
      positions: positions.map((position) => numbering.numbersOf(position.sources)),
    },
    related,
  };
}
