/**
 * A Vite plugin providing `virtual:backstory-aliases`: the bundled packs'
 * aliases, validated and compiled into the matcher's pattern table at build
 * time (lib/match/pattern-table.ts), so that no frame normalises a pattern at
 * page load (issue 16). The content script imports this instead of the packs
 * themselves (DESIGN.md §5 size budget). The data is decoded on the first
 * call, not when the script starts: a frame that never reads (one left blank,
 * dom/blank-frame.ts) never decodes it.
 *
 * The data goes in as one JSON string literal in its compact form
 * (lib/match/pattern-codec.ts), which a browser parses faster than the same
 * object literal, and which starts with PATTERN_DATA_MARK so that the bundle
 * check can measure alias data apart from code (DESIGN.md §5 lets alias data
 * be reported apart).
 */
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { aliasIndex, type AliasEntity } from '../../lib/pack/alias-index';
import { encodePatterns } from '../../lib/match/pattern-codec';
import { compilePatterns } from '../../lib/match/pattern-table';
import { assertBundledPacksValid, packFiles } from './bundled-packs';

const ID = 'virtual:backstory-aliases';
const RESOLVED = `\0${ID}`;
const CODEC = fileURLToPath(new URL('../../lib/match/pattern-codec.ts', import.meta.url));

/** The bundled packs' table, encoded, and its stamp: a short hash that changes whenever the data does. */
export function bundledPatternData(entities: readonly AliasEntity[]): { data: string; stamp: string } {
  const data = encodePatterns(compilePatterns(entities));
  return { data, stamp: createHash('sha256').update(data).digest('hex').slice(0, 16) };
}

/** The module's source: the compiled table, decoded on the first call and kept. */
export function aliasModuleSource(entities: readonly AliasEntity[], codec = CODEC): string {
  const { data, stamp } = bundledPatternData(entities);
  return `import { decodePatterns } from ${JSON.stringify(codec)};
const DATA = ${JSON.stringify(data)};
export const BUNDLED_PATTERNS_STAMP = ${JSON.stringify(stamp)};
let table;
export const bundledPatterns = () => (table ??= decodePatterns(DATA));
`;
}

export function aliasModule(): Plugin {
  return {
    name: 'backstory-aliases',
    resolveId: (id) => (id === ID ? RESOLVED : undefined),
    load(id) {
      if (id !== RESOLVED) return undefined;
      for (const file of packFiles()) this.addWatchFile(file);
      return aliasModuleSource(aliasIndex(assertBundledPacksValid()));
    },
  };
}
