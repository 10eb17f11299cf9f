/**
 * What the content script needs from imported packs: ids and aliases. It is
 * stored beside the packs (extension/packs.ts writes both at once) so that
 * every page load reads a few kilobytes instead of whole packs, as the
 * bundled packs reach the content script only as their alias index.
 *
 * The schema is deliberately small: it keeps the content script free of the
 * pack schema, and a value that does not fit reads as "no imported aliases".
 */
import * as v from 'valibot';
import type { AliasEntity } from '../lib/pack/alias-index';
import { defineValidatedItem } from './validated-item';

const Text = v.pipe(v.string(), v.minLength(1), v.maxLength(200));
const Terms = v.array(Text);
const Scoped = v.object({ block: v.optional(Terms), page: v.optional(Terms) });

/**
 * Every alias field the matcher reads. A field left out here would be dropped silently from what
 * is stored (valibot's object keeps only known keys): a short form would then count as a full name.
 */
const AliasEntitySchema = v.object({
  id: Text,
  aliases: v.array(
    v.object({
      text: Text,
      caseSensitive: v.optional(v.boolean()),
      case: v.optional(v.picklist(['any', 'proper', 'exact'])),
      lang: v.optional(v.array(Text)),
      context: v.optional(v.union([Terms, Scoped, v.array(Scoped)])),
      unless: v.optional(Scoped),
      exclude: v.optional(Terms),
      short: v.optional(v.picklist(['block', 'page'])),
    }),
  ),
});

const AliasEntitiesSchema = v.pipe(v.array(AliasEntitySchema), v.maxLength(20_000));

export const importedAliases = defineValidatedItem<AliasEntity[]>('local:importedAliases', AliasEntitiesSchema, {
  fallback: [],
});

/** Bundled entities first; an imported one cannot redefine a bundled id (as in Catalog). */
export function withImported(bundled: readonly AliasEntity[], imported: readonly AliasEntity[]): AliasEntity[] {
  const ids = new Set(bundled.map((e) => e.id));
  const out = [...bundled];
  for (const entity of imported) {
    if (ids.has(entity.id)) continue;
    ids.add(entity.id);
    out.push(entity);
  }
  return out;
}
