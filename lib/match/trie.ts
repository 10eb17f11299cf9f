/**
 * Builds the trie an Automaton is made from (lib/match/automaton.ts). This
 * runs where patterns are compiled (at build time, in the options page, in
 * tests and scripts), not in the content script, which gets the trie stored.
 */
import { Automaton, type Trie } from './automaton';

export function buildTrie(patterns: readonly string[]): Trie {
  // Classes numbered in code-unit order, so that children made in sorted pattern order come in class order.
  const seen = new Set<number>();
  patterns.forEach((pattern, index) => {
    if (pattern.length === 0) throw new Error(`pattern ${index} is empty`);
    for (let i = 0; i < pattern.length; i++) seen.add(pattern.charCodeAt(i));
  });
  const units = Uint16Array.from([...seen].sort((a, b) => a - b));
  const classOf = new Map(Array.from(units, (unit, i) => [unit, i + 1]));

  // Depth first, from the patterns in sorted order: each shares its prefix with the one before.
  const order = Array.from(patterns.keys()).sort((a, b) => (patterns[a]! < patterns[b]! ? -1 : patterns[a]! > patterns[b]! ? 1 : a - b));
  const parent: number[] = [-1];
  const classAt: number[] = [0];
  const endOf = new Array<number>(patterns.length);
  const path = [0];
  let previous = '';
  for (const index of order) {
    const pattern = patterns[index]!;
    let shared = 0;
    while (shared < pattern.length && shared < previous.length && pattern.charCodeAt(shared) === previous.charCodeAt(shared)) shared++;
    for (let d = shared; d < pattern.length; d++) {
      path[d + 1] = parent.push(path[d]!) - 1;
      classAt.push(classOf.get(pattern.charCodeAt(d))!);
    }
    endOf[index] = path[pattern.length]!;
    previous = pattern;
  }

  // Renumbered breadth first. Children were made in class order, and keep it.
  const children: number[][] = parent.map(() => []);
  for (let node = 1; node < parent.length; node++) children[parent[node]!]!.push(node);
  const queue = [0];
  const renumbered = new Array<number>(parent.length);
  const edgeStart = [0];
  const edgeClass: number[] = [];
  for (let head = 0; head < queue.length; head++) {
    const node = queue[head]!;
    renumbered[node] = head;
    for (const child of children[node]!) {
      queue.push(child);
      edgeClass.push(classAt[child]!);
    }
    edgeStart.push(edgeClass.length);
  }
  return { units, edgeStart: Uint32Array.from(edgeStart), edgeClass: Uint16Array.from(edgeClass), ends: Uint32Array.from(endOf, (n) => renumbered[n]!) };
}

/** The automaton of `patterns`, built on the spot. */
export function buildAutomaton(patterns: readonly string[]): Automaton {
  return new Automaton(buildTrie(patterns));
}
