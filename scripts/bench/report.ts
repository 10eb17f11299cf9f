/** The printed report (tables, summary line) and the JSON written for tracking. */
import type { BundleSize } from './build';

export interface PageFigures {
  page: string;
  /** Served bytes (scripts stripped). */
  bytes: number;
  textNodes: number;
  chars: number;
  mentions: number;
  floorMs: number;
  scanMs: number;
  markJsMs: number;
  markJsMarks: number;
  /** median scan / median floor. */
  scanOverFloor: number;
  /** median mark.js / median scan. */
  markJsOverScan: number;
  slices: number;
  longestSliceMs: number;
  /** Median over repetitions of the longest long task overlapping our slices (0: none). */
  longestTaskMs: number;
  /** The worst single repetition. */
  worstTaskMs: number;
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
  scanOverFloor: number;
  markJsOverScan: number;
  longestTaskMs: number;
  contentScriptKBgz: number;
}

export const TARGETS = { scanOverFloor: 1.5, markJsOverScan: 50, longestTaskMs: 50, contentScriptKBgz: 40 };

export function summaryLine(s: Summary): string {
  return (
    `scan/floor median ${s.scanOverFloor.toFixed(2)}; mark.js/scan median ${s.markJsOverScan.toFixed(1)}; ` +
    `longest task ${Math.round(s.longestTaskMs)} ms; content script ${s.contentScriptKBgz.toFixed(1)} KB gz`
  );
}

export function verdicts(s: Summary): string[] {
  return [
    `scan/floor ${s.scanOverFloor <= TARGETS.scanOverFloor ? 'meets' : 'MISSES'} ≤ ${TARGETS.scanOverFloor}`,
    `mark.js/scan ${s.markJsOverScan >= TARGETS.markJsOverScan ? 'meets' : 'MISSES'} ≥ ${TARGETS.markJsOverScan}`,
    `longest task ${s.longestTaskMs <= TARGETS.longestTaskMs ? 'meets' : 'MISSES'} ≤ ${TARGETS.longestTaskMs} ms`,
    `content script ${s.contentScriptKBgz <= TARGETS.contentScriptKBgz ? 'meets' : 'MISSES'} ≤ ${TARGETS.contentScriptKBgz} KB gz`,
  ];
}

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ')} |`;
  const rule = `|${widths.map((w, i) => (i === 0 ? `:${'-'.repeat(w + 1)}` : `${'-'.repeat(w + 1)}:`)).join('|')}|`;
  return [line(header), rule, ...rows.map(line)].join('\n');
}

const f = (n: number, d = 2) => (Number.isFinite(n) ? n.toFixed(d) : 'n/a');

export function pageTable(pages: readonly PageFigures[]): string {
  return table(
    ['page', 'KB', 'text nodes', 'mentions', 'floor ms', 'scan ms', 'scan/floor', 'mark.js ms', 'mark.js/scan', 'slices', 'max slice ms', 'long task ms'],
    pages.map((p) => [
      p.page,
      f(p.bytes / 1000, 0),
      String(p.textNodes),
      String(p.mentions),
      f(p.floorMs),
      f(p.scanMs),
      f(p.scanOverFloor),
      f(p.markJsMs, 1),
      f(p.markJsOverScan, 1),
      String(p.slices),
      f(p.longestSliceMs, 1),
      p.longestTaskMs > 0 ? f(p.longestTaskMs, 0) : '-',
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
