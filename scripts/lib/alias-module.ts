/**
 * A Vite plugin providing `virtual:backstory-aliases`: the bundled packs'
 * ids and aliases, validated at build time. The content script imports this
 * instead of the packs themselves (DESIGN.md §5 size budget).
 */
import type { Plugin } from 'vite';
import { aliasIndex } from '../../lib/pack/alias-index';
import { assertBundledPacksValid, packFiles } from './bundled-packs';

const ID = 'virtual:backstory-aliases';
const RESOLVED = `\0${ID}`;

export function aliasModule(): Plugin {
  return {
    name: 'backstory-aliases',
    resolveId: (id) => (id === ID ? RESOLVED : undefined),
    load(id) {
      if (id !== RESOLVED) return undefined;
      for (const file of packFiles()) this.addWatchFile(file);
      return `export default ${JSON.stringify(aliasIndex(assertBundledPacksValid()))};`;
    },
  };
}
