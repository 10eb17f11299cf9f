import { describe, expect, it } from 'vitest';
import { longTaskHolding, startTask, type LongTask, type TraceEvent } from '../../../scripts/bench/start-task-trace';

/** A complete event on the renderer's main thread (pid 7, tid 1) unless told otherwise; times in ms. */
const ev = (name: string, ts: number, dur: number, extra: Partial<TraceEvent> = {}): TraceEvent => ({
  name,
  cat: 'v8',
  ph: 'X',
  ts: ts * 1000,
  dur: dur * 1000,
  pid: 7,
  tid: 1,
  ...extra,
});
const CONTENT = { args: { data: { url: 'chrome-extension://abc/content-scripts/content.js' } } };

describe('startTask', () => {
  it('is the task holding the compile of content.js: its length, the compile, and the outermost runs in it', () => {
    const events = [
      ev('ThreadControllerImpl::RunTask', 0, 5),
      ev('ThreadControllerImpl::RunTask', 10, 40),
      ev('v8.compile', 11, 25, CONTENT),
      ev('v8.run', 36, 10),
      ev('v8.run', 38, 4), // called from the first run: not counted twice
      ev('v8.run', 47, 2),
      ev('v8.run', 60, 30), // a later task
    ];
    expect(startTask(events)).toEqual({ taskMs: 40, compileMs: 25, runMs: 12 });
  });

  it('ignores other threads and other scripts', () => {
    const events = [
      ev('ThreadControllerImpl::RunTask', 0, 100, { tid: 2 }),
      ev('v8.compile', 1, 50, { args: { data: { url: 'https://page.example/app.js' } } }),
      ev('ThreadControllerImpl::RunTask', 10, 20),
      ev('v8.compile', 12, 8, CONTENT),
      ev('v8.run', 21, 6),
    ];
    expect(startTask(events)).toEqual({ taskMs: 20, compileMs: 8, runMs: 6 });
  });

  it('is null when the content script never ran', () => {
    expect(startTask([ev('ThreadControllerImpl::RunTask', 0, 5), ev('v8.run', 1, 2)])).toBeNull();
  });
});

describe('longTaskHolding', () => {
  const tasks: LongTask[] = [
    [100, 60],
    [300, 55],
  ];

  it('is the long task during which the script started', () => {
    expect(longTaskHolding(tasks, 130)).toEqual([100, 60]);
    expect(longTaskHolding(tasks, 355)).toEqual([300, 55]);
  });

  it('is null when the script started in a task that was not long', () => {
    expect(longTaskHolding(tasks, 200)).toBeNull();
    expect(longTaskHolding([], 130)).toBeNull();
  });
});
