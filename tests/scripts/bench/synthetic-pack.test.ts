import { describe, expect, it } from 'vitest';
import { importedPatterns } from '../../../extension/imported-patterns';
import { compileImported } from '../../../lib/match/imported-patterns';
import { decodePatterns } from '../../../lib/match/pattern-codec';
import { addImportedPack, packBytes, MAX_IMPORTED_BYTES } from '../../../lib/imported-packs';
import { aliasIndex } from '../../../lib/pack/alias-index';
import { validatePack } from '../../../lib/pack/validate';
import { BUNDLED_PACKS } from '../../../data';
import { SCALE_ALIASES, syntheticPack } from '../../../scripts/bench/synthetic-pack';

const CJK = /[\u3400-\u9fff]/;

describe('the scale case pack', () => {
  const { pack, aliases } = syntheticPack();

  it('has 5,000 aliases, a third of them CJK', () => {
    expect(aliases).toHaveLength(SCALE_ALIASES);
    expect(pack.entities.flatMap((e) => e.aliases)).toHaveLength(SCALE_ALIASES);
    const cjk = aliases.filter((a) => CJK.test(a.text)).length;
    expect(cjk).toBe(Math.floor(SCALE_ALIASES / 3));
  });

  it('is a valid pack that an import would accept, bundled packs beside it', () => {
    expect(validatePack(pack)).toMatchObject({ ok: true });
    expect(addImportedPack([], pack, BUNDLED_PACKS)).toMatchObject({ ok: true });
    expect(packBytes([pack])).toBeLessThan(MAX_IMPORTED_BYTES);
  });

  it('compiles to pattern data the content script reads back whole (not its fallback)', () => {
    const data = compileImported(aliasIndex(BUNDLED_PACKS), aliasIndex([pack]), 'stamp')!;
    expect(importedPatterns.parse(data)).toEqual(data);
    expect(decodePatterns(data.data).entityIds).toHaveLength(aliasIndex(BUNDLED_PACKS).length + pack.entities.length);
  });

  it('uses the rules of a real pack, not only plain names', () => {
    expect(aliases.some((a) => a.case === 'exact')).toBe(true);
    expect(aliases.some((a) => a.case === 'proper')).toBe(true);
    expect(aliases.some((a) => a.context !== undefined)).toBe(true);
    expect(aliases.some((a) => a.short === 'page')).toBe(true);
  });

  it('is the same pack every run, and another seed gives other names', () => {
    expect(syntheticPack()).toEqual(syntheticPack());
    expect(syntheticPack(30, 1).aliases.map((a) => a.text)).not.toEqual(syntheticPack(30, 2).aliases.map((a) => a.text));
  });
});
