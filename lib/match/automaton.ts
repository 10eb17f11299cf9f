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
    const n = patterns.length;
    this.lengths = Int32Array.from(patterns, (p) => p.length);

    // Classes numbered in code-unit order, so that a node's children, made in sorted pattern order
    // below, come out sorted by class with nothing to sort.
    const units: number[] = [];
    let total = 0;
    for (let index = 0; index < n; index++) {
      const pattern = patterns[index]!;
      if (pattern.length === 0) throw new Error(`pattern ${index} is empty`);
      total += pattern.length;
      for (let i = 0; i < pattern.length; i++) {
        const c = pattern.charCodeAt(i);
        if (c < 128) {
          if (this.asciiClass[c] === 0) {
            this.asciiClass[c] = 1;
            units.push(c);
          }
        } else if (!this.otherClass.has(c)) {
          this.otherClass.set(c, 0);
          units.push(c);
        }
      }
    }
    units.sort((a, b) => a - b);
    const classes = units.length + 1;
    units.forEach((c, i) => {
      if (c < 128) this.asciiClass[c] = i + 1;
      else this.otherClass.set(c, i + 1);
    });

    // The trie, from the patterns in sorted order: each shares its prefix with the one before, and
    // only its remaining units make nodes. No map of edges, and little garbage, however many
    // patterns a pack has (the matcher is built in every frame at page load).
    const order = Array.from(patterns.keys()).sort((a, b) => (patterns[a]! < patterns[b]! ? -1 : patterns[a]! > patterns[b]! ? 1 : a - b));
    const parentOf = new Int32Array(total + 1);
    const classAt = new Uint16Array(total + 1);
    const output = new Int32Array(total + 1).fill(-1);
    let longest = 0;
    for (const length of this.lengths) longest = Math.max(longest, length);
    const path = new Int32Array(longest + 1);
    let count = 1;
    let previous = '';
    for (const index of order) {
      const pattern = patterns[index]!;
      let shared = 0;
      const most = Math.min(pattern.length, previous.length);
      while (shared < most && pattern.charCodeAt(shared) === previous.charCodeAt(shared)) shared++;
      for (let d = shared; d < pattern.length; d++) {
        parentOf[count] = path[d]!;
        classAt[count] = this.classOf(pattern.charCodeAt(d));
        path[d + 1] = count++;
      }
      // Two patterns with the same text: the first one wins (the sort keeps them in index order).
      const end = path[pattern.length]!;
      if (output[end] === -1) output[end] = index;
      previous = pattern;
    }

    this.output = output.slice(0, count);
    this.fail = new Int32Array(count);
    this.dictLink = new Int32Array(count).fill(-1);
    this.rootNext = new Int32Array(classes);

    // Edges in CSR form. Nodes were made in sorted order, so each node's edges are sorted by class.
    this.edgeStart = new Int32Array(count + 1);
    for (let node = 1; node < count; node++) this.edgeStart[parentOf[node]! + 1]!++;
    for (let node = 0; node < count; node++) this.edgeStart[node + 1]! += this.edgeStart[node]!;
    this.edgeClass = new Uint16Array(count - 1);
    this.edgeTarget = new Int32Array(count - 1);
    const filled = this.edgeStart.slice(0, count);
    for (let node = 1; node < count; node++) {
      const parent = parentOf[node]!;
      const at = filled[parent]!++;
      this.edgeClass[at] = classAt[node]!;
      this.edgeTarget[at] = node;
      if (parent === 0) this.rootNext[classAt[node]!] = node;
    }

    // Breadth-first failure links.
    const queue = new Int32Array(count);
    let tail = 0;
    for (let e = this.edgeStart[0]!; e < this.edgeStart[1]!; e++) queue[tail++] = this.edgeTarget[e]!;
    for (let head = 0; head < tail; head++) {
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
        queue[tail++] = target;
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
