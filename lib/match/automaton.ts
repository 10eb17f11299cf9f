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
  /** Class of each ASCII unit; 0 when no pattern contains it. */
  asciiClass: Uint16Array;
  /** Root transitions by class (dense). */
  rootNext: Int32Array;
  /** Node n's edges are edgeStart[n] until edgeStart[n + 1], sorted by class. */
  edgeStart: Int32Array;
  edgeClass: Uint16Array;
  edgeTarget: Int32Array;
  fail: Int32Array;
  /** Pattern ending at a node, or -1. */
  output: Int32Array;
  /** Nearest node on the failure chain with an output, or -1. */
  dictLink: Int32Array;
}

/**
 * A trie over a list of patterns: all that needs storing to make their
 * automaton (lib/match/trie.ts builds it). Nodes are numbered breadth first,
 * each node's children in class order, so that edges need no targets.
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
 * Made from a trie, built at build time for the bundled packs or where packs
 * are imported, and stored: a frame only adds the failure links, one pass in
 * node order, instead of reading every pattern unit by unit (issue 16).
 */
export class Automaton {
  /** Pattern lengths, by pattern index. */
  readonly lengths: Int32Array;
  private readonly asciiClass = new Uint16Array(128);
  private readonly otherClass = new Map<number, number>();
  private readonly rootNext: Int32Array;
  private readonly edgeStart: Int32Array;
  private readonly edgeClass: Uint16Array;
  private readonly edgeTarget: Int32Array;
  private readonly fail: Int32Array;
  /** Pattern ending at this node, or -1. */
  private readonly output: Int32Array;
  /** Nearest node on the failure chain that has an output, or -1. */
  private readonly dictLink: Int32Array;

  constructor(trie: Trie) {
    const { units, edgeStart, edgeClass, ends } = trie;
    const count = edgeStart.length - 1;
    for (let i = 0; i < units.length; i++) {
      const unit = units[i]!;
      if (unit < 128) this.asciiClass[unit] = i + 1;
      else this.otherClass.set(unit, i + 1);
    }
    // A decoded trie's edge starts are an Int32Array already (lib/match/pattern-codec.ts): no copy then.
    this.edgeStart = edgeStart instanceof Int32Array ? edgeStart : Int32Array.from(edgeStart);
    this.edgeClass = Uint16Array.from(edgeClass);
    this.edgeTarget = new Int32Array(count - 1);
    this.rootNext = new Int32Array(units.length + 1);
    this.output = new Int32Array(count).fill(-1);
    // Two patterns with the same text end at the same node: the first one wins; callers deduplicate.
    for (let pattern = 0; pattern < ends.length; pattern++) {
      if (this.output[ends[pattern]!] === -1) this.output[ends[pattern]!] = pattern;
    }
    this.fail = new Int32Array(count);
    this.dictLink = new Int32Array(count).fill(-1);
    const depth = new Int32Array(count);

    // One pass in node order, which is breadth first: a node's failure link and everything step()
    // reads for it (the edges of shallower nodes) are set before it is reached. Children come in
    // class order, so edge e leads to node e + 1.
    for (let node = 0; node < count; node++) {
      for (let e = this.edgeStart[node]!, stop = this.edgeStart[node + 1]!; e < stop; e++) {
        const k = this.edgeClass[e]!;
        const target = e + 1;
        this.edgeTarget[e] = target;
        depth[target] = depth[node]! + 1;
        if (node === 0) {
          this.rootNext[k] = target;
          continue;
        }
        let f = this.fail[node]!;
        let next = this.step(f, k);
        while (next < 0) {
          f = this.fail[f]!;
          next = this.step(f, k);
        }
        this.fail[target] = next;
        this.dictLink[target] = this.output[next]! >= 0 ? next : this.dictLink[next]!;
      }
    }
    this.lengths = Int32Array.from(ends, (end) => depth[end]!);
  }

  get tables(): AutomatonTables {
    const { asciiClass, rootNext, edgeStart, edgeClass, edgeTarget, fail, output, dictLink } = this;
    return { asciiClass, rootNext, edgeStart, edgeClass, edgeTarget, fail, output, dictLink };
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
      if (ek === k) return this.edgeTarget[e]!;
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
