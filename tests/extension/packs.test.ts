import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { BUNDLED_PACKS } from '../../data';
import type { Pack } from '../../lib/pack/schema';
import { testPack } from '../support/packs';

async function load() {
  vi.resetModules();
  const packs = await import('../../extension/packs');
  const { importedAliases } = await import('../../extension/imported-aliases');
  return { ...packs, importedAliases };
}

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

    it('round-trips packs, with their alias index beside them', async () => {
      const { importPack, importedPacks, importedAliases, loadCatalog } = await load();
      const pack = testPack('community', ['community-entity']);
      expect(await importPack(pack)).toMatchObject({ ok: true });
      expect(await importedPacks.getValue()).toEqual([pack]);
      expect(await importedAliases.getValue()).toEqual([{ id: 'community-entity', aliases: pack.entities[0]!.aliases }]);
      expect((await loadCatalog()).entity('community-entity')?.packId).toBe('community');
    });

    it('keeps every alias rule in the alias index, so that a short form stays short', async () => {
      const { importPack, importedAliases } = await load();
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
      expect(await importedAliases.getValue()).toEqual([{ id: 'rules-entity', aliases }]);
    });

    it('reads an alias index stored before aliases had rules beyond context lists', async () => {
      const stored = [{ id: 'old-entity', aliases: [{ text: 'Old Entity', caseSensitive: true, context: ['old'], exclude: ['Old Entity Museum'] }] }];
      await browser.storage.local.set({ importedAliases: stored });
      const { importedAliases } = await load();
      expect(await importedAliases.getValue()).toEqual(stored);
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

    it('removes a pack and its aliases', async () => {
      const { importPack, removePack, importedPacks, importedAliases } = await load();
      await importPack(testPack('a', ['a-entity']));
      await importPack(testPack('b', ['b-entity']));
      await removePack('a');
      expect((await importedPacks.getValue()).map((p) => p.id)).toEqual(['b']);
      expect((await importedAliases.getValue()).map((e) => e.id)).toEqual(['b-entity']);
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

  describe('withImported', () => {
    it('adds imported entities after the bundled ones, never redefining an id', async () => {
      const { withImported } = await import('../../extension/imported-aliases');
      const a = (id: string, text: string) => ({ id, aliases: [{ text }] });
      expect(withImported([a('x', 'X')], [a('y', 'Y'), a('x', 'Other X'), a('y', 'Other Y')])).toEqual([a('x', 'X'), a('y', 'Y')]);
    });
  });

  describe('importedAliases', () => {
    it.each([
      ['a number', 5],
      ['entries without aliases', [{ id: 'x' }]],
      ['aliases without text', [{ id: 'x', aliases: [{ caseSensitive: true }] }]],
    ])('falls back to none when the stored value is %s', async (_, bad) => {
      await browser.storage.local.set({ importedAliases: bad });
      const { importedAliases } = await load();
      expect(await importedAliases.getValue()).toEqual([]);
    });

    it('reads aliases stored by version 1', async () => {
      const value = [{ id: 'x', aliases: [{ text: 'X Corp', caseSensitive: true }] }];
      await browser.storage.local.set({ importedAliases: value, importedAliases$: { v: 1 } });
      const { importedAliases } = await load();
      expect(await importedAliases.getValue()).toEqual(value);
    });
  });
});
