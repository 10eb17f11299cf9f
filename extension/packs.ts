/**
 * Every pack the extension knows: the bundled ones and those the user
 * imported. The popup, the options page and the background (entity look-ups
 * for the card) combine them here, so an imported pack appears everywhere
 * at once; the content script reads only their compiled patterns (imported-patterns.ts).
 */
import { storage } from '@wxt-dev/storage';
import * as v from 'valibot';
import { BUNDLED_PATTERNS_STAMP } from 'virtual:backstory-aliases';
import { BUNDLED_PACKS } from '../data';
import { addImportedPack, MAX_IMPORTED_PACKS, removeImportedPack, type ImportResult } from '../lib/imported-packs';
import { compileImported } from '../lib/match/imported-patterns';
import { aliasIndex } from '../lib/pack/alias-index';
import { Catalog } from '../lib/pack/catalog';
import type { Pack } from '../lib/pack/schema';
import { validatePack } from '../lib/pack/validate';
import { importedPatterns } from './imported-patterns';
import { defineValidatedItem } from './validated-item';

export { BUNDLED_PACKS };

/** Each stored pack is checked with the same rules as an import; one that fails drops them all to the fallback. */
const ImportedPacksSchema = v.pipe(
  v.array(v.unknown()),
  v.maxLength(MAX_IMPORTED_PACKS),
  v.transform((items) => items.map((item) => validatePack(item))),
  v.check((results) => results.every((r) => r.ok), 'an imported pack is invalid'),
  v.transform((results) => results.flatMap((r) => (r.ok ? [r.pack] : []))),
);

/** Packs the user imported, in import order (local: packs can be large, and sync holds 100 KB). */
export const importedPacks = defineValidatedItem<Pack[]>('local:importedPacks', ImportedPacksSchema, { fallback: [] });

/** Where versions before issue 16 kept imported packs' aliases for the content script. */
const LEGACY_ALIASES = 'local:importedAliases';

/** The content script's table for these imported packs, compiled onto this build's bundled packs. */
const patternsFor = (packs: readonly Pack[]) => compileImported(aliasIndex(BUNDLED_PACKS), aliasIndex(packs), BUNDLED_PATTERNS_STAMP);

/** Writes the packs and their compiled patterns in one storage call, so the two never disagree. */
export async function saveImportedPacks(packs: readonly Pack[]): Promise<void> {
  await storage.setItems([
    { key: importedPacks.key, value: importedPacks.parse([...packs]) },
    { key: importedPatterns.key, value: importedPatterns.parse(patternsFor(packs)) },
  ]);
}

/**
 * Background, at start: imported packs' patterns compiled by another version (before an update, or
 * never: a version that kept only their aliases) are compiled again. Until then frames match the
 * bundled packs alone.
 */
export async function refreshImportedPatterns(): Promise<void> {
  const [packs, stored, legacy] = await Promise.all([importedPacks.getValue(), importedPatterns.getValue(), storage.getItem(LEGACY_ALIASES)]);
  const current = packs.length === 0 ? stored === null : stored?.bundled === BUNDLED_PATTERNS_STAMP;
  // Only the patterns: the packs are as they were, and can take up to 8 MB to write again.
  if (!current) await importedPatterns.setValue(patternsFor(packs));
  if (legacy !== null) await storage.removeItem(LEGACY_ALIASES);
}

/** Adds (or replaces) one validated pack; nothing is written when it cannot be added. */
export async function importPack(pack: Pack): Promise<ImportResult> {
  const result = addImportedPack(await importedPacks.getValue(), pack, BUNDLED_PACKS);
  if (result.ok) await saveImportedPacks(result.packs);
  return result;
}

export async function removePack(id: string): Promise<void> {
  await saveImportedPacks(removeImportedPack(await importedPacks.getValue(), id));
}

/** The bundled packs, then the imported ones: the one order every catalog is built in (a bundled id always wins). */
export function withBundled(imported: readonly Pack[]): Pack[] {
  return [...BUNDLED_PACKS, ...imported];
}

export async function loadPacks(): Promise<Pack[]> {
  return withBundled(await importedPacks.getValue());
}

export async function loadCatalog(): Promise<Catalog> {
  return new Catalog(await loadPacks());
}

/**
 * For a long-lived context (the background): the catalog is built once and
 * rebuilt only after an import or a removal. Returns the getter.
 */
export function cachedCatalog(): () => Promise<Catalog> {
  let current: Promise<Catalog> | null = null;
  importedPacks.watch(() => {
    current = null;
  });
  return () => (current ??= loadCatalog());
}

/** Calls back with all packs whenever the imported ones change. */
export function watchPacks(callback: (packs: Pack[]) => void): () => void {
  return importedPacks.watch((imported) => callback(withBundled(imported)));
}
