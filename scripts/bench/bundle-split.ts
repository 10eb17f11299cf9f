/**
 * The content script's size with its alias data apart (DESIGN.md §5: code
 * ≤ 40 KB gzipped, alias data reported apart). The data is one string
 * literal starting with ALIAS_DATA_MARK (scripts/lib/alias-module.ts): it is
 * weighed alone, and the code is weighed with that literal emptied.
 */
import { gzipSync } from 'node:zlib';
import { ALIAS_DATA_MARK } from '../lib/alias-module';

export interface ContentScriptSize {
  /** Gzipped bytes of the code, alias data literal emptied; the whole bundle when there is no such literal. */
  codeGzip: number;
  /** Gzipped bytes of the alias data literal; null when the bundle has none. */
  aliasDataGzip: number | null;
  totalGzip: number;
}

/** From the alias data literal's opening quote to just past its closing one, or null. */
export function aliasDataLiteral(code: string): { start: number; end: number } | null {
  const mark = code.indexOf(ALIAS_DATA_MARK);
  if (mark < 0) return null;
  const start = code.lastIndexOf('[', mark) - 1;
  const quote = code[start];
  if (quote !== '`' && quote !== "'" && quote !== '"') return null;
  let i = start + 1;
  while (i < code.length && code[i] !== quote) i += code[i] === '\\' ? 2 : 1;
  return { start, end: i + 1 };
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
