import { describe, expect, it } from 'vitest';
import { BUNDLED_PACKS } from '../../../data';
import { compilePatterns } from '../../../lib/match/pattern-table';
import { aliasIndex, type AliasEntity } from '../../../lib/pack/alias-index';

const bundled = aliasIndex(BUNDLED_PACKS);
const imported: AliasEntity[] = [
  { id: 'imported-org', aliases: [{ text: 'Imported Org', context: { page: ['China', 'Beijing'] } }, { text: 'IO', case: 'exact', short: 'page' }] },
  { id: 'imported-person', aliases: [{ text: 'Jane … Doe' }, { text: '简·多伊' }, { text: 'Safeguard Defenders' }] },
];

describe('compilePatterns', () => {
  it('gives each distinct folded text one automaton key, with every pattern that shares it', () => {
    const table = compilePatterns([
      { id: 'a', aliases: [{ text: 'Mps', case: 'proper' }, { text: 'MPS', case: 'exact' }] },
      { id: 'b', aliases: [{ text: 'mps' }] },
    ]);
    expect(table.keys).toEqual(['mps']);
    expect(table.byText).toEqual([[0, 1, 2]]);
    expect(table.patterns.map((p) => [p.entityId, p.text, p.case])).toEqual([
      ['a', 'Mps', 'proper'],
      ['a', 'MPS', 'exact'],
      ['b', 'mps', 'any'],
    ]);
  });

  it('compiles imported packs onto the bundled table as if all had been compiled together', () => {
    const onto = compilePatterns(bundled);
    expect(compilePatterns(imported, onto)).toEqual(compilePatterns([...bundled, ...imported]));
  });

  it('leaves the table it compiles onto as it was', () => {
    const onto = compilePatterns(bundled);
    const before = structuredClone(onto);
    compilePatterns(imported, onto);
    expect(onto).toEqual(before);
  });

  it('never lets a later entity redefine an id already compiled', () => {
    const onto = compilePatterns([{ id: 'x', aliases: [{ text: 'X' }] }]);
    const table = compilePatterns(
      [
        { id: 'y', aliases: [{ text: 'Y' }] },
        { id: 'x', aliases: [{ text: 'Other X' }] },
        { id: 'y', aliases: [{ text: 'Other Y' }] },
      ],
      onto,
    );
    expect(table.entityIds).toEqual(['x', 'y']);
    expect(table.patterns.map((p) => p.text)).toEqual(['X', 'Y']);
  });

  it('knows whether any alias is a short form', () => {
    expect(compilePatterns([{ id: 'a', aliases: [{ text: 'A' }] }]).hasShortForms).toBe(false);
    expect(compilePatterns(imported.slice(0, 1)).hasShortForms).toBe(true);
  });
});
