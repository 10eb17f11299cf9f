import { withTrie, type CompiledPatterns, type PatternTable } from '../../lib/match/pattern-table';

/** A compiled table as plain data: its patterns all made, its trie in plain arrays (typed ones differ by kind). */
export function comparable({ pattern, patternCount, trie, ...compiled }: CompiledPatterns) {
  const { units, edgeStart, edgeClass, ends } = trie;
  return {
    ...compiled,
    patterns: Array.from({ length: patternCount }, (_, i) => pattern(i)),
    trie: { units: Array.from(units), edgeStart: Array.from(edgeStart), edgeClass: Array.from(edgeClass), ends: Array.from(ends) },
  };
}

/** What a Matcher should be made from for `table`, comparable with a decoded one. */
export function compiledFrom(table: PatternTable) {
  return comparable(withTrie(table));
}
