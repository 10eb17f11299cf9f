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

/** Classes are code-unit classes, fewer than 2^16: a trie key is node × CLASS_SPAN + class. */
const CLASS_SPAN = 0x10000;

/** Sorts edges [from, to) by class, in place; nodes have few edges. */
function sortEdges(classes: Uint16Array, targets: Int32Array, from: number, to: number): void {
  for (let i = from + 1; i < to; i++) {
    const k = classes[i]!;
    const t = targets[i]!;
    let j = i - 1;
    while (j >= from && classes[j]! > k) {
      classes[j + 1] = classes[j]!;
      targets[j + 1] = targets[j]!;
      j--;
    }
    classes[j + 1] = k;
    targets[j + 1] = t;
  }
}

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

  constructor(patterns: readonly string[]) {
    this.lengths = Int32Array.from(patterns, (p) => p.length);
    let classes = 1;
    const classOf = (c: number): number => {
      if (c < 128) {
        if (this.asciiClass[c] === 0) this.asciiClass[c] = classes++;
        return this.asciiClass[c]!;
      }
      let k = this.otherClass.get(c);
      if (k === undefined) this.otherClass.set(c, (k = classes++));
      return k;
    };

    // Build the trie in one map keyed by (node, class), flattened below: one map, not one per node,
    // so building a few thousand patterns leaves little garbage for the page's first collections.
    const trie = new Map<number, number>();
    const parentOf: number[] = [-1];
    const output: number[] = [-1];
    let count = 1;
    patterns.forEach((pattern, index) => {
      if (pattern.length === 0) throw new Error(`pattern ${index} is empty`);
      let node = 0;
      for (let i = 0; i < pattern.length; i++) {
        const k = classOf(pattern.charCodeAt(i));
        const key = node * CLASS_SPAN + k;
        let next = trie.get(key);
        if (next === undefined) {
          next = count++;
          trie.set(key, next);
          parentOf.push(node);
          output.push(-1);
        }
        node = next;
      }
      // Two patterns with the same folded text: the first one wins; callers deduplicate.
      if (output[node] === -1) output[node] = index;
    });

    this.output = Int32Array.from(output);
    this.fail = new Int32Array(count);
    this.dictLink = new Int32Array(count).fill(-1);
    this.rootNext = new Int32Array(classes).fill(0);

    // Edges in CSR form, each node's sorted by class.
    this.edgeStart = new Int32Array(count + 1);
    for (let n = 1; n < count; n++) this.edgeStart[parentOf[n]! + 1]!++;
    for (let n = 0; n < count; n++) this.edgeStart[n + 1]! += this.edgeStart[n]!;
    const edges = count - 1;
    this.edgeClass = new Uint16Array(edges);
    this.edgeTarget = new Int32Array(edges);
    const filled = new Int32Array(count);
    for (const [key, target] of trie) {
      const node = Math.floor(key / CLASS_SPAN);
      const k = key - node * CLASS_SPAN;
      const at = this.edgeStart[node]! + filled[node]!++;
      this.edgeClass[at] = k;
      this.edgeTarget[at] = target;
      if (node === 0) this.rootNext[k] = target;
    }
    for (let n = 0; n < count; n++) sortEdges(this.edgeClass, this.edgeTarget, this.edgeStart[n]!, this.edgeStart[n + 1]!);

    // Breadth-first failure links.
    const queue: number[] = [];
    for (let e = this.edgeStart[0]!; e < this.edgeStart[1]!; e++) queue.push(this.edgeTarget[e]!);
    for (let head = 0; head < queue.length; head++) {
      const node = queue[head]!;
      for (let e = this.edgeStart[node]!, stop = this.edgeStart[node + 1]!; e < stop; e++) {
        const k = this.edgeClass[e]!;
        const target = this.edgeTarget[e]!;
        let f = this.fail[node]!;
        let next = this.step(f, k);
        while (next < 0) {
          f = this.fail[f]!;
          next = this.step(f, k);
        }
        this.fail[target] = next === target ? 0 : next;
        const ft = this.fail[target]!;
        this.dictLink[target] = this.output[ft]! >= 0 ? ft : this.dictLink[ft]!;
        queue.push(target);
      }
    }
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
