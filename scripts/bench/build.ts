/**
 * Builds the two extensions the benchmark needs: the bench build (instrumented
 * with performance measures, `--mode bench`) that Chromium loads, and a
 * production build whose files are weighed. The production build goes to its
 * own directory so that a benchmark never swaps `.output/chrome-mv3` under an
 * e2e run that has it loaded.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const BENCH_DIR = join(ROOT, '.output/chrome-mv3-bench');
export const SIZE_DIR = join(ROOT, '.output/chrome-mv3-benchsize');

export interface BundleSize {
  file: string;
  raw: number;
  gzip: number;
}

function wxtBuild(args: string[]): void {
  // A child process: WXT keeps global state per build, and its logs stay out of the report.
  execFileSync('npx', ['wxt', 'build', ...args], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
}

export function buildBench(): string {
  wxtBuild(['--mode', 'bench']);
  return BENCH_DIR;
}

/** A production build (mode production), written outside `.output/chrome-mv3`. */
export function buildForSize(): string {
  execFileSync(
    'npx',
    ['tsx', '-e', `import('wxt').then((w) => w.build({ mode: 'production', outDirTemplate: 'chrome-mv3-benchsize', logLevel: 1 }))`],
    { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  return SIZE_DIR;
}

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)],
  );
}

/** Raw and gzipped (level 9, as stores and servers would) size of every JS, CSS and HTML file. */
export function bundleSizes(dir: string): BundleSize[] {
  return files(dir)
    .filter((f) => /\.(js|css|html)$/.test(f))
    .map((f) => {
      const data = readFileSync(f);
      return { file: relative(dir, f), raw: statSync(f).size, gzip: gzipSync(data, { level: 9 }).length };
    })
    .sort((a, b) => a.file.localeCompare(b.file));
}

export const CONTENT_SCRIPT = 'content-scripts/content.js';
