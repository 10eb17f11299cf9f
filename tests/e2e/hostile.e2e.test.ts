/**
 * Hostile pages (issue 8): pages built to break a content script, each a
 * fixture under tests/e2e/fixtures/hostile/ that checks its own behaviour
 * (kit.js) and reports it in `window.__fixture`. For each one:
 *
 * 1. no console error and no uncaught exception from the extension;
 * 2. no task over 50 ms caused by us: this file loads the bench build, whose
 *    content script measures every slice of its work as `backstory:scan` /
 *    `backstory:scan-done`; a PerformanceObserver installed before the page
 *    collects them (the page's timeline is shared with the isolated world),
 *    and every slice must last under 50 ms. On a loaded machine the renderer
 *    can be descheduled in the middle of a slice: a trace of the page says
 *    how much CPU the thread spent in the callback that ran the slice, and a
 *    slice of 50 ms or more passes only if that is under 50 ms (the rest of
 *    the time the thread was not running at all, so it was not our work).
 *    On the 200,000-node page alone, the budget is 50 ms plus the longest
 *    step of a bare walk of the same page from an isolated world, measured
 *    in the same try (support/bare-walk.ts: the step in which Chromium grows
 *    that world's table of wrappers, which no slicing can split);
 * 3. the page's own behaviour unchanged (`__fixture.ok`);
 * 4. what is highlighted, where it applies;
 * 5. the page still answers at the end.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type CDPSession, type Frame, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findChromium } from '../../scripts/lib/chromium';
import type { ServedPage } from '../../scripts/lib/serve';
import { HIGHLIGHT, startHarness, type Harness } from './support/browser';
import { hoverOpen } from './support/card';
import { bareWalk } from './support/bare-walk';
import { waitForQuietCpu } from './support/quiet';

const ROOT = resolve(import.meta.dirname, '../..');
const FIXTURES = join(import.meta.dirname, 'fixtures/hostile');
/** A long task is 50 ms; every slice of our work must stay under it. */
const BUDGET_MS = 50;
const CSP = "default-src 'none'";

// ---------------------------------------------------------------------------
// Pages. The two big ones are generated here, so the HTML parser builds them.

/** Nodes in one generated unit of huge-dom.html; the fixture counts what the parser built. */
const UNIT_NODES = 18;

function hugeDom(target: number): { markup: string; nodes: number; mentions: string[] } {
  const parts: string[] = [];
  const mentions: string[] = [];
  let nodes = 0;
  for (let i = 0; nodes + UNIT_NODES <= target; i++) {
    // Both variants add two nodes, <em> and its text (the first word joins the text before it).
    const cited = i % 400 === 0 ? 'Safeguard <em>Defenders</em>' : 'plain <em>words</em>';
    if (i % 400 === 0) mentions.push('Safeguard Defenders');
    parts.push(
      `<section><h2>Section ${i}</h2><p>Paragraph ${i} cites ${cited} with <a href="#s${i}">a link</a>.</p>` +
        `<ul><li>First point</li><li>Second <b>point</b></li></ul></section>`,
    );
    nodes += UNIT_NODES;
  }
  for (; nodes < target; nodes++) parts.push('<hr>');
  return { markup: parts.join(''), nodes, mentions };
}

const HUGE = hugeDom(200_000);
const DEEP = 5_000;

function fixtureFile(name: string): string {
  return readFileSync(join(FIXTURES, name), 'utf8');
}

function servePage(path: string): ServedPage | undefined {
  const m = /^\/hostile\/([a-z0-9-]+)\.(html|js)$/.exec(path);
  if (!m || !existsSync(join(FIXTURES, `${m[1]}.${m[2]}`))) return undefined;
  const file = `${m[1]}.${m[2]}`;
  if (m[2] === 'js') return { body: fixtureFile(file), contentType: 'text/javascript; charset=utf-8' };
  let body = fixtureFile(file);
  if (file === 'huge-dom.html') {
    body = body.replace('data-nodes="0"', `data-nodes="${HUGE.nodes}"`).replace('<!--GENERATED-->', HUGE.markup);
  } else if (file === 'deep-nesting.html') {
    body = body.replace('<!--GENERATED-->', `${'<div>'.repeat(DEEP)}<p>Parsed nesting: Chen Jinping.</p>${'</div>'.repeat(DEEP)}`);
  }
  return file === 'strict-csp.html' ? { body, headers: { 'content-security-policy': CSP } } : { body };
}

// ---------------------------------------------------------------------------
// What runs in the page (main world). Self-contained functions: Playwright sends their source.

interface PerfEntryData {
  name: string;
  start: number;
  duration: number;
}

interface Violation {
  directive: string;
  blocked: string;
  source: string;
}

interface PerfState {
  measures: PerfEntryData[];
  violations: Violation[];
}

interface FixtureReport {
  done: boolean;
  ok: boolean;
  details: Record<string, unknown>;
}

interface HostileWindow {
  __perf?: PerfState;
  __fixture?: FixtureReport;
  __fixtureKit?: { report(): FixtureReport };
  /** Set while the test reads a page that traps its DOM API (prototypes.html). */
  __fixtureAllow?: boolean;
}

/** Installed before any page script, in every frame. */
function perfProbe(): void {
  const w = window as unknown as HostileWindow;
  if (w.__perf) return;
  const state: PerfState = { measures: [], violations: [] };
  w.__perf = state;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) state.measures.push({ name: e.name, start: e.startTime, duration: e.duration });
  }).observe({ type: 'measure', buffered: true });
  document.addEventListener(
    'securitypolicyviolation',
    (e) => state.violations.push({ directive: e.effectiveDirective, blocked: e.blockedURI, source: e.sourceFile }),
    true,
  );
}

function readPerf(): PerfState {
  return (window as unknown as HostileWindow).__perf ?? { measures: [], violations: [] };
}

function readHighlights(name: string): string[] {
  const w = window as unknown as HostileWindow;
  w.__fixtureAllow = true;
  try {
    const h = CSS.highlights.get(name);
    return h ? [...h].map((r) => (r as Range).toString()) : [];
  } finally {
    w.__fixtureAllow = false;
  }
}

function readReport(): FixtureReport | null {
  const w = window as unknown as HostileWindow;
  return w.__fixtureKit ? w.__fixtureKit.report() : null;
}

function isDone(): boolean {
  return (window as unknown as HostileWindow).__fixture?.done === true;
}

// ---------------------------------------------------------------------------
// Helpers on the Node side.

type Target = Page | Frame;

async function poll<T>(read: () => Promise<T>, until: (value: T) => boolean, timeout: number, what: string): Promise<T> {
  const deadline = Date.now() + timeout;
  let value = await read();
  while (!until(value)) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeout} ms waiting for ${what}; last value: ${JSON.stringify(value).slice(0, 2000)}`);
    await new Promise((r) => setTimeout(r, 50));
    value = await read();
  }
  return value;
}

const highlights = (t: Target) => t.evaluate(readHighlights, HIGHLIGHT).then((texts) => texts.sort());
const slicesOf = (perf: PerfState) => perf.measures.filter((m) => m.name.startsWith('backstory:scan'));

/** How many slices a frame has measured so far: pass it to `settled` to wait for work after an action. */
const sliceCount = (t: Target) => t.evaluate(readPerf).then((perf) => slicesOf(perf).length);

/**
 * Waits until our work is over: more than `after` slices were measured, the
 * last is a scan-done, and nothing was measured for `quietMs`. Polled from
 * Node, not with waitForFunction, so that no polling code runs in a page
 * that traps its own API.
 */
async function settled(t: Target, options: { after?: number; timeout?: number; quietMs?: number } = {}): Promise<void> {
  const { after = 0, timeout = 20_000, quietMs = 400 } = options;
  await poll(
    () =>
      t.evaluate(() => {
        const perf = (window as unknown as HostileWindow).__perf;
        const ours = (perf?.measures ?? []).filter((m) => m.name.startsWith('backstory:scan'));
        const last = ours[ours.length - 1];
        return { count: ours.length, last: last?.name ?? null, idleMs: last ? performance.now() - (last.start + last.duration) : 0 };
      }),
    (s) => s.count > after && s.last === 'backstory:scan-done' && s.idleMs >= quietMs,
    timeout,
    'the scan to finish',
  );
}

async function fixtureDone(t: Target, timeout: number): Promise<void> {
  await poll(() => t.evaluate(isDone), (done) => done, timeout, 'the fixture to finish its own work');
}

interface Opened {
  page: Page;
  /** Console errors and uncaught exceptions whose source is the extension. */
  extensionErrors: string[];
  /** Every uncaught exception (the fixtures throw none of their own). */
  pageErrors: string[];
  /** Slice marks and callbacks, from a trace started before the page loaded. */
  trace: TraceEvent[];
}

const isExtensionUrl = (s: string | undefined) => (s ?? '').includes('chrome-extension://');

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { startTime?: number };
}

/** A slice as the trace saw it: wall time, and CPU time of the innermost callback that ran it. */
interface TracedSlice {
  name: string;
  /** performance.now() time of the start, as in the page's measure. */
  start: number;
  wallMs: number;
  cpuMs: number | null;
}

/** Callbacks that run a slice of ours: an animation frame or a timer, as a function call. */
const CALLBACKS = new Set(['FunctionCall', 'FireAnimationFrame', 'TimerFire']);

/** Pairs each slice's begin and end (in order, per thread) and finds the callback around it. */
function tracedSlices(events: readonly TraceEvent[]): TracedSlice[] {
  const marks = events.filter((e) => e.cat === 'blink.user_timing').sort((a, b) => a.ts - b.ts);
  const calls = events.filter((e) => e.ph === 'X' && CALLBACKS.has(e.name) && e.tdur !== undefined);
  const open = new Map<string, TraceEvent>();
  const slices: TracedSlice[] = [];
  // performance.now() is coarsened (100 µs): the end mark may fall just past the call that made it.
  const SLACK_US = 200;
  for (const e of marks) {
    const thread = `${e.pid}:${e.tid}:${e.name}`;
    if (e.ph === 'b') open.set(thread, e);
    else if (e.ph === 'e' && open.has(thread)) {
      const b = open.get(thread)!;
      open.delete(thread);
      const around = calls
        .filter((c) => c.pid === b.pid && c.tid === b.tid && c.ts <= b.ts + SLACK_US && c.ts + c.dur! >= e.ts - SLACK_US)
        .sort((x, y) => x.dur! - y.dur!)[0];
      slices.push({ name: b.name, start: b.args?.startTime ?? NaN, wallMs: (e.ts - b.ts) / 1000, cpuMs: around ? around.tdur! / 1000 : null });
    }
  }
  return slices;
}

/** A browser without Backstory, for what pages do on their own. */
function launchPlain(): Promise<Browser> {
  return chromium.launch({ executablePath: findChromium(), args: ['--no-sandbox', '--disable-gpu'] });
}

// ---------------------------------------------------------------------------

describe('hostile pages', () => {
  let h: Harness;
  let extDir: string;
  let ownBuild = false;
  let plain: Browser | undefined;
  /**
   * Per fixture, for the issue: slices, their total, the longest in wall time and in CPU time, how
   * many lasted 50 ms or more only because the thread was descheduled, how many within the platform's
   * step where it was measured (and that step), and how many were really ours.
   */
  const summary: Record<
    string,
    {
      slices: number;
      totalWallMs: number;
      longestWallMs: number;
      longestCpuMs: number;
      descheduled: number;
      withinStep: number;
      over: number;
      platformStepMs?: number;
    }
  > = {};

  beforeAll(async () => {
    // The bench build (performance measures on), in a directory of our own: building into
    // .output/chrome-mv3-bench could swap files under a benchmark running from this checkout.
    extDir = process.env.BACKSTORY_BENCH_EXTENSION_DIR ?? '';
    if (!extDir) {
      const out = mkdtempSync(join(tmpdir(), 'backstory-hostile-'));
      ownBuild = true;
      execFileSync(
        'npx',
        ['tsx', '-e', `import('wxt').then((w) => w.build({ mode: 'bench', outDir: ${JSON.stringify(out)}, outDirTemplate: 'ext', logLevel: 1 }))`],
        { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] },
      );
      extDir = join(out, 'ext');
    }
    h = await startHarness(servePage, { extensionDir: extDir });
  }, 180_000);

  afterAll(async () => {
    await stopTrace().catch(() => undefined);
    await h?.dispose();
    await plain?.close();
    if (ownBuild && extDir) rmSync(resolve(extDir, '..'), { recursive: true, force: true });
    // The numbers for the issue: longest slice per fixture.
    console.log(
      'hostile pages, longest scan slice per fixture (wall / CPU of its callback):\n' +
        Object.entries(summary)
          .map(
            ([k, v]) =>
              `  ${k}: ${v.longestWallMs.toFixed(1)} / ${v.longestCpuMs.toFixed(1)} ms, ${v.slices} slices, ${v.totalWallMs.toFixed(0)} ms in all;` +
              ` ${BUDGET_MS}+ ms: ${v.descheduled} descheduled, ${v.over} over budget` +
              (v.platformStepMs === undefined ? '' : `, ${v.withinStep} within a bare walk's longest step (${v.platformStepMs.toFixed(1)} ms)`),
          )
          .join('\n'),
    );
  });

  /** Tracing is browser-wide: one page at a time. */
  let tracing: CDPSession | null = null;

  async function startTrace(p: Page): Promise<TraceEvent[]> {
    if (tracing) await stopTrace().catch(() => undefined);
    const cdp = await h.context.newCDPSession(p);
    const events: TraceEvent[] = [];
    cdp.on('Tracing.dataCollected', ({ value }) => {
      for (const e of value as unknown as TraceEvent[]) {
        if ((e.cat === 'blink.user_timing' && e.name.startsWith('backstory:')) || (e.ph === 'X' && CALLBACKS.has(e.name))) events.push(e);
      }
    });
    await cdp.send('Tracing.start', {
      traceConfig: { includedCategories: ['devtools.timeline', 'blink.user_timing'], recordMode: 'recordAsMuchAsPossible' },
      transferMode: 'ReportEvents',
    });
    tracing = cdp;
    return events;
  }

  async function stopTrace(): Promise<void> {
    const cdp = tracing;
    if (!cdp) return;
    tracing = null;
    const complete = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
    await cdp.send('Tracing.end');
    await complete;
    await cdp.detach().catch(() => undefined);
  }

  async function open(path: string, options: { kit?: boolean; host?: string } = {}): Promise<Opened> {
    const p = await h.context.newPage();
    const opened: Opened = { page: p, extensionErrors: [], pageErrors: [], trace: await startTrace(p) };
    p.on('console', (msg) => {
      if ((msg.type() === 'error' || msg.type() === 'assert') && isExtensionUrl(msg.location().url)) opened.extensionErrors.push(msg.text());
    });
    p.on('pageerror', (error) => {
      opened.pageErrors.push(`${error.message}\n${error.stack ?? ''}`);
      if (isExtensionUrl(error.stack)) opened.extensionErrors.push(error.message);
    });
    await p.addInitScript(perfProbe);
    if (options.kit) await p.addInitScript({ content: fixtureFile('kit.js') });
    const url = new URL(h.server.url(path));
    if (options.host) url.hostname = options.host;
    await p.goto(url.href, { waitUntil: 'load', timeout: 60_000 });
    return opened;
  }

  /** The longest step of a bare walk (support/bare-walk.ts) of a fixture, in a browser without us. */
  async function plainBareWalk(path: string, host?: string): Promise<number> {
    plain ??= await launchPlain();
    const bare = await plain.newPage();
    try {
      const url = new URL(h.server.url(path));
      if (host) url.hostname = host;
      await bare.goto(url.href, { waitUntil: 'load', timeout: 60_000 });
      const walk = await bareWalk(bare);
      // The walk must have read the page, or its step says nothing about it.
      expect(walk.nodes, 'the bare walk read the whole page').toBeGreaterThan(HUGE.nodes);
      return walk.longestStepMs;
    } finally {
      await bare.close();
    }
  }

  /**
   * The checks every fixture gets: 1, 2, 3 and 5 (4 is each test's own). `platformStepMs`: what a
   * bare walk of the page stalls for in one step (bare-walk.ts), added to the slices' budget.
   */
  async function expectUnharmed(name: string, o: Opened, { frames = [o.page], platformStepMs }: { frames?: Target[]; platformStepMs?: number } = {}): Promise<void> {
    const { page: p } = o;
    expect(o.extensionErrors, 'errors from the extension').toEqual([]);
    expect(o.pageErrors, 'uncaught exceptions').toEqual([]);

    const slices: PerfEntryData[] = [];
    for (const f of frames) slices.push(...slicesOf(await f.evaluate(readPerf)));
    expect(slices.some((s) => s.name === 'backstory:scan-done'), 'the bench build measured its scan').toBe(true);
    await stopTrace();
    const traced = tracedSlices(o.trace);
    const cpuOf = (s: PerfEntryData) => traced.find((t) => t.name === s.name && Math.abs(t.start - s.start) < 0.01)?.cpuMs ?? null;
    const budgetMs = BUDGET_MS + (platformStepMs ?? 0);
    const long = slices.filter((s) => s.duration >= BUDGET_MS).map((s) => ({ ...s, cpuMs: cpuOf(s) }));
    const ours = long.filter((s) => s.cpuMs === null || s.cpuMs >= budgetMs);
    summary[name] = {
      slices: slices.length,
      totalWallMs: slices.reduce((sum, s) => sum + s.duration, 0),
      longestWallMs: Math.max(...slices.map((s) => s.duration)),
      longestCpuMs: Math.max(0, ...traced.map((t) => t.cpuMs ?? 0)),
      descheduled: long.filter((s) => s.cpuMs !== null && s.cpuMs < BUDGET_MS).length,
      withinStep: long.filter((s) => s.cpuMs !== null && s.cpuMs >= BUDGET_MS && s.cpuMs < budgetMs).length,
      over: ours.length,
      platformStepMs,
    };
    expect(ours, `slices of ${BUDGET_MS} ms or more, the thread running for ${budgetMs.toFixed(1)} ms or more of them`).toEqual([]);

    const report = await p.evaluate(readReport);
    expect(report, 'the fixture reports').not.toBeNull();
    expect(report?.ok, `the page behaves as it expects of itself: ${JSON.stringify(report?.details)}`).toBe(true);

    const t0 = Date.now();
    expect(await p.evaluate(() => 1)).toBe(1);
    expect(Date.now() - t0, 'the page answers within a second').toBeLessThan(1_000);
  }

  it('sees errors thrown in the extension world (so the error checks below can fail)', async () => {
    const o = await open('/hostile/rtl.html');
    await settled(o.page);
    const cdp: CDPSession = await h.context.newCDPSession(o.page);
    const contexts: { id: number; origin: string; auxData?: { frameId?: string } }[] = [];
    cdp.on('Runtime.executionContextCreated', (e) => contexts.push(e.context));
    await cdp.send('Runtime.enable');
    const world = await poll(async () => contexts.find((c) => c.origin.startsWith('chrome-extension://')), Boolean, 5_000, "the content script's world");
    await cdp.send('Runtime.evaluate', {
      contextId: world!.id,
      expression: `console.error('probe'); setTimeout(() => { throw new Error('probe'); });\n//# sourceURL=${world!.origin}/probe.js`,
    });
    await poll(async () => o.extensionErrors.length, (n) => n >= 2, 5_000, 'the probe errors');
    expect(o.extensionErrors).toEqual(['probe', 'probe']);
    await cdp.detach();
    await o.page.close();
  });

  // Known limits (issue 16, docs/benchmark.md). Reading 200,000 nodes from an isolated world holds
  // one step in which Chromium grows that world's table of wrappers, 31-35 ms on the 2-core machine,
  // 50-65 on a slower one: measured here in the same try, by a bare walk of the same page in a
  // browser without us, and added to the slices' budget. And a V8 collection of those wrappers
  // sometimes lands inside one of our slices, in one run out of a few: where it lands varies from
  // run to run, while a slice that is long every time (a regression in slicing) fails all three
  // tries. Each try loads the page from another site (127.0.0.1, localhost, localhost.), so that it
  // gets a renderer process of its own: a process reused from the try before carries that try's heap
  // into this one's collections.
  it('a 200,000-node DOM, then 3,000 paragraphs appended in one task', { retry: 2, timeout: 180_000 }, async ({ task }) => {
    const quiet = await waitForQuietCpu();
    console.info(`huge-dom: waited ${quiet.waitedMs} ms for idle CPUs${quiet.quiet ? '' : ' (not reached)'}`);
    const host = [undefined, 'localhost', 'localhost.'][task.result?.retryCount ?? 0];
    const platformStepMs = await plainBareWalk('/hostile/huge-dom.html', host);
    const o = await open('/hostile/huge-dom.html', { host });
    await settled(o.page, { timeout: 60_000 });
    expect(await highlights(o.page)).toEqual(HUGE.mentions);
    // Past the watcher's 2,000-record batch limit: the appended nodes' containers are read again.
    const before = await sliceCount(o.page);
    await o.page.evaluate(() => (window as unknown as { appendMany(n: number): void }).appendMany(3_000));
    await settled(o.page, { after: before, timeout: 60_000 });
    expect(await highlights(o.page)).toEqual([...HUGE.mentions, ...Array(6).fill('Wang Jingyu')].sort());
    await expectUnharmed('huge-dom', o, { platformStepMs });
    await o.page.close();
  });

  it('5,000-deep nesting: parsed, custom elements, inline spans, display: contents blocks', async () => {
    const o = await open('/hostile/deep-nesting.html');
    await settled(o.page);
    expect(await highlights(o.page)).toEqual(['110 Overseas', 'Chen Jinping', 'Safeguard Defenders', 'Wang Jingyu']);
    await o.page.evaluate(() => (window as unknown as { mutateDeep(): void }).mutateDeep());
    await poll(() => highlights(o.page), (t) => t.includes('Finn Lau'), 5_000, 'the edited deepest text');
    await settled(o.page);
    expect(await highlights(o.page)).toEqual(['Chen Jinping', 'Finn Lau', 'Safeguard Defenders', 'Wang Jingyu']);
    await expectUnharmed('deep-nesting', o);
    await o.page.close();
  });

  it('text mutating at 60 Hz for 10 s', async () => {
    const o = await open('/hostile/mutating-60hz.html');
    await fixtureDone(o.page, 40_000);
    await settled(o.page);
    const expected = await o.page.evaluate(() => (window as unknown as { expectedMentions(): string[] }).expectedMentions());
    expect(await highlights(o.page)).toEqual(expected);
    await expectUnharmed('mutating-60hz', o);
    await o.page.close();
  }, 60_000);

  it('a page that overrides Node, Element, Range, getComputedStyle… in its own world', async () => {
    const o = await open('/hostile/prototypes.html');
    await settled(o.page);
    // Highlighted as on any page: the content script's world has its own prototypes.
    expect(await highlights(o.page)).toEqual(['110 Overseas', 'Finn Lau', 'Safeguard Defenders', 'Wang Jingyu', '保护卫士']);
    // Hit-testing and the card (floating-ui reads getComputedStyle) work too.
    expect((await hoverOpen(o.page, 'Safeguard Defenders')).name).toBe('Safeguard Defenders');
    await o.page.keyboard.press('Escape');
    // The page's report proves no trap was ever called by anyone but the page itself.
    await expectUnharmed('prototypes', o);
    await o.page.close();
  });

  it('a page that clears CSS.highlights in a loop', async () => {
    const o = await open('/hostile/clears-highlights.html');
    await fixtureDone(o.page, 20_000);
    const expected = ['110 Overseas', 'Finn Lau', 'Safeguard Defenders'];
    const logLines = await o.page.evaluate(() => document.getElementById('log')!.children.length - 1);
    for (let i = 0; i < logLines; i++) expected.push('Wang Jingyu');
    // Its next change after the loop brings our highlight back, every range in it.
    await poll(() => highlights(o.page), (t) => t.length === expected.length, 5_000, 'the highlight to come back');
    expect(await highlights(o.page)).toEqual(expected.sort());
    // No fight: we restore on our own scans only, never in answer to the page's wipes.
    const { measures } = await o.page.evaluate(readPerf);
    const loop = await o.page.evaluate(() => (window as unknown as { __loop: { start: number; end: number } }).__loop);
    const during = measures.filter((m) => m.name.startsWith('backstory:scan') && m.start >= loop.start && m.start <= loop.end);
    expect(during.length).toBeLessThanOrEqual(2 * (logLines + 2));
    await settled(o.page);
    await expectUnharmed('clears-highlights', o);
    await o.page.close();
  });

  it('open and closed shadow roots', async () => {
    const o = await open('/hostile/shadow-roots.html');
    await settled(o.page);
    // Closed roots (Lu Jianwang, Freedom House) are out of reach, and nothing fails for it.
    expect(await highlights(o.page)).toEqual(['110 Overseas', 'Chen Jinping', 'Finn Lau', 'Peter Dahlin', 'Safeguard Defenders', 'Wang Jingyu']);
    // Our ::highlight rule is adopted after the page's own sheet, which stays first.
    expect(await o.page.evaluate(() => document.getElementById('open-host')!.shadowRoot!.adoptedStyleSheets.length)).toBe(2);
    await o.page.evaluate(() => (window as unknown as { addLateHost(): void }).addLateHost());
    await poll(() => highlights(o.page), (t) => t.includes('Ruben Brekelmans'), 5_000, 'the late shadow root');
    await settled(o.page);
    await expectUnharmed('shadow-roots', o);
    await o.page.close();
  });

  // Known gap, not fixable from an isolated world: attaching a root to an element already in the page
  // (or a custom element upgraded after load) makes no mutation record, so nothing tells us to look.
  // The text is found on the next change of its container. `it.fails` turns green-to-red when fixed.
  it.fails('a shadow root attached after load to an element already on the page', async () => {
    const o = await open('/hostile/shadow-roots.html');
    await settled(o.page);
    await o.page.evaluate(() => (window as unknown as { attachLateRoot(): void }).attachLateRoot());
    try {
      await poll(() => highlights(o.page), (t) => t.includes('Global Times'), 1_500, 'the late root on an existing element');
    } finally {
      await o.page.close();
    }
  });

  it('same- and cross-origin iframes, sandboxed, srcdoc, about:blank, nested, late', async () => {
    const o = await open('/hostile/iframes.html');
    await o.page.evaluate(() => (window as unknown as { addLateFrame(): void }).addLateFrame());
    const child = (name: string) => () => Promise.resolve(o.page.frames().find((f) => new URL(f.url(), 'http://x').searchParams.get('n') === name));
    const framed: Target[] = [o.page];
    for (const name of ['same', 'inner', 'cross', 'sandboxed', 'late']) {
      const frame = (await poll(child(name), Boolean, 10_000, `frame ${name}`))!;
      await poll(() => highlights(frame), (t) => t.length > 0, 10_000, `highlights in frame ${name}`);
      await settled(frame);
      expect(await highlights(frame), `frame ${name}`).toEqual(['Safeguard Defenders']);
      framed.push(frame);
    }
    expect(new URL(framed[3]!.url()).hostname).toBe('localhost');
    await settled(o.page);
    expect(await highlights(o.page)).toEqual(['110 Overseas']);
    // srcdoc and about:blank frames: see the known gap below; no error either way.
    expect(o.page.frames().filter((f) => !f.url().startsWith('http')).length).toBe(2);
    await o.page.evaluate(() => (window as unknown as { collect(): void }).collect());
    await fixtureDone(o.page, 10_000);
    await expectUnharmed('iframes', o, { frames: framed });
    await o.page.close();
  });

  // srcdoc and about:blank frames have no URL of their own: the registration's matchOriginAsFallback lets them in.
  it('srcdoc and about:blank frames are read too', async () => {
    const o = await open('/hostile/iframes.html');
    try {
      await settled(o.page);
      const local = o.page.frames().filter((f) => !f.url().startsWith('http'));
      await poll(async () => (await Promise.all(local.map(highlights))).flat().sort(), (t) => t.length === 2, 2_000, 'srcdoc and about:blank highlights');
    } finally {
      await o.page.close();
    }
  });

  it('form fields and contenteditable regions containing names', async () => {
    const o = await open('/hostile/editable.html');
    const { page: p } = o;
    await settled(p);
    // Labels are prose; fields, options, buttons and editable regions (and islands inside them) are not.
    const outside = ['Freedom House', 'Patrol and Persuade', 'Safeguard Defenders'];
    expect(await highlights(p)).toEqual(outside);

    // Typing names into the editor and the textarea: nothing painted there, nothing of theirs disturbed.
    await p.click('#ce');
    await p.keyboard.press('Control+End');
    await p.keyboard.type(' and Wang Jingyu', { delay: 5 });
    await p.evaluate(() => ((window as unknown as { __typed: { ce: string } }).__typed.ce = ' and Wang Jingyu'));
    await p.click('#ta');
    await p.keyboard.press('Control+End');
    await p.keyboard.type(' Finn Lau', { delay: 5 });
    await p.evaluate(() => ((window as unknown as { __typed: { ta: string } }).__typed.ta = ' Finn Lau'));
    await settled(p);
    expect(await highlights(p)).toEqual(outside);

    // Click-to-edit: a paragraph that becomes editable loses its highlight, and gets it back after.
    await p.evaluate(() => (window as unknown as { setEditing(on: boolean): void }).setEditing(true));
    await poll(() => highlights(p), (t) => !t.includes('Patrol and Persuade'), 3_000, 'the editable paragraph to lose its highlight');
    await p.evaluate(() => (window as unknown as { setEditing(on: boolean): void }).setEditing(false));
    await poll(() => highlights(p), (t) => t.includes('Patrol and Persuade'), 3_000, 'the paragraph to be highlighted again');
    await settled(p);
    await expectUnharmed('editable', o);
    await p.close();
  });

  it(`a strict CSP (${CSP})`, async () => {
    // The page's own violations, in a browser without the extension.
    plain ??= await launchPlain();
    const bare = await plain.newPage();
    await bare.addInitScript(perfProbe);
    await bare.addInitScript({ content: fixtureFile('kit.js') });
    await bare.goto(h.server.url('/hostile/strict-csp.html'), { waitUntil: 'load' });
    await bare.waitForTimeout(500);
    const own = (await bare.evaluate(readPerf)).violations;
    await bare.close();
    expect(own.length).toBeGreaterThanOrEqual(6);

    const o = await open('/hostile/strict-csp.html', { kit: true });
    const { page: p } = o;
    await settled(p);
    expect(await highlights(p)).toEqual(['110 Overseas', 'Safeguard Defenders', 'Wang Jingyu', '保护卫士']);
    expect((await hoverOpen(p, 'Safeguard Defenders')).name).toBe('Safeguard Defenders');
    await p.keyboard.press('Escape');
    await settled(p);
    const { violations } = await p.evaluate(readPerf);
    expect(violations.filter((v) => isExtensionUrl(v.blocked) || isExtensionUrl(v.source)), 'violations caused by us').toEqual([]);
    const key = (v: Violation) => `${v.directive} ${v.blocked.replace(/:\d+\//, ':PORT/')}`;
    expect(violations.map(key).sort(), 'violations: the page’s own, no more').toEqual(own.map(key).sort());
    // The CSP still holds: the page's inline script never ran.
    expect(await p.evaluate(() => (window as unknown as { __inlineRan?: boolean }).__inlineRan)).toBeUndefined();
    await expectUnharmed('strict-csp', o);
    await p.close();
  });

  it('right-to-left text', async () => {
    const o = await open('/hostile/rtl.html');
    const { page: p } = o;
    await settled(p);
    expect(await highlights(p)).toEqual(
      ['110 Overseas', 'Chen Jinping', 'Finn Lau', 'Lu Jianwang', 'Peter Dahlin', 'Ruben Brekelmans', 'Safeguard Defenders', 'Safeguard Defenders', 'Wang Jingyu', '保护卫士'].sort(),
    );
    // Every range is laid out (painted somewhere), in RTL, bidi-isolated and vertical text alike.
    const unpainted = await p.evaluate((name) => [...CSS.highlights.get(name)!].filter((r) => (r as Range).getClientRects().length === 0).length, HIGHLIGHT);
    expect(unpainted).toBe(0);
    await expectUnharmed('rtl', o);
    // The self-check is not blind: a node that the page did not add makes it fail.
    await p.evaluate(() => document.body.append('intruder'));
    expect(await p.evaluate(readReport)).toMatchObject({ ok: false, details: { foreignCount: 1 } });
    await p.close();
  });

  it('names containing zero-width joiners, soft hyphens and other invisible characters', async () => {
    const o = await open('/hostile/invisible-chars.html');
    await settled(o.page);
    // The ranges cover the page's text as it is, invisible characters included.
    expect(await highlights(o.page)).toEqual(
      [
        'Safe\u00adguard De\u00adfen\u00adders',
        'Safe\u00adguard Defenders',
        'Wa\u200dng Jingyu',
        'Fi\u200cnn Lau',
        'Peter \u200bDahlin',
        '110\u2060 Over\ufeffseas',
        'Safeguard Defenders',
        'Chen Jinping',
        'Freedom House',
        '保护\u200d卫士',
      ].sort(),
    );
    await expectUnharmed('invisible-chars', o);
    await o.page.close();
  });
});
