import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { BUNDLED_PATTERNS_STAMP } from 'virtual:backstory-aliases';
import { BUNDLED_PACKS } from '../../data';
import { compilePatterns } from '../../lib/match/pattern-table';
import { aliasIndex, type AliasEntity } from '../../lib/pack/alias-index';
import type { Pack } from '../../lib/pack/schema';
import { testPack } from '../support/packs';
import { comparable, compiledFrom } from '../support/patterns';

async function load() {
  vi.resetModules();
  const packs = await import('../../extension/packs');
  const { importedPatterns, patternTableFor } = await import('../../extension/imported-patterns');
  /** What a frame would match with now. */
  const frameTable = async () => comparable(patternTableFor(await importedPatterns.getValue()));
  return { ...packs, importedPatterns, frameTable };
}

const bundledTable = compilePatterns(aliasIndex(BUNDLED_PACKS));
/** The table of the bundled packs with `imported` compiled after them, as a frame should get it. */
const withImported = (imported: AliasEntity[]) => compiledFrom(compilePatterns(imported, bundledTable));

describe('extension/packs', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  describe('importedPacks', () => {
    it('defaults to none, so only the bundled packs load', async () => {
      const { importedPacks, loadPacks } = await load();
      expect(await importedPacks.getValue()).toEqual([]);
      expect(await loadPacks()).toEqual([...BUNDLED_PACKS]);
    });

    it('round-trips packs, with their patterns compiled onto the bundled ones beside them', async () => {
      const { importPack, importedPacks, importedPatterns, frameTable, loadCatalog } = await load();
      const pack = testPack('community', ['community-entity']);
      expect(await importPack(pack)).toMatchObject({ ok: true });
      expect(await importedPacks.getValue()).toEqual([pack]);
      expect((await importedPatterns.getValue())?.bundled).toBe(BUNDLED_PATTERNS_STAMP);
      expect(await frameTable()).toEqual(withImported([{ id: 'community-entity', aliases: pack.entities[0]!.aliases }]));
      expect((await loadCatalog()).entity('community-entity')?.packId).toBe('community');
    });

    it('compiles every alias rule, so that a short form stays short', async () => {
      const { importPack, frameTable } = await load();
      const pack = testPack('rules', ['rules-entity']);
      const aliases: Pack['entities'][number]['aliases'] = [
        { text: 'Rules Entity', case: 'proper', exclude: ['Rules Entity Museum'] },
        { text: 'RE', case: 'exact', context: { block: ['rules'], page: ['entity'] }, unless: { page: ['Royal Engineers'] } },
        { text: 'Entidad … Reglas', lang: ['es'] },
        { text: 'RULES', caseSensitive: true, context: ['rules entity'] },
        { text: 'the entity', short: 'page' },
      ];
      pack.entities[0]!.aliases = aliases;
      expect(await importPack(pack)).toMatchObject({ ok: true });
      const table = await frameTable();
      expect(table).toEqual(withImported([{ id: 'rules-entity', aliases }]));
      expect(table.patterns.find((p) => p.text === 'the entity')).toMatchObject({ entityId: 'rules-entity', short: 'page' });
    });

    it.each([
      ['a string', 'packs'],
      ['an object', { id: 'x' }],
      ['an invalid pack', [{ ...testPack(), version: 'one' }]],
      ['a valid and an invalid pack', [testPack('a', ['a']), { id: 'b' }]],
    ])('falls back to none when the stored value is %s', async (_, bad) => {
      await browser.storage.local.set({ importedPacks: bad });
      const { importedPacks, loadPacks } = await load();
      expect(await importedPacks.getValue()).toEqual([]);
      expect(await loadPacks()).toEqual([...BUNDLED_PACKS]);
    });

    it('reads packs stored by version 1', async () => {
      const pack = testPack();
      await browser.storage.local.set({ importedPacks: [pack], importedPacks$: { v: 1 } });
      const { importedPacks } = await load();
      expect(await importedPacks.getValue()).toEqual([pack]);
    });

    it('writes nothing when a pack cannot be added', async () => {
      const { importPack, importedPacks } = await load();
      const clash = testPack('mine', [BUNDLED_PACKS[0]!.entities[0]!.id]);
      expect(await importPack(clash)).toMatchObject({ ok: false });
      expect(await importedPacks.getValue()).toEqual([]);
      expect(await browser.storage.local.get(null)).toEqual({});
    });

    it('removes a pack and its patterns; with the last one, frames match the bundled packs alone', async () => {
      const { importPack, removePack, importedPacks, importedPatterns, frameTable } = await load();
      await importPack(testPack('a', ['a-entity']));
      await importPack(testPack('b', ['b-entity']));
      await removePack('a');
      expect((await importedPacks.getValue()).map((p) => p.id)).toEqual(['b']);
      expect((await frameTable()).entityIds.slice(bundledTable.entityIds.length)).toEqual(['b-entity']);
      await removePack('b');
      expect(await importedPatterns.getValue()).toBeNull();
      expect(await frameTable()).toEqual(compiledFrom(bundledTable));
    });

    it('rebuilds a cached catalog only after the imported packs change', async () => {
      const { cachedCatalog, importPack } = await load();
      const catalog = cachedCatalog();
      const first = await catalog();
      expect(await catalog()).toBe(first);
      expect(first.entity('late-entity')).toBeUndefined();
      await importPack(testPack('late', ['late-entity']));
      await vi.waitFor(async () => expect((await catalog()).entity('late-entity')?.packId).toBe('late'));
    });

    it('tells watchers all packs after a change', async () => {
      const { importPack, watchPacks } = await load();
      const seen: string[][] = [];
      watchPacks((packs) => seen.push(packs.map((p) => p.id)));
      await importPack(testPack('a', ['a-entity']));
      await vi.waitFor(() => expect(seen).toEqual([[...BUNDLED_PACKS.map((p) => p.id), 'a']]));
    });
  });

  describe('refreshImportedPatterns (the background, at start)', () => {
    it('compiles again imported packs compiled against other bundled packs, as after an update', async () => {
      const pack = testPack('old', ['old-entity']);
      await browser.storage.local.set({ importedPacks: [pack], importedPatterns: { bundled: 'another-build', data: '[]' } });
      const { refreshImportedPatterns, importedPatterns, frameTable } = await load();
      expect(await frameTable()).toEqual(compiledFrom(bundledTable));
      const written = vi.spyOn(browser.storage.local, 'set');
      await refreshImportedPatterns();
      expect((await importedPatterns.getValue())?.bundled).toBe(BUNDLED_PATTERNS_STAMP);
      expect(await frameTable()).toEqual(withImported(aliasIndex([pack])));
      // Only the patterns are written: the packs (up to 8 MB) are as they were.
      expect(written.mock.calls.flatMap(([items]) => Object.keys(items))).toEqual(['importedPatterns']);
    });

    it('compiles the packs of a version that stored only their aliases, and forgets those', async () => {
      const pack = testPack('legacy', ['legacy-entity']);
      await browser.storage.local.set({ importedPacks: [pack], importedAliases: aliasIndex([pack]) });
      const { refreshImportedPatterns, frameTable } = await load();
      await refreshImportedPatterns();
      expect(await frameTable()).toEqual(withImported(aliasIndex([pack])));
      expect(await browser.storage.local.get('importedAliases')).toEqual({});
    });

    it('writes nothing when nothing is imported, or when the patterns are current', async () => {
      const { refreshImportedPatterns, importPack } = await load();
      await refreshImportedPatterns();
      expect(await browser.storage.local.get(null)).toEqual({});
      await importPack(testPack('a', ['a-entity']));
      const before = await browser.storage.local.get(null);
      const changes = vi.fn();
      browser.storage.onChanged.addListener(changes);
      await refreshImportedPatterns();
      expect(changes).not.toHaveBeenCalled();
      expect(await browser.storage.local.get(null)).toEqual(before);
    });
  });
});
