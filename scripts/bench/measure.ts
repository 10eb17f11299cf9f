/**
 * One measurement each: a fresh tab, one thing timed, the tab closed.
 * Scan figures come from the content script's own `backstory:scan*`
 * performance measures (bench build), so what is timed is the real code path.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { openFresh } from './browsers';
import { FLOOR_EVENT, FLOOR_READY } from './floor-extension';
import { csFloorOf, READY_MARK, settingsWaitOf, START_MARK, startupOf, type CsFloor } from './marks';
import {
  appendBatches,
  askContentScriptFloor,
  readEntries,
  waitForEntry,
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
  /** From `backstory:start` to `backstory:ready` in the top frame; null when the build has no such marks. */
  startMs: number | null;
  /** The part of startMs spent waiting for the settings from storage; null without the marks. */
  settingsWaitMs: number | null;
}

function overlaps(task: PerfEntry, slice: PerfEntry): boolean {
  return task.start < slice.start + slice.duration && slice.start < task.start + task.duration;
}

/**
 * The longest long task that overlapped one of our spans: the slices, and the start-up marks (a
 * task holding `backstory:start` evaluated the script, one holding `backstory:ready` built the
 * matcher; a mark is a span of no length).
 */
export function longestOwnTask(tasks: readonly PerfEntry[], spans: readonly PerfEntry[]): number {
  return max([0, ...tasks.filter((t) => spans.some((s) => overlaps(t, s))).map((t) => t.duration)]);
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
      longestTaskMs: longestOwnTask(state.longTasks, [...slices, ...state.marks]),
      wallMs: last.start + last.duration - first.start,
      highlights: state.highlights,
      startMs: startupOf(state.marks),
      settingsWaitMs: settingsWaitOf(state.marks),
    };
  });
}

/** (a′) The content-script floor: the same walk, by the floor extension's content script, in its isolated world. */
export function measureCsFloor(probe: BrowserContext, url: string): Promise<CsFloor> {
  return withPage(probe, url, async (page) => {
    await page.evaluate(settle, SETTLE);
    if (!(await page.evaluate(waitForEntry, [FLOOR_READY, SCAN_TIMEOUT_MS] as [string, number]))) {
      throw new Error(`the floor extension's content script did not run on ${url}`);
    }
    const floor = csFloorOf(await page.evaluate(askContentScriptFloor, FLOOR_EVENT));
    if (!floor) throw new Error(`no content-script floor measure on ${url}`);
    return floor;
  });
}

/**
 * The page's JavaScript heap once settled (after the first scan where the
 * extension runs), garbage collected first: V8's figure for the renderer's
 * isolate, which holds every world of the page. Compared with and without
 * the extension, the difference is what the content script keeps.
 */
export function measureHeap(context: BrowserContext, url: string, withScan: boolean): Promise<number> {
  return withPage(context, url, async (page) => {
    if (withScan && !(await page.evaluate(waitForScanDone, SCAN_TIMEOUT_MS))) throw new Error(`no backstory:scan-done on ${url}`);
    await page.evaluate(settle, SETTLE);
    const cdp = await context.newCDPSession(page);
    try {
      await cdp.send('HeapProfiler.collectGarbage');
      const { usedSize } = await cdp.send('Runtime.getHeapUsage');
      return usedSize;
    } finally {
      await cdp.detach().catch(() => undefined);
    }
  });
}

export interface FrameStartup {
  /** The frame's id attribute in the test page. */
  frame: string;
  /** Whether the content script started there at all (its start mark). */
  started: boolean;
  startMs: number | null;
}

/** Start-up in each child frame of a page whose frames have no text (an empty srcdoc, about:blank). */
export function measureFrameStartups(ext: BrowserContext, url: string, waitMs: number): Promise<FrameStartup[]> {
  return withPage(ext, url, async (page) => {
    await page.evaluate(settle, SETTLE);
    const out: FrameStartup[] = [];
    for (const frame of page.frames()) {
      if (frame === page.mainFrame()) continue;
      const name = (await (await frame.frameElement()).getAttribute('id')) ?? frame.url();
      await frame.evaluate(waitForEntry, [READY_MARK, waitMs] as [string, number]);
      const entries = await frame.evaluate(readEntries);
      out.push({ frame: name, started: entries.some((e) => e.name === START_MARK), startMs: startupOf(entries) });
    }
    return out;
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
