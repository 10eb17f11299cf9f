/**
 * The task that evaluates the content script, found in a DevTools trace
 * (scripts/bench/start-task.ts): the main-thread task holding V8's compile of
 * content.js, with what ran at its top level.
 */

export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: unknown;
}

export interface StartTask {
  taskMs: number;
  compileMs: number;
  runMs: number;
}

/** What the trace must record for startTask. */
export const CATEGORIES = ['toplevel', 'v8'];

const ms = (us: number | undefined) => (us ?? 0) / 1000;

/** The task holding V8's compile of content.js, and what ran in it; null if the script never ran. */
export function startTask(events: readonly TraceEvent[]): StartTask | null {
  const compile = events.find((e) => e.name === 'v8.compile' && JSON.stringify(e.args ?? {}).includes('content-scripts/content.js'));
  if (!compile) return null;
  const onThread = (e: TraceEvent) => e.ph === 'X' && e.pid === compile.pid && e.tid === compile.tid;
  const task = events
    .filter((e) => onThread(e) && e.name === 'ThreadControllerImpl::RunTask' && e.ts <= compile.ts && e.ts + (e.dur ?? 0) >= compile.ts)
    .sort((a, b) => (b.dur ?? 0) - (a.dur ?? 0))[0];
  if (!task) return null;
  const inTask = (e: TraceEvent) => onThread(e) && e.ts >= task.ts && e.ts + (e.dur ?? 0) <= task.ts + (task.dur ?? 0);
  // v8.run events nest (a function called from the top level): the outermost ones only.
  const runs = events.filter((e) => inTask(e) && e.name === 'v8.run');
  const outer = runs.filter((r) => !runs.some((o) => o !== r && o.ts <= r.ts && o.ts + (o.dur ?? 0) >= r.ts + (r.dur ?? 0) && (o.dur ?? 0) > (r.dur ?? 0)));
  return { taskMs: ms(task.dur), compileMs: ms(compile.dur), runMs: outer.reduce((sum, e) => sum + ms(e.dur), 0) };
}

/** A `longtask` entry as the page's observer kept it: start and duration, in ms. */
export type LongTask = readonly [start: number, duration: number];

/**
 * Without a trace (--untraced): the long task during which the content script started, that is
 * the one holding its `backstory:start` mark, or null when that task was not long (under 50 ms,
 * the `longtask` entry's threshold). The mark is made at the top of the script's first module,
 * inside the task that evaluates it.
 */
export function longTaskHolding(tasks: readonly LongTask[], startMark: number): LongTask | null {
  return tasks.find(([start, duration]) => start <= startMark && startMark <= start + duration) ?? null;
}
