import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { aliasDataLiteral, contentScriptSize } from '../../../scripts/bench/bundle-split';
import { encodePatterns, PATTERN_DATA_MARK } from '../../../lib/match/pattern-codec';
import { compilePatterns } from '../../../lib/match/pattern-table';

const data = encodePatterns(compilePatterns([{ id: 'e', aliases: [{ text: 'Some "quoted" name' }, { text: '中文名' }] }]));
// The decoder names the mark too, before the data.
const code = `var a=1;function f(x){if(x[0]!==${JSON.stringify(PATTERN_DATA_MARK)})throw 1;return x}`;
const bundle = `${code};const d=JSON.parse(${JSON.stringify(data)});f(d);`;

describe('aliasDataLiteral', () => {
  it('finds the whole string literal that holds the alias data, escaped quotes included', () => {
    const at = aliasDataLiteral(bundle)!;
    expect(JSON.parse(bundle.slice(at.start, at.end))).toBe(data);
  });

  it('is null for a bundle without alias data', () => {
    expect(aliasDataLiteral(code)).toBeNull();
  });
});

describe('contentScriptSize', () => {
  it('weighs the alias data apart from the code', () => {
    const size = contentScriptSize(bundle);
    expect(size.aliasDataGzip).toBe(gzipSync(JSON.stringify(data), { level: 9 }).length);
    expect(size.codeGzip).toBe(gzipSync(`${code};const d=JSON.parse("");f(d);`, { level: 9 }).length);
    expect(size.totalGzip).toBe(gzipSync(bundle, { level: 9 }).length);
  });

  it('counts a bundle without alias data as code only', () => {
    expect(contentScriptSize(code)).toEqual({ codeGzip: gzipSync(code, { level: 9 }).length, aliasDataGzip: null, totalGzip: gzipSync(code, { level: 9 }).length });
  });
});
