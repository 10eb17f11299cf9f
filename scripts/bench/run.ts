/**
 * `npm run bench` (issues 7 and 16): Backstory's scan against the floor
 * (walking the text nodes, in a content script's isolated world and in the
 * page's own) and mark.js, on every corpus page, in real Chromium; start-up
 * per frame, empty frames, heap, a 5,000-alias scale case; a dense and an
 * append case; long tasks; bundle sizes. See docs/benchmark.md.
 *
 * Options: --reps N (default 5), --markjs-reps N (default: --reps),
 * --dense-reps N (3), --append-reps N (3), --heap-reps N (3), --dense-markjs
 * (mark.js on the dense pages too), --quick (mark.js, dense, append, heap and
 * empty frames once), --pages a,b (corpus pages by name), --corpus DIR
 * (default ../shared/corpus/pages, or $BACKSTORY_CORPUS), --no-build (reuse
 * the last builds), --no-dense, --no-append, --no-markjs, --no-scale,
 * --no-heap, --no-frames.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { servePages } from '../lib/serve';
import { BENCH_DIR, buildBench, buildForSize, bundleSizes, CONTENT_SCRIPT, ROOT, SIZE_DIR } from './build';
import type { LaunchedExtension } from '../lib/launch';
import { compileImported } from '../../lib/match/imported-patterns';
import { aliasIndex } from '../../lib/pack/alias-index';
import { bundledPatternData } from '../lib/alias-module';
import { assertBundledPacksValid } from '../lib/bundled-packs';
import { launchBrowsers, type Browsers } from './browsers';
import { contentScriptSize } from './bundle-split';
import type { CsFloor } from './marks';
import {
  measureAppend,
  measureCsFloor,
  measureFloor,
  measureFrameStartups,
  measureHeap,
  measureMarkJs,
  measureScan,
  type FrameStartup,
  type ScanResult,
} from './measure';
import { allAliases, CORPUS_DIR, corpusPages, densePage, plainParagraph, readCorpusPage, storyParagraph } from './pages';
import type { FloorResult, MarkResult } from './probes';
import {
  appendTable,
  bundleTable,
  overviewTable,
  pageTable,
  summaryLine,
  verdicts,
  type AppendFigures,
  type PageFigures,
  type Summary,
} from './report';
import { max, median, round, sum } from './stats';
import { SCALE_ALIASES, syntheticPack } from './synthetic-pack';

/** Bundle sizes in KB of 1,024 bytes, as tests/e2e/bundle.e2e.test.ts checks the 40 KB budget. */
const KIB = 1024;
const { values: opts } = parseArgs({
  options: {
    reps: { type: 'string', default: '5' },
    'markjs-reps': { type: 'string' },
    'dense-reps': { type: 'string' },
    'append-reps': { type: 'string' },
    'heap-reps': { type: 'string' },
    'dense-markjs': { type: 'boolean', default: false },
    quick: { type: 'boolean', default: false },
    pages: { type: 'string' },
    corpus: { type: 'string', default: CORPUS_DIR },
    'no-build': { type: 'boolean', default: false },
    'no-dense': { type: 'boolean', default: false },
    'no-append': { type: 'boolean', default: false },
    'no-markjs': { type: 'boolean', default: false },
    'no-scale': { type: 'boolean', default: false },
    'no-heap': { type: 'boolean', default: false },
    'no-frames': { type: 'boolean', default: false },
  },
});

const REPS = Number(opts.reps);
// mark.js takes seconds a page with a full pack (one pass over the DOM per alias): it is the long pole of a run.
const MARKJS_REPS = opts['no-markjs'] ? 0 : Number(opts['markjs-reps'] ?? (opts.quick ? 1 : REPS));
const DENSE_REPS = Number(opts['dense-reps'] ?? (opts.quick ? 1 : 3));
const APPEND_REPS = Number(opts['append-reps'] ?? (opts.quick ? 1 : 3));
const HEAP_REPS = opts['no-heap'] ? 0 : Number(opts['heap-reps'] ?? (opts.quick ? 1 : 3));
const FRAME_REPS = opts['no-frames'] ? 0 : opts.quick ? 1 : REPS;
const SCALE = !opts['no-scale'];
/** How long an empty frame's content script gets to mark itself ready before its start-up counts as n/a. */
const FRAME_READY_WAIT_MS = 5_000;
/** Frames with no text to read: the content script runs in both (matchOriginAsFallback). */
const EMPTY_FRAMES_PAGE =
  '<!doctype html><html><head><meta charset="utf-8"><title>Empty frames</title></head><body>' +
  '<p>The top frame holds one line of text; its two frames hold none.</p>' +
  '<iframe id="srcdoc" srcdoc="<!doctype html><title>empty</title><body></body>"></iframe>' +
  '<iframe id="about:blank"></iframe></body></html>';
/** Dense case: the largest pages, with a story paragraph of 3 mentions every few blocks. */
const DENSE_PAGES = 4;
const DENSE_PARAGRAPHS = 400;
const APPEND_PAGE = 'wikipedia-2';
const APPEND = { batches: 200, perBatch: 10, hz: 60 };
/** mark.js "exactly" needs a limiter on each side of a word; these are the punctuation a name sits next to. */
const LIMITERS = [...',.;:!?\'"()[]{}<>/|-–—…“”‘’«»'];
const MARK_JS = join(ROOT, 'node_modules/mark.js/dist/mark.min.js');

const log = (msg: string) => process.stderr.write(`${msg}\n`);

interface Sample {
  floor: FloorResult[];
  csFloor: CsFloor[];
  scan: ScanResult[];
  scale: ScanResult[];
  mark: MarkResult[];
}

type Kind = keyof Sample;

/**
 * Runs the floors, the scan, the scale case's scan (when `scale`) and mark.js
 * alternately, rotating their order each repetition so none always goes
 * first; mark.js only in the first `markJsReps`.
 */
async function sample(b: Browsers, url: string, reps: number, markJsReps: number, scale: boolean): Promise<Sample> {
  const aliases = allAliases();
  const s: Sample = { floor: [], csFloor: [], scan: [], scale: [], mark: [] };
  for (let r = 0; r < reps; r++) {
    const kinds: Kind[] = ['floor', 'csFloor', 'scan'];
    if (scale && b.scale) kinds.push('scale');
    if (r < markJsReps) kinds.push('mark');
    for (let k = 0; k < kinds.length; k++) {
      const kind = kinds[(r + k) % kinds.length]!;
      if (kind === 'floor') s.floor.push(await measureFloor(b.plain, url));
      else if (kind === 'csFloor') s.csFloor.push(await measureCsFloor(b.probe.context, url));
      else if (kind === 'scan') s.scan.push(await measureScan(b.ext.context, url));
      else if (kind === 'scale') s.scale.push(await measureScan(b.scale!.context, url));
      else s.mark.push(await measureMarkJs(b.plain, url, MARK_JS, [aliases.latin, aliases.cjk, LIMITERS]));
    }
  }
  return s;
}

/** Median of the start-ups that were measured; NaN when none was (a build without marks). */
const startOf = (runs: readonly ScanResult[]) => median(runs.flatMap((r) => (r.startMs === null ? [] : [r.startMs])));
/** Median of the part of each start-up spent waiting for the settings; NaN without the marks. */
const settingsWaitOf = (runs: readonly ScanResult[]) => median(runs.flatMap((r) => (r.settingsWaitMs === null ? [] : [r.settingsWaitMs])));

/** The task a run charges to us: the longest long task overlapping a slice, else the longest slice (< 50 ms then). */
const taskOf = (r: ScanResult) => (r.longestTaskMs > 0 ? r.longestTaskMs : r.longestSliceMs);

function figures(page: string, bytes: number, s: Sample): PageFigures {
  const floorMs = median(s.floor.map((r) => r.ms));
  const csFloorMs = median(s.csFloor.map((r) => r.ms));
  const scanMs = median(s.scan.map((r) => r.ms));
  const markJsMs = s.mark.length > 0 ? median(s.mark.map((r) => r.ms)) : NaN;
  const scaleScanMs = median(s.scale.map((r) => r.ms));
  return {
    page,
    bytes,
    textNodes: s.floor[0]!.textNodes,
    chars: s.floor[0]!.chars,
    mentions: median(s.scan.map((r) => r.highlights)),
    floorMs,
    csFloorMs,
    scanMs,
    markJsMs,
    markJsMarks: s.mark.length > 0 ? median(s.mark.map((r) => r.marks)) : NaN,
    scanOverCsFloor: scanMs / csFloorMs,
    scanOverFloor: scanMs / floorMs,
    markJsOverScan: markJsMs / scanMs,
    slices: median(s.scan.map((r) => r.slices)),
    longestSliceMs: median(s.scan.map((r) => r.longestSliceMs)),
    longestTaskMs: median(s.scan.map(taskOf)),
    worstTaskMs: max(s.scan.map(taskOf)),
    startMs: startOf(s.scan),
    startWaitMs: settingsWaitOf(s.scan),
    scaleScanMs,
    scaleStartMs: startOf(s.scale),
    scaleStartWaitMs: settingsWaitOf(s.scale),
    scaleOverScan: scaleScanMs / scanMs,
  };
}

/**
 * Imports the scale pack into a browser as the options page does
 * (extension/packs.ts, saveImportedPacks): the pack and its patterns compiled
 * onto the bundled ones, stamped with the build's bundled data, in one
 * storage call.
 */
async function importScalePack(scale: LaunchedExtension): Promise<void> {
  const { pack } = syntheticPack();
  const bundled = aliasIndex(assertBundledPacksValid());
  const patterns = compileImported(bundled, aliasIndex([pack]), bundledPatternData(bundled).stamp);
  const worker = await scale.worker();
  await worker.evaluate(
    async ([packs, compiled]) => {
      await chrome.storage.local.set({ importedPacks: packs, importedPatterns: compiled });
    },
    [[pack], patterns] as const,
  );
}

/** A page naming one alias of the scale pack: the scale browser must find it, or its figures would measure nothing. */
function scaleCheckPage(): string {
  const name = syntheticPack().aliases[0]!.text;
  return `<!doctype html><html><head><meta charset="utf-8"><title>Scale check</title></head><body><p>Yesterday ${name} said nothing new.</p></body></html>`;
}

/** Heap with the extension minus without, medians over alternating runs, in MB (10⁶ bytes, as KB are 10³). */
async function heapCase(b: Browsers, url: string): Promise<{ withMB: number; withoutMB: number; extraMB: number }> {
  const withExt: number[] = [];
  const without: number[] = [];
  for (let r = 0; r < HEAP_REPS; r++) {
    if (r % 2 === 0) {
      withExt.push(await measureHeap(b.ext.context, url, true));
      without.push(await measureHeap(b.plain, url, false));
    } else {
      without.push(await measureHeap(b.plain, url, false));
      withExt.push(await measureHeap(b.ext.context, url, true));
    }
  }
  const withMB = median(withExt) / 1e6;
  const withoutMB = median(without) / 1e6;
  return { withMB, withoutMB, extraMB: withMB - withoutMB };
}

/** Median start-up per kind of empty frame; NaN where the content script never marked itself ready. */
async function emptyFramesCase(b: Browsers, url: string): Promise<{ frame: string; startMs: number; started: number; runs: number }[]> {
  const runs: FrameStartup[][] = [];
  for (let r = 0; r < FRAME_REPS; r++) runs.push(await measureFrameStartups(b.ext.context, url, FRAME_READY_WAIT_MS));
  const frames = [...new Set(runs.flat().map((f) => f.frame))];
  return frames.map((frame) => {
    const of = runs.flat().filter((f) => f.frame === frame);
    return {
      frame,
      startMs: median(of.flatMap((f) => (f.startMs === null ? [] : [f.startMs]))),
      started: of.filter((f) => f.started).length,
      runs: of.length,
    };
  });
}

function appendPlan(): { batches: string[][]; hz: number } {
  const batches: string[][] = [];
  let seed = 0;
  for (let b = 0; b < APPEND.batches; b++) {
    const batch: string[] = [];
    // Half the paragraphs mention the story: a feed of related and unrelated items.
    for (let p = 0; p < APPEND.perBatch; p++, seed++) batch.push(p % 2 === 0 ? storyParagraph(seed, 2) : plainParagraph(seed));
    batches.push(batch);
  }
  return { batches, hz: APPEND.hz };
}

async function appendCase(b: Browsers, url: string): Promise<AppendFigures> {
  const runs = [];
  for (let r = 0; r < APPEND_REPS; r++) runs.push(await measureAppend(b.ext.context, url, appendPlan()));
  const quarter = Math.floor(APPEND.batches / 4);
  const perKB = (batches: { bytes: number; ms: number }[]) => sum(batches.map((x) => x.ms)) / (sum(batches.map((x) => x.bytes)) / 1000);
  const msPerKB = median(runs.map((r) => perKB(r.batches)));
  const firstMsPerKB = median(runs.map((r) => perKB(r.batches.slice(0, quarter))));
  const lastMsPerKB = median(runs.map((r) => perKB(r.batches.slice(-quarter))));
  return {
    page: APPEND_PAGE,
    batches: APPEND.batches,
    paragraphsPerBatch: APPEND.perBatch,
    hz: APPEND.hz,
    appendedKB: sum(runs[0]!.batches.map((x) => x.bytes)) / 1000,
    msPerKB,
    firstMsPerKB,
    lastMsPerKB,
    growth: lastMsPerKB / firstMsPerKB,
    longestTaskMs: median(runs.map((r) => (r.longestTaskMs > 0 ? r.longestTaskMs : r.longestSliceMs))),
    longestSliceMs: median(runs.map((r) => r.longestSliceMs)),
    highlights: median(runs.map((r) => r.highlights)),
  };
}

function git(args: string[]): string {
  try {
    return execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' }).trim();
  } catch {
    return '';
  }
}

const roundAll = <T extends object>(o: T): T =>
  Object.fromEntries(Object.entries(o).map(([k, v]) => [k, typeof v === 'number' ? round(v) : v])) as T;

async function main(): Promise<void> {
  const started = Date.now();
  const all = corpusPages(opts.corpus);
  const wanted = opts.pages?.split(',');
  const unknown = (wanted ?? []).filter((name) => !all.some((p) => p.name === name));
  if (unknown.length > 0) throw new Error(`no corpus page named ${unknown.join(', ')} (--pages)`);
  const chosen = wanted ? all.filter((p) => wanted.includes(p.name)) : all;

  if (!opts['no-build']) {
    log('building (bench mode, and production for sizes)…');
    buildBench();
    buildForSize();
  }
  const bundles = bundleSizes(SIZE_DIR);
  if (!bundles.some((x) => x.file === CONTENT_SCRIPT)) throw new Error(`no ${CONTENT_SCRIPT} in ${SIZE_DIR}`);
  const contentSize = contentScriptSize(readFileSync(join(SIZE_DIR, CONTENT_SCRIPT), 'utf8'));

  const served = new Map<string, string>();
  for (const p of all) served.set(`/c/${p.name}.html`, readCorpusPage(p));
  const dense = [...all].sort((a, b) => b.bytes - a.bytes).slice(0, DENSE_PAGES);
  for (const p of dense) served.set(`/d/${p.name}.html`, densePage(served.get(`/c/${p.name}.html`)!, DENSE_PARAGRAPHS));
  served.set('/e/empty-frames.html', EMPTY_FRAMES_PAGE);
  served.set('/s/check.html', scaleCheckPage());
  // The heap case: the largest page of those chosen (all of the corpus by default).
  const heapPage = [...chosen].sort((a, b) => b.bytes - a.bytes)[0]!;
  const server = await servePages((path) => {
    const body = served.get(path);
    // Cross-origin isolation gives performance.now() 5 µs resolution instead of 100 µs; floors are a few ms.
    return body === undefined
      ? undefined
      : { body, headers: { 'cross-origin-opener-policy': 'same-origin', 'cross-origin-embedder-policy': 'require-corp' } };
  });

  const browsers = await launchBrowsers(BENCH_DIR, SCALE ? { scale: importScalePack } : {});
  const pages: PageFigures[] = [];
  const densePages: PageFigures[] = [];
  let append: AppendFigures | null = null;
  let heap = { withMB: NaN, withoutMB: NaN, extraMB: NaN };
  let emptyFrames: Awaited<ReturnType<typeof emptyFramesCase>> = [];
  try {
    if (browsers.scale) {
      const check = await measureScan(browsers.scale.context, server.url('/s/check.html'));
      if (check.highlights < 1) throw new Error('the scale browser did not highlight an alias of the imported scale pack: the pack was not loaded');
    }
    for (const p of chosen) {
      const path = `/c/${p.name}.html`;
      const s = await sample(browsers, server.url(path), REPS, MARKJS_REPS, SCALE);
      pages.push(figures(p.name, Buffer.byteLength(served.get(path)!), s));
      const last = pages.at(-1)!;
      log(`  ${p.name}: scan ${last.scanMs.toFixed(2)} ms, content-script floor ${last.csFloorMs.toFixed(2)} ms, main-world floor ${last.floorMs.toFixed(2)} ms`);
    }
    if (FRAME_REPS > 0) {
      emptyFrames = await emptyFramesCase(browsers, server.url('/e/empty-frames.html'));
      log(`  empty frames: ${emptyFrames.map((e) => `${e.frame} ${e.startMs.toFixed(2)} ms (started ${e.started}/${e.runs})`).join(', ')}`);
    }
    if (HEAP_REPS > 0) {
      heap = await heapCase(browsers, server.url(`/c/${heapPage.name}.html`));
      log(`  heap on ${heapPage.name}: ${heap.withMB.toFixed(2)} MB with, ${heap.withoutMB.toFixed(2)} MB without`);
    }
    if (!opts['no-dense']) {
      for (const p of dense) {
        const path = `/d/${p.name}.html`;
        const s = await sample(browsers, server.url(path), DENSE_REPS, opts['dense-markjs'] ? Math.min(MARKJS_REPS, DENSE_REPS) : 0, false);
        densePages.push(figures(`${p.name} (dense)`, Buffer.byteLength(served.get(path)!), s));
        log(`  ${p.name} (dense): scan ${densePages.at(-1)!.scanMs.toFixed(2)} ms, ${densePages.at(-1)!.mentions} mentions`);
      }
    }
    if (!opts['no-append']) {
      append = await appendCase(browsers, server.url(`/c/${APPEND_PAGE}.html`));
      log(`  append: ${append.msPerKB.toFixed(4)} ms/KB, last/first ${append.growth.toFixed(2)}`);
    }
  } finally {
    await browsers.close();
    await server.close();
  }

  const worst = [...pages].sort((a, b) => b.scanOverCsFloor - a.scanOverCsFloor)[0]!;
  const summary: Summary = {
    scanOverCsFloor: median(pages.map((p) => p.scanOverCsFloor)),
    scanOverCsFloorWorst: worst.scanOverCsFloor,
    worstPage: worst.page,
    scanOverFloor: median(pages.map((p) => p.scanOverFloor)),
    markJsOverScan: median(pages.map((p) => p.markJsOverScan)),
    startMs: median(pages.map((p) => p.startMs).filter(Number.isFinite)),
    startWaitMs: median(pages.map((p) => p.startWaitMs).filter(Number.isFinite)),
    emptyFrames: emptyFrames.map(({ frame, startMs }) => ({ frame, startMs })),
    heapMB: heap.extraMB,
    heapPage: HEAP_REPS > 0 ? heapPage.name : '',
    scaleAliases: SCALE_ALIASES,
    scaleStartMs: median(pages.map((p) => p.scaleStartMs).filter(Number.isFinite)),
    scaleStartWaitMs: median(pages.map((p) => p.scaleStartWaitMs).filter(Number.isFinite)),
    scaleOverScan: median(pages.map((p) => p.scaleOverScan).filter(Number.isFinite)),
    longestTaskMs: max([...pages, ...densePages].map((p) => p.longestTaskMs).concat(append ? [append.longestTaskMs] : [])),
    contentScriptKBgz: contentSize.codeGzip / KIB,
    aliasDataKBgz: contentSize.aliasDataGzip === null ? null : contentSize.aliasDataGzip / KIB,
  };
  const line = summaryLine(summary);

  const out = process.stdout;
  out.write(`\nCorpus pages (medians of ${REPS} repetitions; mark.js ${MARKJS_REPS})\n\n${pageTable(pages)}\n`);
  if (densePages.length > 0) out.write(`\nDense case (${DENSE_PARAGRAPHS} story paragraphs inserted; medians of ${DENSE_REPS})\n\n${pageTable(densePages)}\n`);
  if (append) out.write(`\nAppend case (medians of ${APPEND_REPS} runs)\n\n${appendTable(append)}\n`);
  out.write(`\nBundles (production build)\n\n${bundleTable(bundles)}\n`);
  out.write(`\nStart-up, memory, scale (content script code ${(contentSize.codeGzip / KIB).toFixed(1)} KB gz, whole bundle ${(contentSize.totalGzip / KIB).toFixed(1)} KB gz)\n\n${overviewTable(summary)}\n`);
  out.write(`\nTargets (DESIGN.md §5)\n${verdicts(summary).map((v) => `- ${v}`).join('\n')}\n`);
  out.write(`\n${line}\n`);

  const result = {
    schema: 1,
    date: new Date(started).toISOString(),
    commit: git(['rev-parse', 'HEAD']),
    dirty: git(['status', '--porcelain']) !== '',
    chromium: browsers.version,
    machine: { cpus: cpus().length, cpu: cpus()[0]?.model ?? '', node: process.version },
    protocol: {
      reps: REPS,
      markJsReps: MARKJS_REPS,
      denseReps: DENSE_REPS,
      appendReps: APPEND_REPS,
      heapReps: HEAP_REPS,
      frameReps: FRAME_REPS,
      scale: SCALE ? SCALE_ALIASES : 0,
      denseParagraphs: DENSE_PARAGRAPHS,
      append: APPEND,
      blockedRequests: browsers.blocked,
    },
    summary: { ...roundAll(summary), line },
    heap: roundAll(heap),
    emptyFrames: emptyFrames.map(roundAll),
    contentScript: contentSize,
    pages: pages.map(roundAll),
    dense: densePages.map(roundAll),
    append: append && roundAll(append),
    bundles,
    seconds: Math.round((Date.now() - started) / 1000),
  };
  const dir = join(ROOT, 'bench-results');
  mkdirSync(dir, { recursive: true });
  const json = `${JSON.stringify(result, null, 2)}\n`;
  writeFileSync(join(dir, 'latest.json'), json);
  writeFileSync(join(dir, `bench-${result.date.replace(/[:.]/g, '-')}.json`), json);
  log(`\nwrote bench-results/latest.json (${result.seconds} s)`);
}

main().catch((error: unknown) => {
  process.stderr.write(`bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
