/**
 * Reading the performance entries the benchmark relies on: the content
 * script's start-up marks (issue 16) and the content-script floor's measure.
 * Pure: the entries are read in the page (probes.ts) and handed over here.
 */
import type { PerfEntry } from './probes';
import { FLOOR_MEASURE } from './floor-extension';

/** Marked by the content script at the top of its evaluation, and when it can scan. */
export const START_MARK = 'backstory:start';
export const READY_MARK = 'backstory:ready';

/**
 * Start-up of the content script in one frame: from its first `backstory:start`
 * to the first `backstory:ready` after it; null when either mark is missing
 * (a build without them, or a frame where the script never got ready).
 */
export function startupOf(marks: readonly PerfEntry[]): number | null {
  const start = marks.find((m) => m.name === START_MARK);
  return start ? spanAfter(marks, START_MARK, READY_MARK, start.start) : null;
}

/** From the first `from` mark at or after `after` to the first `to` mark after that; null when either is missing. */
function spanAfter(marks: readonly PerfEntry[], from: string, to: string, after: number): number | null {
  const a = marks.find((m) => m.name === from && m.start >= after);
  const b = a && marks.find((m) => m.name === to && m.start >= a.start);
  return b ? b.start - a.start : null;
}

/** Marked by the content script around its one read of the settings from storage. */
export const SETTINGS_ASKED_MARK = 'backstory:settings-asked';
export const SETTINGS_READ_MARK = 'backstory:settings-read';

/**
 * How much of a frame's start-up was spent waiting for the settings: from asking storage to having
 * them, within the start-up's span; null when a mark is missing (a build without them, a blank frame).
 */
export function settingsWaitOf(marks: readonly PerfEntry[]): number | null {
  const start = marks.find((m) => m.name === START_MARK);
  return start ? spanAfter(marks, SETTINGS_ASKED_MARK, SETTINGS_READ_MARK, start.start) : null;
}

export interface CsFloor {
  ms: number;
  textNodes: number;
  chars: number;
}

/** The content-script floor from its measure (`bench:cs-floor:<nodes>:<chars>`); null when there is none. */
export function csFloorOf(measures: readonly PerfEntry[]): CsFloor | null {
  for (const m of measures) {
    const match = new RegExp(`^${FLOOR_MEASURE}:(\\d+):(\\d+)$`).exec(m.name);
    if (match) return { ms: m.duration, textNodes: Number(match[1]), chars: Number(match[2]) };
  }
  return null;
}
