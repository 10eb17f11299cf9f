import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';

type Settings = typeof import('../../extension/settings');

/** Imported after seeding storage, as a fresh context would. */
async function load(): Promise<Settings> {
  vi.resetModules();
  return import('../../extension/settings');
}

interface Case {
  name: keyof Settings & ('untrackedEntities' | 'pausedSites' | 'enabled' | 'highlightStyle' | 'manualMode' | 'languagePreference');
  area: 'sync' | 'local';
  key: string;
  fallback: unknown;
  value: unknown;
  corrupt: unknown[];
}

const CASES: Case[] = [
  { name: 'untrackedEntities', area: 'sync', key: 'untrackedEntities', fallback: [], value: ['finn-lau', 'global-times'], corrupt: ['finn-lau', [1, 2], { 0: 'x' }, [''], null] },
  { name: 'pausedSites', area: 'sync', key: 'pausedSites', fallback: [], value: ['example.com', '127.0.0.1'], corrupt: [42, 'example.com', [null], ['not a host']] },
  { name: 'enabled', area: 'sync', key: 'enabled', fallback: true, value: false, corrupt: ['false', 0, [], {}] },
  { name: 'highlightStyle', area: 'sync', key: 'highlightStyle', fallback: 'underline', value: 'background', corrupt: ['bold', 1, true, ['none']] },
  { name: 'manualMode', area: 'sync', key: 'manualMode', fallback: false, value: true, corrupt: ['true', 1, null, {}] },
  { name: 'languagePreference', area: 'sync', key: 'language', fallback: 'page', value: 'zh-Hant', corrupt: ['繁體中文', 7, ['zh-Hant'], '', 'x'.repeat(40), null] },
];

describe('extension/settings', () => {
  beforeEach(() => {
    vi.restoreAllMocks();
    fakeBrowser.reset();
  });

  it('runs against fakeBrowser', () => {
    expect(browser).toBe(fakeBrowser);
  });

  it('reads no storage when imported, and a setting in one read when asked: every frame imports them all', async () => {
    const sync = vi.spyOn(browser.storage.sync, 'get');
    const local = vi.spyOn(browser.storage.local, 'get');
    const settings = await load();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(sync).not.toHaveBeenCalled();
    expect(local).not.toHaveBeenCalled();
    expect(await settings.enabled.getValue()).toBe(true);
    expect(sync).toHaveBeenCalledTimes(1);
  });

  describe.each(CASES)('$name', ({ name, area, key, fallback, value, corrupt }) => {
    it('reads its default when nothing is stored', async () => {
      const settings = await load();
      expect(await settings[name].getValue()).toEqual(fallback);
    });

    it('round-trips a value', async () => {
      const settings = await load();
      await (settings[name].setValue as (v: unknown) => Promise<void>)(value);
      expect(await settings[name].getValue()).toEqual(value);
      expect((await browser.storage[area].get(key))[key]).toEqual(value);
    });

    it.each(corrupt.map((c) => [JSON.stringify(c), c]))('falls back when the stored value is %s', async (_, bad) => {
      await browser.storage[area].set({ [key]: bad });
      const settings = await load();
      expect(await settings[name].getValue()).toEqual(fallback);
    });

    it('refuses to write a wrong-typed value', async () => {
      const settings = await load();
      await expect((settings[name].setValue as (v: unknown) => Promise<void>)(corrupt[0])).rejects.toThrow();
      expect(await settings[name].getValue()).toEqual(fallback);
    });

    it('tells watchers the validated value', async () => {
      const settings = await load();
      const seen: unknown[] = [];
      (settings[name].watch as (cb: (v: unknown) => void) => () => void)((v) => seen.push(v));
      await browser.storage[area].set({ [key]: value });
      await browser.storage[area].set({ [key]: corrupt[0] });
      await vi.waitFor(() => expect(seen).toEqual([value, fallback]));
    });

    it('reads a value stored by version 1', async () => {
      await browser.storage[area].set({ [key]: value, [`${key}$`]: { v: 1 } });
      const settings = await load();
      expect(await settings[name].getValue()).toEqual(value);
    });
  });

  describe('pausedSites migration v1 → v2', () => {
    it('normalises hostnames, drops what is not one, removes duplicates', async () => {
      await browser.storage.sync.set({
        pausedSites: ['Example.COM', 'https://news.example.org/story?id=1', 'example.com', 'not a host', 7, 'localhost:8080'],
      });
      const { pausedSites } = await load();
      expect(await pausedSites.getValue()).toEqual(['example.com', 'news.example.org', 'localhost']);
      expect((await browser.storage.sync.get('pausedSites$'))['pausedSites$']).toEqual({ v: 2 });
    });

    it('leaves a wrong-typed v1 value to fall back', async () => {
      await browser.storage.sync.set({ pausedSites: 'example.com' });
      const { pausedSites } = await load();
      expect(await pausedSites.getValue()).toEqual([]);
    });

    it('writes the version with the first value', async () => {
      const { pausedSites } = await load();
      await pausedSites.setValue(['example.com']);
      expect((await browser.storage.sync.get('pausedSites$'))['pausedSites$']).toEqual({ v: 2 });
    });
  });

  describe('readValues (a frame reads its settings at once)', () => {
    const readAll = async () => {
      const settings = await load();
      const { readValues } = await import('../../extension/validated-item');
      const items = CASES.map((c) => settings[c.name]);
      return { items, values: await readValues(items) };
    };

    it('reads every setting in one storage call per area', async () => {
      const sync = vi.spyOn(browser.storage.sync, 'get');
      const { values } = await readAll();
      expect(sync).toHaveBeenCalledTimes(1);
      expect(values).toEqual(CASES.map((c) => c.fallback));
    });

    it('reads what getValue reads: stored values, and the default for corrupt ones', async () => {
      for (const [i, c] of CASES.entries()) await browser.storage[c.area].set({ [c.key]: i % 2 === 0 ? c.value : c.corrupt[0] });
      const { items, values } = await readAll();
      expect(values).toEqual(CASES.map((c, i) => (i % 2 === 0 ? c.value : c.fallback)));
      expect(values).toEqual(await Promise.all(items.map((item) => item.getValue())));
    });

    it('migrates a v1 value in memory as getValue would, and a wrong-typed one falls back', async () => {
      await browser.storage.sync.set({ pausedSites: ['Example.COM', 'https://news.example.org/story?id=1', 'not a host'] });
      const settings = await load();
      const { readValues } = await import('../../extension/validated-item');
      expect(await readValues([settings.pausedSites])).toEqual([['example.com', 'news.example.org']]);
      await browser.storage.sync.set({ pausedSites: 'example.com' });
      expect(await readValues([settings.pausedSites])).toEqual([[]]);
    });

    it('reads v2 values as they are', async () => {
      await browser.storage.sync.set({ pausedSites: ['example.com'], pausedSites$: { v: 2 } });
      const settings = await load();
      const { readValues } = await import('../../extension/validated-item');
      expect(await readValues([settings.pausedSites])).toEqual([['example.com']]);
    });

    it('reads defaults when storage cannot be read', async () => {
      vi.spyOn(browser.storage.sync, 'get').mockRejectedValueOnce(new Error('storage is gone'));
      const { values } = await readAll();
      expect(values).toEqual(CASES.map((c) => c.fallback));
    });
  });

  describe('isPaused', () => {
    it.each([
      [['example.com'], 'example.com', true],
      [['example.com'], 'EXAMPLE.com.', true],
      [['example.com'], 'example.com.', true],
      [['example.com'], 'www.example.com', false],
      [[], 'example.com', false],
    ] as const)('%j on %s → %s', async (paused, host, expected) => {
      const { isPaused } = await load();
      expect(isPaused(paused, host)).toBe(expected);
    });
  });

  describe('setPaused', () => {
    it('pauses a site under the name the options page gives it, whatever the page calls it', async () => {
      const { isPaused, pausedSites, setPaused } = await load();
      await setPaused('example.com.', true);
      expect(await pausedSites.getValue()).toEqual(['example.com']);
      expect(isPaused(await pausedSites.getValue(), 'example.com.')).toBe(true);
      expect(isPaused(await pausedSites.getValue(), 'example.com')).toBe(true);
    });

    it('resumes a site, keeping the others in their order', async () => {
      const { pausedSites, setPaused } = await load();
      await pausedSites.setValue(['a.com', 'example.com', 'b.com']);
      await setPaused('example.com.', false);
      expect(await pausedSites.getValue()).toEqual(['a.com', 'b.com']);
    });

    it('writes nothing when the site is already as asked', async () => {
      const { pausedSites, setPaused } = await load();
      await pausedSites.setValue(['example.com']);
      const writes = vi.spyOn(browser.storage.sync, 'set');
      await setPaused('example.com', true);
      await setPaused('other.com', false);
      expect(writes).not.toHaveBeenCalled();
      expect(await pausedSites.getValue()).toEqual(['example.com']);
    });
  });

  describe('setTracked', () => {
    it.each([
      [['a'], ['b'], false, ['a', 'b']],
      [['a', 'b'], ['a'], true, ['b']],
      [['a'], ['a'], false, ['a']],
      [[], ['x', 'y', 'x'], false, ['x', 'y']],
      [['x', 'q', 'y'], ['x', 'y'], true, ['q']],
    ] as const)('stored %j, switching %j to %s → %j', async (untracked, ids, tracked, expected) => {
      const { setTracked, untrackedEntities } = await load();
      await untrackedEntities.setValue([...untracked]);
      await setTracked(ids, tracked);
      expect(await untrackedEntities.getValue()).toEqual(expected);
    });

    it('keeps a change made elsewhere between two switches', async () => {
      const { setTracked, untrackedEntities } = await load();
      await setTracked(['a'], false);
      await browser.storage.sync.set({ untrackedEntities: ['a', 'elsewhere'] });
      await setTracked(['b'], false);
      expect(await untrackedEntities.getValue()).toEqual(['a', 'elsewhere', 'b']);
    });
  });
});
