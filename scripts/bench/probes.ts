/**
 * Code that runs inside the benchmarked page (main world), passed to
 * `page.evaluate` or `addInitScript`. Each function must be self-contained:
 * Playwright sends its source text, not its closure.
 */

export interface PerfEntry {
  name: string;
  start: number;
  duration: number;
}

export interface PageState {
  measures: PerfEntry[];
  /** Marks whose name starts with `backstory:` (start-up). */
  marks: PerfEntry[];
  longTasks: PerfEntry[];
  highlights: number;
}

export interface FloorResult {
  ms: number;
  textNodes: number;
  chars: number;
}

export interface MarkResult {
  ms: number;
  marks: number;
}

declare global {
  interface Window {
    __benchLongTasks?: PerfEntry[];
  }
}

/**
 * Runs before any page content: records long tasks from the start (buffered
 * as well, in case the observer comes late). tsx compiles functions with
 * esbuild's keepNames, whose `__name` helper must exist where they run.
 */
export function initProbe(): void {
  const g = globalThis as unknown as { __name?: (f: unknown) => unknown };
  g.__name ??= (f: unknown) => f;
  const tasks: PerfEntry[] = [];
  window.__benchLongTasks = tasks;
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) tasks.push({ name: e.name, start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // No Long Tasks API: the report says "n/a".
  }
}

/** Resolves once the content script has measured `backstory:scan-done` (no polling: polling would run in our frames). */
export function waitForScanDone(timeoutMs: number): Promise<boolean> {
  return new Promise((resolve) => {
    const done = () => performance.getEntriesByName('backstory:scan-done').length > 0;
    if (done()) return resolve(true);
    const observer = new PerformanceObserver(() => {
      if (!done()) return;
      observer.disconnect();
      resolve(true);
    });
    observer.observe({ type: 'measure' });
    setTimeout(() => {
      observer.disconnect();
      resolve(done());
    }, timeoutMs);
  });
}

/** Waits for `frames` animation frames and then `ms` more: lets paint and trailing tasks finish. */
export function settle([frames, ms]: [number, number]): Promise<void> {
  return new Promise((resolve) => {
    let left = frames;
    const step = () => (left-- > 0 ? requestAnimationFrame(step) : setTimeout(resolve, ms));
    step();
  });
}

export function readState(highlightName: string): PageState {
  const measures = performance
    .getEntriesByType('measure')
    .filter((e) => e.name.startsWith('backstory:'))
    .map((e) => ({ name: e.name, start: e.startTime, duration: e.duration }));
  const marks = performance
    .getEntriesByType('mark')
    .filter((e) => e.name.startsWith('backstory:'))
    .map((e) => ({ name: e.name, start: e.startTime, duration: 0 }));
  return {
    measures,
    marks,
    longTasks: [...(window.__benchLongTasks ?? [])],
    highlights: CSS.highlights.get(highlightName)?.size ?? 0,
  };
}

/** The floor: one TreeWalker pass over the body's text nodes, reading each node's data. */
export function floorWalk(): FloorResult {
  const t0 = performance.now();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let textNodes = 0;
  let chars = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    chars += (node as Text).data.length;
    textNodes++;
  }
  const ms = performance.now() - t0;
  return { ms, textNodes, chars };
}

/** Every mark and measure of this frame: for frames where the scan may never run (start-up of an empty frame). */
export function readEntries(): PerfEntry[] {
  return [...performance.getEntriesByType('mark'), ...performance.getEntriesByType('measure')].map((e) => ({
    name: e.name,
    start: e.startTime,
    duration: e.duration,
  }));
}

/**
 * Waits until this frame's timeline has an entry named `name` (mark or measure), or `timeoutMs`.
 * An observer, not polling: polling would run in the frames being measured.
 */
export function waitForEntry([name, timeoutMs]: [string, number]): Promise<boolean> {
  return new Promise((resolve) => {
    const found = () => performance.getEntriesByName(name).length > 0;
    if (found()) return resolve(true);
    const observer = new PerformanceObserver(() => {
      if (!found()) return;
      observer.disconnect();
      resolve(true);
    });
    observer.observe({ entryTypes: ['mark', 'measure'] });
    setTimeout(() => {
      observer.disconnect();
      resolve(found());
    }, timeoutMs);
  });
}

/**
 * The content-script floor (floor-extension.ts): asks the probe extension's
 * content script to walk, through an event every world sees. The walk runs
 * synchronously inside this dispatch, in the isolated world; its measure is
 * read back from the shared timeline.
 */
export function askContentScriptFloor(event: string): PerfEntry[] {
  dispatchEvent(new Event(event));
  return performance.getEntriesByType('measure').map((e) => ({ name: e.name, start: e.startTime, duration: e.duration }));
}

interface MarkOptions {
  acrossElements: boolean;
  separateWordSearch: boolean;
  diacritics: boolean;
  accuracy: string | { value: string; limiters: string[] };
  done: (marks: number) => void;
}

/**
 * mark.js 8.11 (already injected) marking every alias in the body, whole
 * words for Latin-script aliases. CJK aliases have no word boundaries, so
 * they get a second pass with `partially`, as our matcher treats them.
 */
export function runMarkJs([latin, cjk, limiters]: [string[], string[], string[]]): MarkResult {
  const Mark = (window as unknown as { Mark: new (ctx: Element) => { mark(kw: string[], opt: MarkOptions): void } }).Mark;
  let marks = 0;
  const t0 = performance.now();
  const instance = new Mark(document.body);
  const base = { acrossElements: true, separateWordSearch: false, diacritics: false };
  if (latin.length > 0) {
    instance.mark(latin, { ...base, accuracy: { value: 'exactly', limiters }, done: (n) => (marks += n) });
  }
  if (cjk.length > 0) instance.mark(cjk, { ...base, accuracy: 'partially', done: (n) => (marks += n) });
  const ms = performance.now() - t0;
  return { ms, marks };
}

export interface AppendPlan {
  batches: string[][];
  hz: number;
}

export interface AppendResult {
  /** performance.now() just before each batch was appended. */
  times: number[];
  /** UTF-8 bytes of each batch's markup. */
  bytes: number[];
}

/**
 * The append case: a feed that appends one batch of paragraphs at `hz`,
 * as a page's own script would. Runs in the main world, so the content
 * script sees ordinary mutations.
 */
export function appendBatches(plan: AppendPlan): Promise<AppendResult> {
  const feed = document.createElement('div');
  document.body.appendChild(feed);
  const times: number[] = [];
  const bytes: number[] = [];
  const encoder = new TextEncoder();
  return new Promise((resolve) => {
    let i = 0;
    const timer = setInterval(() => {
      if (i >= plan.batches.length) {
        clearInterval(timer);
        resolve({ times, bytes });
        return;
      }
      const fragment = document.createDocumentFragment();
      let size = 0;
      for (const text of plan.batches[i]!) {
        const p = document.createElement('p');
        p.textContent = text;
        fragment.appendChild(p);
        size += encoder.encode(`<p>${text}</p>`).length;
      }
      times.push(performance.now());
      bytes.push(size);
      feed.appendChild(fragment);
      i++;
    }, 1000 / plan.hz);
  });
}
