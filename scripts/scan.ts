/**
 * `npm run --silent scan -- --json FILE...` (DESIGN.md §4): the content
 * script's text collection, matcher and context rules run over saved HTML
 * files, with linkedom standing in for the browser's DOM.
 *
 * Output: one JSON array, one element per file:
 *   { "file": string, "mentions": [ { "entity": string, "text": string } ] }
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { BUNDLED_PACKS } from '../data';
import { matcherFor } from '../lib/match/matcher';
import { Catalog } from '../lib/pack/catalog';
import { scanHtml, type ScannedMention } from './lib/scan-html';

/** Larger files are not news pages; reading them whole would only cost memory. */
const MAX_BYTES = 20 * 1024 * 1024;

interface FileResult {
  file: string;
  mentions: ScannedMention[];
}

class ScanError extends Error {}

function readHtml(file: string): string {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch (error) {
    throw new ScanError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw new ScanError(`cannot read ${file}: not a regular file`);
    if (stat.size > MAX_BYTES) throw new ScanError(`cannot read ${file}: ${stat.size} bytes is over the ${MAX_BYTES}-byte limit`);
    const buffer = Buffer.alloc(stat.size);
    let read = 0;
    while (read < stat.size) {
      const n = readSync(fd, buffer, read, stat.size - read, read);
      if (n === 0) break;
      read += n;
    }
    const bytes = buffer.subarray(0, read);
    // A NUL byte in the first few KB means this is not an HTML document.
    if (bytes.subarray(0, 8192).includes(0)) throw new ScanError(`cannot read ${file}: binary data, not HTML`);
    return bytes.toString('utf8');
  } finally {
    closeSync(fd);
  }
}

function main(argv: string[]): number {
  const files = argv.filter((a) => a !== '--json');
  if (!argv.includes('--json') || files.length === 0 || files.some((f) => f.startsWith('-'))) {
    process.stderr.write('usage: npm run --silent scan -- --json FILE...\n');
    return 2;
  }
  const matcher = matcherFor(new Catalog(BUNDLED_PACKS).entities);
  const results: FileResult[] = [];
  for (const file of files) {
    try {
      results.push({ file, mentions: scanHtml(readHtml(file), matcher) });
    } catch (error) {
      process.stderr.write(`scan: ${error instanceof ScanError ? error.message : `${file}: ${(error as Error).message}`}\n`);
      return 1;
    }
  }
  process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
