/**
 * Builds the trie an Automaton is made from (lib/match/automaton.ts), and its
 * failure links. This runs where patterns are compiled (at build time, in the
 * options page, in tests and scripts), not in the content script, which gets
 * both stored.
 */
import { Automaton, outputsAt, type AutomatonData, type Trie } from './automaton';

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

/**
 * The trie's failure links, output links and pattern lengths: one pass in
 * node order, which is breadth first, so a node's failure link and every
 * edge it is found by (those of shallower nodes) come before the node.
 */
export function automatonData(trie: Trie): AutomatonData {
  const edgeStart = Int32Array.from(trie.edgeStart);
  const edgeClass = Uint16Array.from(trie.edgeClass);
  const count = edgeStart.length - 1;
  const fail = new Int32Array(count);
  const depth = new Int32Array(count);
  /** The node reached from `node` on class `k` without failing, or -1. */
  const step = (node: number, k: number): number => {
    for (let e = edgeStart[node]!, stop = edgeStart[node + 1]!; e < stop; e++) if (edgeClass[e] === k) return e + 1;
    return -1;
  };
  for (let node = 0; node < count; node++) {
    for (let e = edgeStart[node]!, stop = edgeStart[node + 1]!; e < stop; e++) {
      const target = e + 1;
      depth[target] = depth[node]! + 1;
      if (node === 0) continue;
      const k = edgeClass[e]!;
      let f = fail[node]!;
      let next = step(f, k);
      while (next < 0 && f !== 0) {
        f = fail[f]!;
        next = step(f, k);
      }
      fail[target] = Math.max(next, 0);
    }
  }
  return {
    units: Uint16Array.from(trie.units),
    edgeStart,
    edgeClass,
    fail,
    ...outputLinks(fail, trie.ends),
    lengths: Int32Array.from(trie.ends, (end) => depth[end]!),
  };
}

/**
 * The output and dictionary links of a trie's nodes, from their failure
 * links and where each pattern ends: one pass in node order (breadth first,
 * so a node's failure target, which is shallower, is done before it).
 */
function outputLinks(fail: Int32Array, ends: ArrayLike<number>): { output: Int32Array; dictLink: Int32Array } {
  const count = fail.length;
  const output = outputsAt(count, ends);
  const dictLink = new Int32Array(count).fill(-1);
  for (let node = 1; node < count; node++) {
    const f = fail[node]!;
    // The root has no output: a node whose failure link is the root has no dictionary link either.
    dictLink[node] = output[f]! >= 0 ? f : dictLink[f]!;
  }
  return { output, dictLink };
}

/** The automaton of `patterns`, built on the spot. */
export function buildAutomaton(patterns: readonly string[]): Automaton {
  return new Automaton(automatonData(buildTrie(patterns)));
}
