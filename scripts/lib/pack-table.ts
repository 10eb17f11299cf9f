/**
 * The per-entity table that `npm run check:packs` prints: how much each
 * entity carries (aliases, facts, positions, countries and their responses,
 * timeline events) and how many distinct sources its full view cites.
 */
import type { Pack } from '../../lib/pack/schema';
import { entityCiting } from '../../lib/story-citations';
import { timelineOf } from '../../lib/timeline';

const HEADINGS = ['entity', 'aliases', 'facts', 'positions', 'countries', 'responses', 'events', 'sources'] as const;

export function packTable(pack: Pack): string {
  const rows = pack.entities.map((e) => {
    const events = timelineOf(pack.timeline, e.id);
    const countries = e.countries ?? [];
    const cited = new Set(entityCiting(e, events).flatMap((x) => x.sources));
    return [
      e.id,
      e.aliases.length,
      e.facts.length,
      e.positions?.length ?? 0,
      countries.length,
      countries.reduce((n, c) => n + c.responses.length, 0),
      events.length,
      cited.size,
    ] as const;
  });
  const width = Math.max(HEADINGS[0].length, ...rows.map((r) => r[0].length));
  const line = (cells: readonly (string | number)[]) =>
    `${String(cells[0]).padEnd(width)}  ${cells.slice(1).map((c) => String(c).padStart(10)).join('')}`;
  return [line(HEADINGS), ...rows.map(line)].join('\n');
}

/** One line for the whole pack, under its header line. */
export function packTotals(pack: Pack): string {
  const countries = pack.entities.flatMap((e) => e.countries ?? []);
  const responses = countries.reduce((n, c) => n + c.responses.length, 0);
  const unlinked = pack.sources.filter((s) => s.url === undefined).length;
  return `country rows: ${countries.length}, responses: ${responses}, timeline events: ${pack.timeline?.length ?? 0}, sources without a link: ${unlinked}`;
}
