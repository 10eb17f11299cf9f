/**
 * What the matcher needs from packs: ids and aliases, nothing else. The
 * content script ships only this (see scripts/lib/alias-module.ts), keeping
 * summaries, facts and sources out of a bundle injected into every page.
 */
import type { Entity, Pack } from './schema';

export type AliasEntity = Pick<Entity, 'id' | 'aliases'>;

/** Entities of all packs in order; a later pack cannot redefine an earlier pack's id (as in Catalog). */
export function aliasIndex(packs: readonly Pack[]): AliasEntity[] {
  const seen = new Set<string>();
  const out: AliasEntity[] = [];
  for (const pack of packs) {
    for (const { id, aliases } of pack.entities) {
      if (seen.has(id)) continue;
      seen.add(id);
      out.push({ id, aliases });
    }
  }
  return out;
}
