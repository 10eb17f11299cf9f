/** The printed report (tables, summary line) and the JSON written for tracking. */
import type { BundleSize } from './build';

export interface PageFigures {
  page: string;
  /** Served bytes (scripts stripped). */
  bytes: number;
  textNodes: number;
  chars: number;
  mentions: number;
  /** The floor walked in the page's own world (history: the floor until issue 16). */
  floorMs: number;
  /** The floor walked by a content script, in its isolated world: the floor of the budgets. */
  csFloorMs: number;
  scanMs: number;
  markJsMs: number;
  markJsMarks: number;
  /** median scan / median content-script floor. */
  scanOverCsFloor: number;
  /** median scan / median main-world floor. */
  scanOverFloor: number;
  /** median mark.js / median scan. */
  markJsOverScan: number;
  slices: number;
  longestSliceMs: number;
  /** Median over repetitions of the longest long task overlapping our slices (0: none). */
  longestTaskMs: number;
  /** The worst single repetition. */
  worstTaskMs: number;
  /** Median start-up of the content script in the top frame; NaN when the build has no marks. */
  startMs: number;
  /** Median of the part of each start-up spent waiting for the settings from storage. */
  startWaitMs: number;
  /** The same page with the scale pack imported; NaN when the scale case did not run. */
  scaleScanMs: number;
  scaleStartMs: number;
  scaleStartWaitMs: number;
  /** median scale scan / median scan. */
  scaleOverScan: number;
}

export interface AppendFigures {
  page: string;
  batches: number;
  paragraphsPerBatch: number;
  hz: number;
  appendedKB: number;
  /** Scan ms per appended KB, over the whole run, over the first and the last quarter of the batches. */
  msPerKB: number;
  firstMsPerKB: number;
  lastMsPerKB: number;
  /** last / first: about 1 when the cost does not grow with the page. */
  growth: number;
  longestTaskMs: number;
  longestSliceMs: number;
  highlights: number;
}

export interface Summary {
  /** Medians over the corpus pages of the per-page ratios; worst is the largest. */
  scanOverCsFloor: number;
  scanOverCsFloorWorst: number;
  worstPage: string;
  scanOverFloor: number;
  markJsOverScan: number;
  /** Median over corpus pages of the top frame's start-up; NaN when the build has no start-up marks. */
  startMs: number;
  /** Median over corpus pages of the part of it spent waiting for the settings (storage, and the page's own tasks). */
  startWaitMs: number;
  /** Median start-up in frames with no text, by kind of frame; NaN when not measured or not marked. */
  emptyFrames: { frame: string; startMs: number }[];
  /** Extra JS heap with the extension, after the first scan of `heapPage`; NaN when not measured. */
  heapMB: number;
  heapPage: string;
  /** Scale case (synthetic pack): median start-up, and median over pages of scale scan / bundled scan. */
  scaleAliases: number;
  scaleStartMs: number;
  scaleStartWaitMs: number;
  scaleOverScan: number;
  longestTaskMs: number;
  /** Gzipped code of the content script, alias data apart (null when the bundle has none). */
  contentScriptKBgz: number;
  aliasDataKBgz: number | null;
}

export const TARGETS = {
  scanOverCsFloor: 2.5,
  scanOverCsFloorWorst: 6,
  markJsOverScan: 150,
  startMs: 3,
  emptyFrameMs: 0.5,
  heapMB: 2,
  scaleStartMs: 10,
  scaleOverScan: 1.3,
  longestTaskMs: 50,
  contentScriptKBgz: 40,
};

const f = (n: number, d = 2) => (Number.isFinite(n) ? n.toFixed(d) : 'n/a');

export function summaryLine(s: Summary): string {
  return (
    `scan/floor median ${f(s.scanOverCsFloor)} (content-script floor), worst ${f(s.scanOverCsFloorWorst, 1)}; ` +
    `mark.js/scan median ${f(s.markJsOverScan, 1)}; start median ${Number.isFinite(s.startMs) ? `${f(s.startMs, 1)} ms` : 'n/a'}; ` +
    `heap ${Number.isFinite(s.heapMB) ? `${f(s.heapMB, 1)} MB` : 'n/a'}; longest task ${f(s.longestTaskMs, 0)} ms; ` +
    `content script ${f(s.contentScriptKBgz, 1)} KB gz`
  );
}

type Check = [label: string, value: number, op: '<=' | '>=', target: number, unit: string];

function check([label, value, op, target, unit]: Check): string {
  const sign = op === '<=' ? '≤' : '≥';
  if (!Number.isFinite(value)) return `${label}: n/a (target ${sign} ${target}${unit})`;
  const ok = op === '<=' ? value <= target : value >= target;
  return `${label} ${ok ? 'meets' : 'MISSES'} ${sign} ${target}${unit} (${f(value)}${unit})`;
}

/** One line per budget of DESIGN.md §5 that the benchmark measures: meets, MISSES, or n/a when not measured. */
export function verdicts(s: Summary): string[] {
  const worstEmpty = s.emptyFrames.length > 0 ? Math.max(...s.emptyFrames.map((e) => e.startMs)) : NaN;
  const checks: Check[] = [
    ['scan/floor median', s.scanOverCsFloor, '<=', TARGETS.scanOverCsFloor, '×'],
    ['scan/floor worst page', s.scanOverCsFloorWorst, '<=', TARGETS.scanOverCsFloorWorst, '×'],
    ['mark.js/scan median', s.markJsOverScan, '>=', TARGETS.markJsOverScan, '×'],
    ['start-up median', s.startMs, '<=', TARGETS.startMs, ' ms'],
    ['empty frame start-up', worstEmpty, '<=', TARGETS.emptyFrameMs, ' ms'],
    ['heap', s.heapMB, '<=', TARGETS.heapMB, ' MB'],
    ['scale start-up median', s.scaleStartMs, '<=', TARGETS.scaleStartMs, ' ms'],
    ['scale scan/bundled scan median', s.scaleOverScan, '<=', TARGETS.scaleOverScan, '×'],
    ['longest task', s.longestTaskMs, '<=', TARGETS.longestTaskMs, ' ms'],
    ['content script code', s.contentScriptKBgz, '<=', TARGETS.contentScriptKBgz, ' KB gz'],
  ];
  return checks.map(check);
}

/** The figures of the summary that are not in the page tables: the main-world ratio, start-up, heap, scale, alias data. */
export function overviewTable(s: Summary): string {
  const rows: string[][] = [
    ['scan/floor, content-script floor (median, worst page)', `${f(s.scanOverCsFloor)}, ${f(s.scanOverCsFloorWorst, 1)} (${s.worstPage || 'n/a'})`, `≤ ${TARGETS.scanOverCsFloor}, ≤ ${TARGETS.scanOverCsFloorWorst}`],
    ['scan/floor, main-world floor (median; history)', f(s.scanOverFloor), '-'],
    ['start-up, top frame of corpus pages (median ms)', f(s.startMs), `≤ ${TARGETS.startMs}`],
    ['  of which waiting for the settings from storage (median ms)', f(s.startWaitMs), '-'],
    ...s.emptyFrames.map((e) => [`start-up, empty ${e.frame} frame (median ms)`, f(e.startMs), `≤ ${TARGETS.emptyFrameMs}`]),
    [`extra JS heap after the first scan of ${s.heapPage || 'n/a'} (MB)`, f(s.heapMB), `≤ ${TARGETS.heapMB}`],
    [`scale (${s.scaleAliases} aliases): start-up (median ms)`, f(s.scaleStartMs), `≤ ${TARGETS.scaleStartMs}`],
    ['  of which waiting for the settings and the stored table (median ms)', f(s.scaleStartWaitMs), '-'],
    [`scale (${s.scaleAliases} aliases): scan / bundled pack's scan (median)`, f(s.scaleOverScan), `≤ ${TARGETS.scaleOverScan}`],
    ['content script alias data (KB gz, apart from code)', s.aliasDataKBgz === null ? 'n/a' : f(s.aliasDataKBgz, 1), 'reported'],
  ];
  return table(['figure', 'value', 'target'], rows);
}

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ')} |`;
  const rule = `|${widths.map((w, i) => (i === 0 ? `:${'-'.repeat(w + 1)}` : `${'-'.repeat(w + 1)}:`)).join('|')}|`;
  return [line(header), rule, ...rows.map(line)].join('\n');
}

export function pageTable(pages: readonly PageFigures[]): string {
  return table(
    [
      'page', 'KB', 'text nodes', 'mentions', 'cs floor ms', 'scan ms', 'scan/cs floor', 'main floor ms', 'scan/main floor',
      'mark.js ms', 'mark.js/scan', 'slices', 'max slice ms', 'long task ms', 'start ms', 'scale scan ms', 'scale/scan', 'scale start ms',
    ],
    pages.map((p) => [
      p.page,
      f(p.bytes / 1000, 0),
      String(p.textNodes),
      String(p.mentions),
      f(p.csFloorMs),
      f(p.scanMs),
      f(p.scanOverCsFloor),
      f(p.floorMs),
      f(p.scanOverFloor),
      f(p.markJsMs, 1),
      f(p.markJsOverScan, 1),
      String(p.slices),
      f(p.longestSliceMs, 1),
      p.longestTaskMs > 0 ? f(p.longestTaskMs, 0) : '-',
      f(p.startMs),
      f(p.scaleScanMs),
      f(p.scaleOverScan),
      f(p.scaleStartMs),
    ]),
  );
}

export function appendTable(a: AppendFigures): string {
  return table(
    ['page', 'batches', 'KB appended', 'ms/KB', 'first ¼ ms/KB', 'last ¼ ms/KB', 'last/first', 'max slice ms', 'long task ms', 'mentions'],
    [[a.page, `${a.batches}×${a.paragraphsPerBatch} @${a.hz} Hz`, f(a.appendedKB, 0), f(a.msPerKB, 4), f(a.firstMsPerKB, 4), f(a.lastMsPerKB, 4), f(a.growth), f(a.longestSliceMs, 1), a.longestTaskMs > 0 ? f(a.longestTaskMs, 0) : '-', String(a.highlights)]],
  );
}

export function bundleTable(bundles: readonly BundleSize[]): string {
  return table(
    ['file', 'raw KB', 'gzip KB'],
    bundles.map((b) => [b.file, f(b.raw / 1000, 1), f(b.gzip / 1000, 1)]),
  );
}
