/**
 * One measurement each: a fresh tab, one thing timed, the tab closed.
 * Scan figures come from the content script's own `backstory:scan*`
 * performance measures (bench build), so what is timed is the real code path.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { openFresh } from './browsers';
import {
  appendBatches,
  floorWalk,
  readState,
  runMarkJs,
  settle,
  waitForScanDone,
  type AppendPlan,
  type AppendResult,
  type FloorResult,
  type MarkResult,
  type PerfEntry,
} from './probes';
import { max, sum } from './stats';

const HIGHLIGHT = 'backstory-mention';
const SCAN_TIMEOUT_MS = 30_000;
/** After the scan: two frames for the paint, then a little for trailing tasks to be reported. */
const SETTLE: [number, number] = [2, 100];

export interface ScanResult {
  /** Sum of the slices' durations: the scan's main-thread work, paint (range registration) included. */
  ms: number;
  slices: number;
  longestSliceMs: number;
  /** Longest long task (≥ 50 ms) overlapping one of our slices; 0 when none did. */
  longestTaskMs: number;
  /** From the first slice's start to the last one's end, frames between slices included. */
  wallMs: number;
  highlights: number;
}

function overlaps(task: PerfEntry, slice: PerfEntry): boolean {
  return task.start < slice.start + slice.duration && slice.start < task.start + task.duration;
}

/** The longest long task that overlapped one of the slices. */
export function longestOwnTask(tasks: readonly PerfEntry[], slices: readonly PerfEntry[]): number {
  return max([0, ...tasks.filter((t) => slices.some((s) => overlaps(t, s))).map((t) => t.duration)]);
}

async function withPage<T>(context: BrowserContext, url: string, fn: (page: Page) => Promise<T>): Promise<T> {
  const page = await openFresh(context, url);
  try {
    return await fn(page);
  } finally {
    await page.close();
  }
}

/** (a) The floor, in a page where the extension is not installed, first and only pass. */
export function measureFloor(plain: BrowserContext, url: string): Promise<FloorResult> {
  return withPage(plain, url, async (page) => {
    // Same moment as the scan: after load and a first rendered frame.
    await page.evaluate(settle, SETTLE);
    return page.evaluate(floorWalk);
  });
}

/** (b) Backstory's initial scan and paint, as the content script does it at document_idle. */
export function measureScan(ext: BrowserContext, url: string): Promise<ScanResult> {
  return withPage(ext, url, async (page) => {
    if (!(await page.evaluate(waitForScanDone, SCAN_TIMEOUT_MS))) throw new Error(`no backstory:scan-done on ${url}`);
    await page.evaluate(settle, SETTLE);
    const state = await page.evaluate(readState, HIGHLIGHT);
    // The initial scan ends at the first scan-done; anything later would be a rescan.
    const doneAt = state.measures.findIndex((m) => m.name === 'backstory:scan-done');
    const slices = state.measures.slice(0, doneAt + 1);
    const first = slices[0]!;
    const last = slices[slices.length - 1]!;
    return {
      ms: sum(slices.map((s) => s.duration)),
      slices: slices.length,
      longestSliceMs: max(slices.map((s) => s.duration)),
      longestTaskMs: longestOwnTask(state.longTasks, slices),
      wallMs: last.start + last.duration - first.start,
      highlights: state.highlights,
    };
  });
}

/** (c) mark.js over the same aliases, in a fresh load without the extension. */
export function measureMarkJs(plain: BrowserContext, url: string, markJsPath: string, aliases: [string[], string[], string[]]): Promise<MarkResult> {
  return withPage(plain, url, async (page) => {
    await page.evaluate(settle, SETTLE);
    await page.addScriptTag({ path: markJsPath });
    return page.evaluate(runMarkJs, aliases);
  });
}

export interface AppendRun {
  batches: { at: number; bytes: number; ms: number }[];
  longestTaskMs: number;
  longestSliceMs: number;
  highlights: number;
}

/**
 * The append case: after the initial scan, a page script appends batches at
 * 60 Hz. Each slice is charged to the latest batch appended before it began.
 */
export function measureAppend(ext: BrowserContext, url: string, plan: AppendPlan): Promise<AppendRun> {
  return withPage(ext, url, async (page) => {
    if (!(await page.evaluate(waitForScanDone, SCAN_TIMEOUT_MS))) throw new Error(`no backstory:scan-done on ${url}`);
    await page.evaluate(settle, SETTLE);
    const result: AppendResult = await page.evaluate(appendBatches, plan);
    // Let the watcher catch up with the last batches.
    await page.evaluate(settle, [4, 300] as [number, number]);
    const state = await page.evaluate(readState, HIGHLIGHT);
    const startAt = result.times[0]!;
    const slices = state.measures.filter((m) => m.start >= startAt);
    const batches = result.times.map((at, i) => ({ at, bytes: result.bytes[i]!, ms: 0 }));
    let b = 0;
    for (const s of slices) {
      while (b + 1 < batches.length && batches[b + 1]!.at <= s.start) b++;
      batches[b]!.ms += s.duration;
    }
    return {
      batches,
      longestTaskMs: longestOwnTask(state.longTasks, slices),
      longestSliceMs: max(slices.map((s) => s.duration)),
      highlights: state.highlights,
    };
  });
}
