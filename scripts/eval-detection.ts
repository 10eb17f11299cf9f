/**
 * `npm run eval:detection [-- --json] [-- --min-recall 0.98] [-- --dir DIR]`: recall and precision
 * of detection on the development set (tests/data/detection), through the scan CLI's own path:
 * each item becomes an HTML page read by scan-html.ts (linkedom standing in for the browser), with
 * the bundled packs and the default tracked set (everything), as `npm run scan` does.
 *
 * Prints recall per language, entity and pattern, precision, every miss and every false mention
 * (or, with --json, the whole report as JSON). Exits 1 when recall is under --min-recall (default
 * 0.98) or on any false mention, 2 on bad arguments or an invalid set.
 */
import { fileURLToPath } from 'node:url';
import { BUNDLED_PACKS } from '../data';
import { matcherFor } from '../lib/match/matcher';
import { Catalog } from '../lib/pack/catalog';
import { evaluateDetection, formatReport, loadDetectionSet, thresholdFailures, validateDetectionSet } from './lib/detection-eval';
import { scanHtml } from './lib/scan-html';

const DEFAULT_DIR = fileURLToPath(new URL('../tests/data/detection', import.meta.url));
const USAGE = 'usage: npm run eval:detection -- [--json] [--min-recall 0.98] [--dir DIR]';

interface Options {
  json: boolean;
  minRecall: number;
  dir: string;
}

function parseArgs(argv: string[]): Options | string {
  const options: Options = { json: false, minRecall: 0.98, dir: DEFAULT_DIR };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i]!.split(/=(.*)/s, 2) as [string, string | undefined];
    const value = () => inline ?? argv[++i];
    if (flag === '--json') options.json = true;
    else if (flag === '--min-recall') {
      const raw = value();
      const n = Number(raw);
      if (raw === undefined || raw.trim() === '' || !Number.isFinite(n) || n < 0 || n > 1) return `--min-recall needs a number from 0 to 1 (got ${raw})`;
      options.minRecall = n;
    } else if (flag === '--dir') {
      const raw = value();
      if (!raw) return '--dir needs a folder';
      options.dir = raw;
    } else return `unknown argument ${argv[i]}`;
  }
  return options;
}

function main(argv: string[]): number {
  const options = parseArgs(argv);
  if (typeof options === 'string') {
    process.stderr.write(`eval:detection: ${options}\n${USAGE}\n`);
    return 2;
  }
  const catalog = new Catalog(BUNDLED_PACKS);
  let files;
  try {
    files = loadDetectionSet(options.dir);
  } catch (error) {
    process.stderr.write(`eval:detection: ${(error as Error).message}\n`);
    return 2;
  }
  // Sizes are the development set's business (its test checks them); any set in this format can be measured.
  const problems = validateDetectionSet(files, new Set(catalog.entities.map((e) => e.id)), { minima: false });
  if (problems.length > 0) {
    process.stderr.write(`eval:detection: the set is not valid:\n${problems.map((p) => `  ${p}`).join('\n')}\n`);
    return 2;
  }
  // The same matcher as scripts/scan.ts: every bundled entity, tracked by default.
  const matcher = matcherFor(catalog.entities);
  const report = evaluateDetection(files, (html) => scanHtml(html, matcher));
  const failures = thresholdFailures(report, options.minRecall);
  if (options.json) process.stdout.write(`${JSON.stringify({ minRecall: options.minRecall, pass: failures.length === 0, ...report }, null, 2)}\n`);
  else process.stdout.write(`${formatReport(report)}\n\n${failures.length === 0 ? 'PASS' : `FAIL: ${failures.join('; ')}`}\n`);
  return failures.length === 0 ? 0 : 1;
}

process.exitCode = main(process.argv.slice(2));
