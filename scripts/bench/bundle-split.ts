/**
 * The content script's size with its alias data apart (DESIGN.md §5: code
 * ≤ 40 KB gzipped, alias data reported apart). The data is one string
 * literal starting with PATTERN_DATA_MARK (scripts/lib/alias-module.ts): it
 * is weighed alone, and the code is weighed with that literal emptied.
 */
import { gzipSync } from 'node:zlib';
import { PATTERN_DATA_MARK } from '../../lib/match/pattern-codec';

export interface ContentScriptSize {
  /** Gzipped bytes of the code, alias data literal emptied; the whole bundle when there is no such literal. */
  codeGzip: number;
  /** Gzipped bytes of the alias data literal; null when the bundle has none. */
  aliasDataGzip: number | null;
  totalGzip: number;
}

/**
 * From the alias data literal's opening quote to just past its closing one, or null. The mark
 * also appears alone in the decoder's code: the data is where it opens a JSON array, `"["mark"`.
 */
export function aliasDataLiteral(code: string): { start: number; end: number } | null {
  for (let mark = code.indexOf(PATTERN_DATA_MARK); mark >= 0; mark = code.indexOf(PATTERN_DATA_MARK, mark + 1)) {
    const open = /["'`]\[\\?["']$/.exec(code.slice(Math.max(0, mark - 4), mark));
    if (!open) continue;
    const start = mark - open[0].length;
    const quote = code[start]!;
    let i = start + 1;
    while (i < code.length && code[i] !== quote) i += code[i] === '\\' ? 2 : 1;
    return { start, end: i + 1 };
  }
  return null;
}

const gz = (text: string) => gzipSync(text, { level: 9 }).length;

export function contentScriptSize(bundle: string): ContentScriptSize {
  const totalGzip = gz(bundle);
  const literal = aliasDataLiteral(bundle);
  if (!literal) return { codeGzip: totalGzip, aliasDataGzip: null, totalGzip };
  const { start, end } = literal;
  return {
    codeGzip: gz(bundle.slice(0, start) + bundle[start]!.repeat(2) + bundle.slice(end)),
    aliasDataGzip: gz(bundle.slice(start, end)),
    totalGzip,
  };
}
