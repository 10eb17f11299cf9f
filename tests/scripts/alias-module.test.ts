import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BUNDLED_PACKS } from '../../data';
import { aliasIndex } from '../../lib/pack/alias-index';
import { ALIAS_DATA_MARK, aliasModuleSource, encodeAliases } from '../../scripts/lib/alias-module';

const entities = aliasIndex(BUNDLED_PACKS);

interface AliasModule {
  bundledAliases(): unknown;
}

/** The module as the bundle gets it, evaluated. */
async function loadModule(source: string): Promise<AliasModule> {
  const file = join(mkdtempSync(join(tmpdir(), 'backstory-aliases-')), 'aliases.mjs');
  writeFileSync(file, source);
  return (await import(pathToFileURL(file).href)) as AliasModule;
}

async function load(source: string): Promise<unknown> {
  return (await loadModule(source)).bundledAliases();
}

describe('virtual:backstory-aliases', () => {
  it('exports exactly the alias index of the bundled packs', async () => {
    expect(await load(aliasModuleSource(entities))).toEqual(entities);
  });

  it('parses nothing when the script starts, the data on the first call only, and gives the same index every time', async () => {
    const parse = JSON.parse;
    let parsed = 0;
    JSON.parse = (...args: Parameters<typeof JSON.parse>) => (parsed++, parse(...args));
    try {
      const module = await loadModule(aliasModuleSource(entities));
      expect(parsed).toBe(0);
      const first = module.bundledAliases();
      expect(module.bundledAliases()).toBe(first);
      expect(parsed).toBe(1);
    } finally {
      JSON.parse = parse;
    }
  });

  it('stores repeated term lists once, and is much smaller than the plain index', () => {
    const encoded = encodeAliases(entities);
    expect(JSON.parse(encoded)[0]).toBe(ALIAS_DATA_MARK);
    expect(encoded.length).toBeLessThan(JSON.stringify(entities).length / 2);
  });

  it('shares a repeated list by reference, and leaves a single one in place', async () => {
    const list = ['China', 'Beijing'];
    const made = [
      { id: 'a', aliases: [{ text: 'A1', context: { page: list } }, { text: 'A2', context: { page: list }, unless: { block: ['x1', 'x2'] } }] },
    ];
    const loaded = (await load(aliasModuleSource(made))) as typeof made;
    expect(loaded).toEqual(made);
    expect(loaded[0]!.aliases[0]!.context.page).toBe(loaded[0]!.aliases[1]!.context.page);
  });
});
