import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { aliasDataLiteral, contentScriptSize } from '../../../scripts/bench/bundle-split';
import { encodeAliases } from '../../../scripts/lib/alias-module';

const data = encodeAliases([{ id: 'e', aliases: [{ text: 'Some "quoted" name' }, { text: '中文名' }] }]);
const code = 'var a=1;function f(x){return x+1}';
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
