/**
 * `npm run bench` (issue 7): Backstory's scan against the floor (walking the
 * text nodes) and mark.js, on every corpus page, in real Chromium; a dense
 * and an append case; long tasks; bundle sizes. See docs/benchmark.md.
 *
 * Options: --reps N (default 5), --markjs-reps N (default: --reps),
 * --dense-reps N (3), --append-reps N (3), --dense-markjs (mark.js on the
 * dense pages too), --quick (mark.js once per page, dense and append once),
 * --pages a,b (corpus pages by name), --corpus DIR (default
 * ../shared/corpus/pages, or $BACKSTORY_CORPUS), --no-build (reuse the last
 * builds), --no-dense, --no-append, --no-markjs.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { servePages } from '../lib/serve';
import { BENCH_DIR, buildBench, buildForSize, bundleSizes, CONTENT_SCRIPT, ROOT, SIZE_DIR } from './build';
import { launchBrowsers, type Browsers } from './browsers';
import { measureAppend, measureFloor, measureMarkJs, measureScan, type ScanResult } from './measure';
import { allAliases, CORPUS_DIR, corpusPages, densePage, plainParagraph, readCorpusPage, storyParagraph } from './pages';
import type { FloorResult, MarkResult } from './probes';
import {
  appendTable,
  bundleTable,
  pageTable,
  summaryLine,
  verdicts,
  type AppendFigures,
  type PageFigures,
  type Summary,
} from './report';
import { max, median, round, sum } from './stats';

const { values: opts } = parseArgs({
  options: {
    reps: { type: 'string', default: '5' },
    'markjs-reps': { type: 'string' },
    'dense-reps': { type: 'string' },
    'append-reps': { type: 'string' },
    'dense-markjs': { type: 'boolean', default: false },
    quick: { type: 'boolean', default: false },
    pages: { type: 'string' },
    corpus: { type: 'string', default: CORPUS_DIR },
    'no-build': { type: 'boolean', default: false },
    'no-dense': { type: 'boolean', default: false },
    'no-append': { type: 'boolean', default: false },
    'no-markjs': { type: 'boolean', default: false },
  },
});

const REPS = Number(opts.reps);
// mark.js takes seconds a page with a full pack (one pass over the DOM per alias): it is the long pole of a run.
const MARKJS_REPS = opts['no-markjs'] ? 0 : Number(opts['markjs-reps'] ?? (opts.quick ? 1 : REPS));
const DENSE_REPS = Number(opts['dense-reps'] ?? (opts.quick ? 1 : 3));
const APPEND_REPS = Number(opts['append-reps'] ?? (opts.quick ? 1 : 3));
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
  scan: ScanResult[];
  mark: MarkResult[];
}

type Kind = keyof Sample;

/**
 * Runs (a), (b), (c) alternately, rotating their order each repetition so
 * none always goes first; mark.js only in the first `markJsReps`.
 */
async function sample(b: Browsers, url: string, reps: number, markJsReps: number): Promise<Sample> {
  const aliases = allAliases();
  const s: Sample = { floor: [], scan: [], mark: [] };
  for (let r = 0; r < reps; r++) {
    const kinds: Kind[] = r < markJsReps ? ['floor', 'scan', 'mark'] : ['floor', 'scan'];
    for (let k = 0; k < kinds.length; k++) {
      const kind = kinds[(r + k) % kinds.length]!;
      if (kind === 'floor') s.floor.push(await measureFloor(b.plain, url));
      else if (kind === 'scan') s.scan.push(await measureScan(b.ext.context, url));
      else s.mark.push(await measureMarkJs(b.plain, url, MARK_JS, [aliases.latin, aliases.cjk, LIMITERS]));
    }
  }
  return s;
}

/** The task a run charges to us: the longest long task overlapping a slice, else the longest slice (< 50 ms then). */
const taskOf = (r: ScanResult) => (r.longestTaskMs > 0 ? r.longestTaskMs : r.longestSliceMs);

function figures(page: string, bytes: number, s: Sample): PageFigures {
  const floorMs = median(s.floor.map((r) => r.ms));
  const scanMs = median(s.scan.map((r) => r.ms));
  const markJsMs = s.mark.length > 0 ? median(s.mark.map((r) => r.ms)) : NaN;
  return {
    page,
    bytes,
    textNodes: s.floor[0]!.textNodes,
    chars: s.floor[0]!.chars,
    mentions: median(s.scan.map((r) => r.highlights)),
    floorMs,
    scanMs,
    markJsMs,
    markJsMarks: s.mark.length > 0 ? median(s.mark.map((r) => r.marks)) : NaN,
    scanOverFloor: scanMs / floorMs,
    markJsOverScan: markJsMs / scanMs,
    slices: median(s.scan.map((r) => r.slices)),
    longestSliceMs: median(s.scan.map((r) => r.longestSliceMs)),
    longestTaskMs: median(s.scan.map(taskOf)),
    worstTaskMs: max(s.scan.map(taskOf)),
  };
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
  const chosen = opts.pages ? all.filter((p) => opts.pages!.split(',').includes(p.name)) : all;
  if (chosen.length === 0) throw new Error(`no corpus page matches --pages ${opts.pages}`);

  if (!opts['no-build']) {
    log('building (bench mode, and production for sizes)…');
    buildBench();
    buildForSize();
  }
  const bundles = bundleSizes(SIZE_DIR);
  const content = bundles.find((x) => x.file === CONTENT_SCRIPT);
  if (!content) throw new Error(`no ${CONTENT_SCRIPT} in ${SIZE_DIR}`);

  const served = new Map<string, string>();
  for (const p of all) served.set(`/c/${p.name}.html`, readCorpusPage(p));
  const dense = [...all].sort((a, b) => b.bytes - a.bytes).slice(0, DENSE_PAGES);
  for (const p of dense) served.set(`/d/${p.name}.html`, densePage(served.get(`/c/${p.name}.html`)!, DENSE_PARAGRAPHS));
  const server = await servePages((path) => {
    const body = served.get(path);
    // Cross-origin isolation gives performance.now() 5 µs resolution instead of 100 µs; floors are a few ms.
    return body === undefined
      ? undefined
      : { body, headers: { 'cross-origin-opener-policy': 'same-origin', 'cross-origin-embedder-policy': 'require-corp' } };
  });

  const browsers = await launchBrowsers(BENCH_DIR);
  const pages: PageFigures[] = [];
  const densePages: PageFigures[] = [];
  let append: AppendFigures | null = null;
  try {
    for (const p of chosen) {
      const path = `/c/${p.name}.html`;
      const s = await sample(browsers, server.url(path), REPS, MARKJS_REPS);
      pages.push(figures(p.name, Buffer.byteLength(served.get(path)!), s));
      log(`  ${p.name}: scan ${pages.at(-1)!.scanMs.toFixed(2)} ms, floor ${pages.at(-1)!.floorMs.toFixed(2)} ms`);
    }
    if (!opts['no-dense']) {
      for (const p of dense) {
        const path = `/d/${p.name}.html`;
        const s = await sample(browsers, server.url(path), DENSE_REPS, opts['dense-markjs'] ? Math.min(MARKJS_REPS, DENSE_REPS) : 0);
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

  const summary: Summary = {
    scanOverFloor: median(pages.map((p) => p.scanOverFloor)),
    markJsOverScan: median(pages.map((p) => p.markJsOverScan)),
    longestTaskMs: max([...pages, ...densePages].map((p) => p.longestTaskMs).concat(append ? [append.longestTaskMs] : [])),
    contentScriptKBgz: content.gzip / 1000,
  };
  const line = summaryLine(summary);

  const out = process.stdout;
  out.write(`\nCorpus pages (medians of ${REPS} repetitions; mark.js ${MARKJS_REPS})\n\n${pageTable(pages)}\n`);
  if (densePages.length > 0) out.write(`\nDense case (${DENSE_PARAGRAPHS} story paragraphs inserted; medians of ${DENSE_REPS})\n\n${pageTable(densePages)}\n`);
  if (append) out.write(`\nAppend case (medians of ${APPEND_REPS} runs)\n\n${appendTable(append)}\n`);
  out.write(`\nBundles (production build)\n\n${bundleTable(bundles)}\n`);
  out.write(`\n${verdicts(summary).join('; ')}\n`);
  out.write(`\n${line}\n`);

  const result = {
    schema: 1,
    date: new Date(started).toISOString(),
    commit: git(['rev-parse', 'HEAD']),
    dirty: git(['status', '--porcelain']) !== '',
    chromium: browsers.version,
    machine: { cpus: cpus().length, cpu: cpus()[0]?.model ?? '', node: process.version },
    protocol: { reps: REPS, markJsReps: MARKJS_REPS, denseReps: DENSE_REPS, appendReps: APPEND_REPS, denseParagraphs: DENSE_PARAGRAPHS, append: APPEND, blockedRequests: browsers.blocked },
    summary: { ...roundAll(summary), line },
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
