/**
 * A Vite plugin providing `virtual:backstory-aliases`: the bundled packs'
 * ids and aliases, validated at build time. The content script imports this
 * instead of the packs themselves (DESIGN.md §5 size budget). The data is
 * parsed on the first call, not when the script starts: a frame that never
 * reads (one left blank, dom/blank-frame.ts) never parses it (issue 16).
 *
 * The data goes in as one JSON string literal, which a browser parses faster
 * than the same object literal, and which starts with ALIAS_DATA_MARK so that
 * the bundle check can measure alias data apart from code (DESIGN.md §5 lets
 * alias data be reported apart). Context term lists repeat across aliases
 * ("China", "Pékin", 中国 …): each is stored once and shared by reference, so
 * the default export is the same plain data as aliasIndex() returns.
 */
import type { Plugin } from 'vite';
import { aliasIndex, type AliasEntity } from '../../lib/pack/alias-index';
import { assertBundledPacksValid, packFiles } from './bundled-packs';

const ID = 'virtual:backstory-aliases';
const RESOLVED = `\0${ID}`;

/** The first element of the data's JSON array: a version, and what the bundle check looks for. */
export const ALIAS_DATA_MARK = 'backstory-aliases/1';

/** The data as stored: the mark, the shared term lists, then the entities with `{ "@": n }` for list n. */
export function encodeAliases(entities: readonly AliasEntity[]): string {
  const isTermList = (v: unknown): v is string[] => Array.isArray(v) && v.length > 1 && v.every((x) => typeof x === 'string');
  const seen = new Map<string, number>();
  const count = (v: unknown): void => {
    if (isTermList(v)) {
      const key = JSON.stringify(v);
      seen.set(key, (seen.get(key) ?? 0) + 1);
    } else if (Array.isArray(v)) v.forEach(count);
    else if (v !== null && typeof v === 'object') Object.values(v).forEach(count);
  };
  count(entities);
  const lists: string[][] = [];
  const index = new Map<string, number>();
  const share = (v: unknown): unknown => {
    if (isTermList(v)) {
      const key = JSON.stringify(v);
      if ((seen.get(key) ?? 0) < 2) return v;
      let n = index.get(key);
      if (n === undefined) {
        n = lists.length;
        lists.push(v);
        index.set(key, n);
      }
      return { '@': n };
    }
    if (Array.isArray(v)) return v.map(share);
    if (v !== null && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, share(x)]));
    return v;
  };
  const data = share(entities);
  return JSON.stringify([ALIAS_DATA_MARK, lists, data]);
}

/** The module's source: parses the data on the first call, and puts the shared lists back in place. */
export function aliasModuleSource(entities: readonly AliasEntity[]): string {
  return `const DATA = ${JSON.stringify(encodeAliases(entities))};
let aliases;
const hydrate = (v, lists) =>
  Array.isArray(v) ? v.map((x) => hydrate(x, lists))
  : v !== null && typeof v === 'object' ? ('@' in v ? lists[v['@']] : Object.fromEntries(Object.entries(v).map(([k, x]) => [k, hydrate(x, lists)])))
  : v;
export const bundledAliases = () => {
  if (!aliases) {
    const [, lists, data] = JSON.parse(DATA);
    aliases = hydrate(data, lists);
  }
  return aliases;
};
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
