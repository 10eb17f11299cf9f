/**
 * Aho–Corasick over UTF-16 code units: every pattern is found in one pass,
 * reading each code unit once, whatever the number of patterns.
 *
 * Layout is chosen for the content script's hot path, where almost every
 * character matches nothing: code units that occur in no pattern map to class
 * 0 and send the automaton straight back to the root, and the root's
 * transitions are a dense array. Other nodes keep their few edges in flat
 * sorted arrays (CSR), which stays small with a few thousand nodes.
 */

export interface AutomatonHit {
  pattern: number;
  /** Index just past the last code unit of the match. */
  end: number;
}

/** The automaton's tables, for a caller that inlines its own scan loop (Matcher.mayMatch). */
export interface AutomatonTables {
  /** Root transitions by class (dense). */
  rootNext: Int32Array;
  /** Node n's edges are edgeStart[n] until edgeStart[n + 1], sorted by class; edge e leads to node e + 1. */
  edgeStart: Int32Array;
  edgeClass: Uint16Array;
  fail: Int32Array;
  /** Pattern ending at a node, or -1. */
  output: Int32Array;
  /** Nearest node on the failure chain with an output, or -1. */
  dictLink: Int32Array;
}

/**
 * A trie over a list of patterns (lib/match/trie.ts builds it). Nodes are
 * numbered breadth first, each node's children in class order, so that edges
 * need no targets.
 */
export interface Trie {
  /** The code units the patterns use, ascending: unit i has class i + 1. */
  units: ArrayLike<number>;
  /** Node n's edges are edgeStart[n] until edgeStart[n + 1]; edge e leads to node e + 1. */
  edgeStart: ArrayLike<number>;
  /** Each edge's class. */
  edgeClass: ArrayLike<number>;
  /** The node where each pattern ends. */
  ends: ArrayLike<number>;
}

/**
 * Everything an Automaton is made of, failure links included: computed where
 * patterns are compiled (lib/match/trie.ts) and stored, so that a frame reads
 * typed arrays instead of following links node by node (issue 16).
 */
export interface AutomatonData {
  /** The code units the patterns use, ascending: unit i has class i + 1. */
  units: Uint16Array;
  /** As in Trie; edge e leads to node e + 1. */
  edgeStart: Int32Array;
  edgeClass: Uint16Array;
  /** Each node's failure link: the node of its longest proper suffix that is in the trie. */
  fail: Int32Array;
  /** The pattern ending at each node, or -1. */
  output: Int32Array;
  /** Each node's nearest node on its failure chain that has an output, or -1. */
  dictLink: Int32Array;
  /** Pattern lengths, by pattern index. */
  lengths: Int32Array;
}

/** The pattern that ends at each node, or -1: from where each pattern ends. */
export function outputsAt(count: number, ends: ArrayLike<number>): Int32Array {
  const output = new Int32Array(count).fill(-1);
  // Two patterns with the same text end at the same node: the first one wins; callers deduplicate.
  for (let pattern = 0; pattern < ends.length; pattern++) {
    if (output[ends[pattern]!] === -1) output[ends[pattern]!] = pattern;
  }
  return output;
}

/**
 * Made from stored data (lib/match/pattern-codec.ts) or from a trie built on
 * the spot (lib/match/trie.ts): the constructor only indexes the classes and
 * the root's edges.
 */
export class Automaton {
  /** Pattern lengths, by pattern index. */
  readonly lengths: Int32Array;
  private readonly asciiClass = new Uint16Array(128);
  private readonly otherClass = new Map<number, number>();
  private readonly rootNext: Int32Array;
  private readonly edgeStart: Int32Array;
  private readonly edgeClass: Uint16Array;
  private readonly fail: Int32Array;
  /** Pattern ending at this node, or -1. */
  private readonly output: Int32Array;
  /** Nearest node on the failure chain that has an output, or -1. */
  private readonly dictLink: Int32Array;

  constructor(data: AutomatonData) {
    const { units, edgeStart, edgeClass } = data;
    for (let i = 0; i < units.length; i++) {
      const unit = units[i]!;
      if (unit < 128) this.asciiClass[unit] = i + 1;
      else this.otherClass.set(unit, i + 1);
    }
    this.rootNext = new Int32Array(units.length + 1);
    for (let e = edgeStart[0]!, stop = edgeStart[1]!; e < stop; e++) this.rootNext[edgeClass[e]!] = e + 1;
    this.edgeStart = edgeStart;
    this.edgeClass = edgeClass;
    this.fail = data.fail;
    this.output = data.output;
    this.dictLink = data.dictLink;
    this.lengths = data.lengths;
  }

  get tables(): AutomatonTables {
    const { rootNext, edgeStart, edgeClass, fail, output, dictLink } = this;
    return { rootNext, edgeStart, edgeClass, fail, output, dictLink };
  }

  /** The class of a code unit; 0 when no pattern contains it. */
  classOf(unit: number): number {
    return unit < 128 ? this.asciiClass[unit]! : (this.otherClass.get(unit) ?? 0);
  }

  /** The node reached from `node` on class `k` (not 0), failure links followed. */
  advance(node: number, k: number): number {
    let next = this.step(node, k);
    while (next < 0) {
      node = this.fail[node]!;
      next = this.step(node, k);
    }
    return next;
  }

  /** Transition without failure; -1 when there is none (the root always has one). */
  private step(node: number, k: number): number {
    if (node === 0) return this.rootNext[k]!;
    const end = this.edgeStart[node + 1]!;
    for (let e = this.edgeStart[node]!; e < end; e++) {
      const ek = this.edgeClass[e]!;
      if (ek === k) return e + 1;
      if (ek > k) break;
    }
    return -1;
  }

  /** Calls `onHit` for every occurrence of every pattern in `units[0..length)`. */
  scan(units: Uint16Array, length: number, onHit: (pattern: number, end: number) => void): void {
    const { asciiClass, otherClass, output, dictLink, fail } = this;
    let node = 0;
    for (let i = 0; i < length; i++) {
      const c = units[i]!;
      const k = c < 128 ? asciiClass[c]! : (otherClass.get(c) ?? 0);
      if (k === 0) {
        node = 0;
        continue;
      }
      let next = this.step(node, k);
      while (next < 0) {
        node = fail[node]!;
        next = this.step(node, k);
      }
      node = next;
      if (node === 0) continue;
      if (output[node]! >= 0) onHit(output[node]!, i + 1);
      for (let d = dictLink[node]!; d >= 0; d = dictLink[d]!) onHit(output[d]!, i + 1);
    }
  }
}
