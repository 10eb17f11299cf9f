/**
 * `npx tsx scripts/bench/start-task.ts [PAGE…] [--reps N] [--extension DIR] [--same-site] [--untraced]`:
 * what the task that evaluates the content script is made of, in real
 * Chromium. Each load comes from a site of its own (`r3p0.localhost`), so it
 * gets a fresh renderer process, as a reader's first page on a site does, and
 * V8 compiles the script from scratch; the same URL loaded again would be
 * compiled once per process and then come from V8's in-memory cache. A
 * DevTools trace of each load gives that task's length, V8's compile of the
 * script and the run of its top level (our modules, and whatever start-up
 * work is done before the first await returns). A maintainer's tool for
 * issue 16's long-task budget, not part of `npm run bench`, which counts this
 * task only when its renderer happens to be fresh. `--same-site` loads every
 * repetition of a page from one site instead, as the benchmark does.
 *
 * Tracing slows the renderer down: `--untraced` loads the pages without it
 * and asks a `longtask` observer instead whether the task that evaluated the
 * script was long (50 ms or more), which is what the budget counts; it
 * cannot say what the task was made of.
 */
import { parseArgs } from 'node:util';
import type { CDPSession } from 'playwright-core';
import { EXTENSION_DIR, launchExtension } from '../lib/launch';
import { servePages } from '../lib/serve';
import { corpusPages, readCorpusPage } from './pages';
import { median } from './stats';
import { CATEGORIES, longTaskHolding, startTask, type LongTask, type StartTask, type TraceEvent } from './start-task-trace';

const { values: opts, positionals } = parseArgs({
  allowPositionals: true,
  options: { reps: { type: 'string', default: '5' }, extension: { type: 'string', default: EXTENSION_DIR }, 'same-site': { type: 'boolean', default: false }, untraced: { type: 'boolean', default: false } },
});

async function trace(cdp: CDPSession, load: () => Promise<void>): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: CATEGORIES } });
  await load();
  await cdp.send('Tracing.end');
  await complete;
  return events;
}

/** In the page's world, from its first script on: every long task, kept for untracedLoad. */
function observeLongTasks(): void {
  const kept: [number, number][] = [];
  (window as unknown as { __longTasks: [number, number][] }).__longTasks = kept;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) kept.push([e.startTime, e.duration]);
  }).observe({ type: 'longtask', buffered: true });
}

/** Reads, after the load, the start mark and the long tasks (user timing entries belong to the document, not to a world). */
function readStart(): { start: number | null; tasks: [number, number][] } {
  const mark = performance.getEntriesByName('backstory:start')[0];
  return { start: mark ? mark.startTime : null, tasks: (window as unknown as { __longTasks: [number, number][] }).__longTasks };
}

async function main(): Promise<void> {
  const names = positionals.length > 0 ? positionals : ['wikipedia-2'];
  const pages = corpusPages();
  const html = new Map<string, string>(
    names.map((name) => {
      const page = pages.find((p) => p.name === name);
      if (!page) throw new Error(`no corpus page ${name}`);
      return [`/${name}.html`, readCorpusPage(page)] as const;
    }),
  );
  const server = await servePages((path) => html.get(path));
  const ext = await launchExtension({ extensionDir: opts.extension });
  if (opts.untraced) await ext.context.addInitScript(observeLongTasks);
  try {
    // Keeps the browser from closing its last window between loads.
    await ext.context.newPage();
    for (const [p, name] of names.entries()) {
      const loads: StartTask[] = [];
      const long: LongTask[] = [];
      let started = 0;
      for (let r = 0; r < Number(opts.reps); r++) {
        const tab = await ext.context.newPage();
        const url = server.url(`/${name}.html`).replace('127.0.0.1', opts['same-site'] ? `p${p}.localhost` : `r${r}p${p}.localhost`);
        if (opts.untraced) {
          await tab.goto(url, { waitUntil: 'load' });
          await tab.waitForTimeout(1000);
          const { start, tasks } = await tab.evaluate(readStart);
          const held = start === null ? null : longTaskHolding(tasks, start);
          if (start !== null) started++;
          if (held) long.push(held);
          console.log(`${name} #${r + 1}: ${start === null ? 'the content script did not run' : held ? `started in a long task of ${held[1].toFixed(0)} ms` : 'started in a task under 50 ms'}`);
          await tab.close();
          continue;
        }
        const cdp = await ext.context.newCDPSession(tab);
        const events = await trace(cdp, async () => {
          await tab.goto(url, { waitUntil: 'load' });
          await tab.waitForTimeout(1000);
        });
        const found = startTask(events);
        if (found) loads.push(found);
        console.log(
          found
            ? `${name} #${r + 1}: task ${found.taskMs.toFixed(1)} ms = compile ${found.compileMs.toFixed(1)} + run ${found.runMs.toFixed(1)} + other ${(found.taskMs - found.compileMs - found.runMs).toFixed(1)}`
            : `${name} #${r + 1}: the content script did not run`,
        );
        await tab.close();
      }
      if (opts.untraced) {
        console.log(`${name}: started in a long task in ${long.length} of ${started} loads${long.length ? ` (${long.map(([, d]) => d.toFixed(0)).join(', ')} ms)` : ''}`);
        continue;
      }
      if (loads.length === 0) continue;
      const m = (k: keyof StartTask) => median(loads.map((l) => l[k])).toFixed(1);
      console.log(`${name}: median of ${loads.length}: task ${m('taskMs')} ms, compile ${m('compileMs')} ms, run ${m('runMs')} ms`);
    }
  } finally {
    await ext.close();
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
