import { withAutomaton, type CompiledPatterns, type PatternTable } from '../../lib/match/pattern-table';

/** A compiled table as plain data: its patterns all made, its automaton in plain arrays (typed ones differ by kind). */
export function comparable({ pattern, patternCount, patternsWithKey, automaton, ...compiled }: CompiledPatterns) {
  const keyCount = automaton.lengths.length;
  return {
    ...compiled,
    patterns: Array.from({ length: patternCount }, (_, i) => pattern(i)),
    byText: Array.from({ length: keyCount }, (_, key) => [...patternsWithKey(key)]),
    automaton: Object.fromEntries(Object.entries(automaton).map(([name, numbers]) => [name, Array.from(numbers as ArrayLike<number>)])),
  };
}

/** What a Matcher should be made from for `table`, comparable with a decoded one. */
export function compiledFrom(table: PatternTable) {
  return comparable(withAutomaton(table));
}
