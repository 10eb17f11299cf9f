/**
 * All entities and sources of a set of packs, looked up by id. Entity ids are
 * global: a later pack cannot replace an entity of an earlier one.
 */
import { timelineOf } from '../timeline';
import { packLanguages, type Entity, type Pack, type Source, type TimelineEvent } from './schema';

export interface CatalogEntity extends Entity {
  /** The pack the entity comes from; its sources resolve there. */
  packId: string;
  /** The entity's reviewed date, or its pack's. */
  reviewedOn: string;
  /** The pack's own language: a plain-string text is in it, and every other language falls back to it. */
  language: string;
  /** Every language the entity's text is given in (its pack's), its own first. */
  languages: readonly string[];
  /** Its pack's title: a copied citation names the pack it was cited in (lib/citation-text.ts). */
  packTitle: Pack['title'];
}

export class Catalog {
  readonly entities: readonly CatalogEntity[];
  /** Every language some pack carries, each once, in pack order: what a reader can choose from. */
  readonly languages: readonly string[];
  private readonly byId = new Map<string, CatalogEntity>();
  private readonly sources = new Map<string, Map<string, Source>>();
  private readonly timelines = new Map<string, readonly TimelineEvent[]>();

  constructor(packs: readonly Pack[]) {
    const entities: CatalogEntity[] = [];
    for (const pack of packs) {
      const languages = packLanguages(pack);
      this.sources.set(pack.id, new Map(pack.sources.map((s) => [s.id, s])));
      this.timelines.set(pack.id, pack.timeline ?? []);
      for (const entity of pack.entities) {
        if (this.byId.has(entity.id)) continue;
        const e: CatalogEntity = {
          ...entity,
          packId: pack.id,
          reviewedOn: entity.reviewed ?? pack.reviewed,
          language: pack.language,
          languages,
          packTitle: pack.title,
        };
        this.byId.set(e.id, e);
        entities.push(e);
      }
    }
    this.entities = entities;
    this.languages = [...new Set(packs.flatMap(packLanguages))];
  }

  entity(id: string): CatalogEntity | undefined {
    return this.byId.get(id);
  }

  source(entity: CatalogEntity, sourceId: string): Source | undefined {
    return this.sources.get(entity.packId)?.get(sourceId);
  }

  /** The entity's timeline (issue 15): events of its own pack that name it, newest first; they cite that pack's sources. */
  timeline(entity: CatalogEntity): TimelineEvent[] {
    return timelineOf(this.timelines.get(entity.packId), entity.id);
  }
}
