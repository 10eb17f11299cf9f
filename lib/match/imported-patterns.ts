/**
 * Imported packs reach the content script compiled, as the bundled ones do:
 * compiling normalises every pattern, which costs a page's cold script more
 * than everything else it does before it can scan (issue 16), and would be
 * paid again in every frame of every page. So they are compiled once, where
 * they are imported (extension/packs.ts), onto the bundled packs' table, and
 * stored as the one table a frame decodes.
 *
 * That table holds the bundled packs of the build that compiled it, so it
 * names that build's bundled data (its stamp, scripts/lib/alias-module.ts):
 * after an update a frame does not use a table made against other bundled
 * packs, and the background compiles it again.
 */
import type { AliasEntity } from '../pack/alias-index';
import { encodePatterns } from './pattern-codec';
import { compilePatterns } from './pattern-table';

export interface ImportedPatterns {
  /** The stamp of the bundled pattern data the table was compiled onto. */
  bundled: string;
  /** The bundled and imported packs' table, encoded (lib/match/pattern-codec.ts). */
  data: string;
}

/** The table to store for `imported` (bundled entities first, as in Catalog); null when nothing is imported. */
export function compileImported(bundled: readonly AliasEntity[], imported: readonly AliasEntity[], stamp: string): ImportedPatterns | null {
  if (imported.length === 0) return null;
  return { bundled: stamp, data: encodePatterns(compilePatterns(imported, compilePatterns(bundled))) };
}
