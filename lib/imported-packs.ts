/**
 * The rules for packs a user imports, beyond the pack schema: they add to the
 * bundled packs and never silently shadow them, and they fit in extension
 * storage. Re-importing a pack with the same id replaces it (a new version).
 */
import type { Pack } from './pack/schema';
import type { PackError } from './pack/validate';

export const MAX_IMPORTED_PACKS = 10;
/** chrome.storage.local holds 10 MB without "unlimitedStorage"; leave room for the rest. */
export const MAX_IMPORTED_BYTES = 8_000_000;

export type ImportResult = { ok: true; packs: Pack[]; replaced: boolean } | { ok: false; errors: PackError[] };

export function packBytes(packs: readonly Pack[]): number {
  return new TextEncoder().encode(JSON.stringify(packs)).length;
}

/** `current` plus `pack`, or why it cannot be added. */
export function addImportedPack(current: readonly Pack[], pack: Pack, bundled: readonly Pack[]): ImportResult {
  const errors: PackError[] = [];
  if (bundled.some((b) => b.id === pack.id)) {
    errors.push({ path: 'id', message: `"${pack.id}" is the id of a pack that comes with Backstory` });
  }
  const others = current.filter((p) => p.id !== pack.id);
  const replaced = others.length < current.length;
  const owners = new Map<string, string>();
  for (const p of [...bundled, ...others]) for (const e of p.entities) if (!owners.has(e.id)) owners.set(e.id, p.id);
  pack.entities.forEach((entity, i) => {
    const owner = owners.get(entity.id);
    if (owner) errors.push({ path: `entities[${i}] (${entity.id}).id`, message: `entity "${entity.id}" already exists in pack "${owner}"` });
  });
  if (!replaced && others.length >= MAX_IMPORTED_PACKS) {
    errors.push({ path: '(pack)', message: `${MAX_IMPORTED_PACKS} packs are imported already; remove one first` });
  }
  if (errors.length > 0) return { ok: false, errors };
  const packs = [...others, pack];
  const bytes = packBytes(packs);
  if (bytes > MAX_IMPORTED_BYTES) {
    return { ok: false, errors: [{ path: '(pack)', message: `imported packs would take ${bytes} bytes; at most ${MAX_IMPORTED_BYTES} fit` }] };
  }
  return { ok: true, packs, replaced };
}

export function removeImportedPack(current: readonly Pack[], id: string): Pack[] {
  return current.filter((p) => p.id !== id);
}
