import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { BUNDLED_PATTERNS_STAMP, bundledPatterns } from 'virtual:backstory-aliases';
import { BUNDLED_PACKS } from '../../data';
import { compileImported } from '../../lib/match/imported-patterns';
import { aliasIndex } from '../../lib/pack/alias-index';
import { comparable } from '../support/patterns';

async function load() {
  vi.resetModules();
  return import('../../extension/imported-patterns');
}

const imported = [{ id: 'x', aliases: [{ text: 'X Corp', caseSensitive: true }] }];
const stored = compileImported(aliasIndex(BUNDLED_PACKS), imported, BUNDLED_PATTERNS_STAMP)!;

describe('importedPatterns', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('is none until a pack is imported: frames match the bundled packs', async () => {
    const { importedPatterns, patternTableFor } = await load();
    expect(await importedPatterns.getValue()).toBeNull();
    expect(comparable(patternTableFor(null))).toEqual(comparable(bundledPatterns()));
  });

  it('gives frames the stored table when it was compiled onto this build’s bundled packs', async () => {
    await browser.storage.local.set({ importedPatterns: stored });
    const { importedPatterns, patternTableFor } = await load();
    const table = patternTableFor(await importedPatterns.getValue());
    expect(table.entityIds).toEqual([...bundledPatterns().entityIds, 'x']);
    const bundled = comparable(bundledPatterns()).patterns;
    expect(comparable(table).patterns.slice(0, bundled.length)).toEqual(bundled);
  });

  it.each([
    ['a number', 5],
    ['a table without data', { bundled: BUNDLED_PATTERNS_STAMP }],
    ['data that is not text', { bundled: BUNDLED_PATTERNS_STAMP, data: [1, 2] }],
  ])('reads as none when the stored value is %s', async (_, bad) => {
    await browser.storage.local.set({ importedPatterns: bad });
    const { importedPatterns } = await load();
    expect(await importedPatterns.getValue()).toBeNull();
  });

  it.each([
    ['compiled onto other bundled packs (before an update)', { ...stored, bundled: 'another-build' }],
    ['cut short', { ...stored, data: stored.data.slice(0, 1000) }],
    ['cut short in its patterns, read only on a hit otherwise', { ...stored, data: stored.data.slice(0, -1000) }],
    ['missing a pattern', { ...stored, data: stored.data.replace(/,\n\[\d+,"X Corp"[^\n]*$/, '') }],
    ['of another format', { ...stored, data: '["backstory-patterns/0"]' }],
  ])('gives frames the bundled packs when the stored table is %s', async (_, value) => {
    await browser.storage.local.set({ importedPatterns: value });
    const { importedPatterns, patternTableFor } = await load();
    expect(comparable(patternTableFor(await importedPatterns.getValue()))).toEqual(comparable(bundledPatterns()));
  });
});
