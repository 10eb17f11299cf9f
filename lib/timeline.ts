/**
 * The story's dated events as an entity's timeline: only the events that
 * name it, newest first, with the Chinese state's statements on the same
 * line of time as everyone else's rather than in a section of their own.
 */
import { compareNewestFirst } from './pack/pack-dates';
import type { TimelineEvent, TimelineSide } from './pack/schema';

/** The sides that speak for the Chinese state: its government bodies and its state media. */
export const CHINA_SIDES: ReadonlySet<TimelineSide> = new Set(['chinese-government', 'chinese-state-media']);

export function isChinaSide(side: TimelineSide): boolean {
  return CHINA_SIDES.has(side);
}

/** Newest first; events on the same date keep the pack's order (Array.prototype.sort is stable). */
export function newestFirst<T extends Pick<TimelineEvent, 'date'>>(events: readonly T[]): T[] {
  return [...events].sort((a, b) => compareNewestFirst(a.date, b.date));
}

/** The events that name this entity, newest first. */
export function timelineOf(events: readonly TimelineEvent[] | undefined, entityId: string): TimelineEvent[] {
  return newestFirst((events ?? []).filter((e) => e.entities.includes(entityId)));
}
