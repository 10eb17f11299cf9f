/**
 * Search over entities by name and alias, for the popup and the options page.
 *
 * Both sides are normalised the way the matcher normalises page text (NFKC,
 * case folding, quotes, dashes, spaces), plus accents removed, so "Dahlin",
 * "dahlin" and "DAHLÍN" find the same person and a full-width "ＭＰＳ" finds
 * "MPS". Chinese has no spaces and no letter case: a query matches anywhere
 * inside a name or alias ("卫士" finds "保护卫士"). An entity is found by its
 * name in any language its pack carries, not only the one shown.
 */
import { normalize } from './text/normalize';

export interface Searchable {
  id: string;
  /** The name as shown (results sort by it). */
  name: string;
  /** The name in every language the pack carries. */
  names?: readonly string[];
  aliases: readonly { text: string }[];
}

export interface SearchHit {
  id: string;
  /** The name or alias that matched best, as written in the pack. */
  matched: string;
  /** Lower is better: 0 exact, 1 prefix, 2 start of a word, 3 inside a word, 4 every word somewhere. */
  rank: number;
}

interface Term {
  text: string;
  key: string;
}

interface Doc {
  id: string;
  name: string;
  terms: Term[];
  /** Every term, for queries of several words that no single term contains. */
  all: string;
}

export function searchKey(text: string): string {
  return normalize(text, true)
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .normalize('NFC');
}

function rankIn(key: string, query: string): number {
  if (key === query) return 0;
  const at = key.indexOf(query);
  if (at < 0) return -1;
  if (at === 0) return 1;
  // The query starts a word when what precedes it is not a letter or digit (or is Chinese, which has no word breaks).
  const before = key.charAt(at - 1);
  return /[\p{L}\p{N}]/u.test(before) && !/\p{Script=Han}/u.test(before) ? 3 : 2;
}

export class EntitySearch {
  private readonly docs: Doc[];

  constructor(entities: readonly Searchable[]) {
    this.docs = entities.map((e) => {
      const texts = new Set([e.name, ...(e.names ?? []), ...e.aliases.map((a) => a.text)]);
      const terms = [...texts].map((text) => ({ text, key: searchKey(text) }));
      return { id: e.id, name: e.name, terms, all: terms.map((t) => t.key).join(' \u0000 ') };
    });
  }

  /** Best matches first; ties keep the name order. An empty query finds nothing. */
  search(query: string, limit = 50): SearchHit[] {
    const q = searchKey(query);
    if (q === '') return [];
    const words = q.split(' ').filter(Boolean);
    const hits: SearchHit[] = [];
    for (const doc of this.docs) {
      let best: SearchHit | null = null;
      for (const term of doc.terms) {
        const rank = rankIn(term.key, q);
        if (rank >= 0 && (!best || rank < best.rank)) best = { id: doc.id, matched: term.text, rank };
      }
      if (!best && words.length > 1 && words.every((w) => doc.all.includes(w))) best = { id: doc.id, matched: doc.name, rank: 4 };
      if (best) hits.push(best);
    }
    const names = new Map(this.docs.map((d) => [d.id, d.name]));
    hits.sort((a, b) => a.rank - b.rank || names.get(a.id)!.localeCompare(names.get(b.id)!));
    return hits.slice(0, limit);
  }
}
