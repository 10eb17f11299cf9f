/**
 * One numbering for everything shown about an entity. The card and popup
 * number an entity's sources by first citation (lib/citations.ts); the
 * country table and timeline cite more sources, so they continue the same
 * sequence: facts, positions, country rows, then timeline events as shown.
 * Because numbering is by first citation, adding the later groups never
 * changes a number the facts and positions already have.
 */
import { numberCitations, type CitationNumbers, type Citing } from './citations';
import type { Country, Entity, TimelineEvent } from './pack/schema';

/** Everything in a country row that cites, in reading order: what was reported, each response, the host's position. */
export function countryCiting(country: Country): Citing[] {
  return [country.reported, ...country.responses, ...(country.hostPosition ? [country.hostPosition] : [])];
}

/**
 * What cites, in the order a reader meets it in the entity's full view.
 * `events` are the entity's timeline events in the order they are shown
 * (newest first, see lib/timeline.ts).
 */
export function entityCiting(entity: Pick<Entity, 'facts' | 'positions' | 'countries'>, events: readonly TimelineEvent[] = []): Citing[] {
  return [...entity.facts, ...(entity.positions ?? []), ...(entity.countries ?? []).flatMap(countryCiting), ...events];
}

/** The shared numbering: pass it to the country table and timeline, and list the sources in `order`. */
export function numberEntityCitations(entity: Pick<Entity, 'facts' | 'positions' | 'countries'>, events: readonly TimelineEvent[] = []): CitationNumbers {
  return numberCitations(entityCiting(entity, events));
}
