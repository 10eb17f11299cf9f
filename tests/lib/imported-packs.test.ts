import { describe, expect, it } from 'vitest';
import { addImportedPack, MAX_IMPORTED_PACKS, removeImportedPack } from '../../lib/imported-packs';
import { testPack } from '../support/packs';

const bundled = [testPack('bundled', ['safeguard-defenders'])];

describe('addImportedPack', () => {
  it('adds a new pack', () => {
    const result = addImportedPack([], testPack('a', ['x']), bundled);
    expect(result).toMatchObject({ ok: true, replaced: false });
    expect(result.ok && result.packs.map((p) => p.id)).toEqual(['a']);
  });

  it('replaces a pack with the same id (a new version)', () => {
    const result = addImportedPack([testPack('a', ['x']), testPack('b', ['y'])], testPack('a', ['x', 'z']), bundled);
    expect(result.ok && result.packs.map((p) => [p.id, p.entities.length])).toEqual([
      ['b', 1],
      ['a', 2],
    ]);
    expect(result).toMatchObject({ replaced: true });
  });

  it('refuses the id of a bundled pack', () => {
    expect(addImportedPack([], testPack('bundled', ['x']), bundled)).toEqual({
      ok: false,
      errors: [{ path: 'id', message: '"bundled" is the id of a pack that comes with Backstory' }],
    });
  });

  it('refuses an entity that another pack defines', () => {
    expect(addImportedPack([testPack('a', ['x'])], testPack('b', ['y', 'safeguard-defenders', 'x']), bundled)).toEqual({
      ok: false,
      errors: [
        { path: 'entities[1] (safeguard-defenders).id', message: 'entity "safeguard-defenders" already exists in pack "bundled"' },
        { path: 'entities[2] (x).id', message: 'entity "x" already exists in pack "a"' },
      ],
    });
  });

  it(`refuses more than ${MAX_IMPORTED_PACKS} packs`, () => {
    const full = Array.from({ length: MAX_IMPORTED_PACKS }, (_, i) => testPack(`p${i}`, [`e${i}`]));
    expect(addImportedPack(full, testPack('one-more', ['q']), bundled)).toMatchObject({ ok: false });
    expect(addImportedPack(full, testPack('p3', ['e3']), bundled)).toMatchObject({ ok: true, replaced: true });
  });
});

describe('removeImportedPack', () => {
  it('removes by id and ignores unknown ids', () => {
    const packs = [testPack('a', ['x']), testPack('b', ['y'])];
    expect(removeImportedPack(packs, 'a').map((p) => p.id)).toEqual(['b']);
    expect(removeImportedPack(packs, 'zzz')).toHaveLength(2);
  });
});
