import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BUNDLED_PATTERNS_STAMP } from 'virtual:backstory-aliases';
import { BUNDLED_PACKS } from '../../data';
import { compilePatterns, type CompiledPatterns } from '../../lib/match/pattern-table';
import { aliasIndex } from '../../lib/pack/alias-index';
import { aliasModuleSource, bundledPatternData } from '../../scripts/lib/alias-module';
import { comparable, compiledFrom } from '../support/patterns';

const entities = aliasIndex(BUNDLED_PACKS);

interface AliasModule {
  bundledPatterns(): CompiledPatterns;
}

/** The module as the bundle gets it, evaluated. */
async function loadModule(source: string): Promise<AliasModule> {
  const file = join(mkdtempSync(join(tmpdir(), 'backstory-aliases-')), 'aliases.mjs');
  writeFileSync(file, source);
  return (await import(pathToFileURL(file).href)) as AliasModule;
}

describe('virtual:backstory-aliases', () => {
  it('exports the bundled packs compiled: the same table as compiling them in the page would give', async () => {
    expect(comparable((await loadModule(aliasModuleSource(entities))).bundledPatterns())).toEqual(compiledFrom(compilePatterns(entities)));
  });

  it('is stamped with what extension pages compile the bundled packs to, so that an imported table built there is used', () => {
    // extension/packs.ts compiles imported packs onto aliasIndex(BUNDLED_PACKS) and stamps the result with the module's stamp.
    expect(bundledPatternData(entities).stamp).toBe(BUNDLED_PATTERNS_STAMP);
    expect(bundledPatternData([...entities].reverse()).stamp).not.toBe(BUNDLED_PATTERNS_STAMP);
  });

  it('parses nothing when the script starts, the data on the first call only, and gives the same table every time', async () => {
    const parse = JSON.parse;
    let parsed = 0;
    JSON.parse = (...args: Parameters<typeof JSON.parse>) => (parsed++, parse(...args));
    try {
      const module = await loadModule(aliasModuleSource(entities));
      expect(parsed).toBe(0);
      const first = module.bundledPatterns();
      expect(module.bundledPatterns()).toBe(first);
      expect(parsed).toBe(1);
    } finally {
      JSON.parse = parse;
    }
  });
});
