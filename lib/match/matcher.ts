/**
 * The compiled matcher: every alias, context term and exclusion of every
 * entity in one automaton (DESIGN.md §2.1).
 *
 * Scanning a block yields *candidates*: occurrences that pass the rules that
 * depend only on the block (word boundaries, letter case). Rules that depend
 * on the page or on settings (context terms, the tracked set) and overlap
 * resolution are applied by `resolveMentions`, so that a change of settings
 * or of page context never needs the text to be scanned again.
 */
import type { AliasEntity } from '../pack/alias-index';
import { createNormalizedText, expand, isDropped, isSpace, normalize, normalizeInto, type NormalizedText } from '../text/normalize';
import { Automaton, type AutomatonTables } from './automaton';
import { isWordUnit } from './word-boundary';

export type PatternKind = 'alias' | 'context' | 'exclude';

export interface PatternSpec {
  kind: PatternKind;
  /** Normalised text, case preserved. */
  text: string;
  caseSensitive: boolean;
  /** The entity an alias or exclusion belongs to; '' for context terms. */
  entityId: string;
  /** For aliases: indexes of the context terms of which at least one must occur on the page. */
  context: readonly number[] | null;
  /** For exclusions: the alias pattern they exclude. */
  excludes: number;
  /** For context terms: the term's index. */
  term: number;
  boundaryStart: boolean;
  boundaryEnd: boolean;
}

/** An alias or exclusion found in a block, in original-text offsets. */
export interface Candidate {
  pattern: number;
  start: number;
  end: number;
}

export interface BlockScan {
  candidates: Candidate[];
  /** Context terms found in the block, or null when none. */
  terms: number[] | null;
}

export interface Mention {
  entityId: string;
  /** Offsets in the original block text. */
  start: number;
  end: number;
}

const SPACE = 0x20;

function needsBoundary(code: number): boolean {
  return isWordUnit(code);
}

export class Matcher {
  readonly patterns: PatternSpec[] = [];
  readonly terms: string[] = [];
  readonly entityIds: readonly string[];
  private readonly automaton: Automaton;
  /** Automaton pattern index → the specs sharing that folded text. */
  private readonly byText: number[][] = [];
  private readonly buffer: NormalizedText = createNormalizedText();

  constructor(entities: readonly AliasEntity[]) {
    this.entityIds = entities.map((e) => e.id);
    const termIndex = new Map<string, number>();
    const texts = new Map<string, number>();
    const add = (spec: Omit<PatternSpec, 'boundaryStart' | 'boundaryEnd' | 'text'>, source: string): number => {
      const text = normalize(source);
      const folded = normalize(source, true);
      if (text === '') return -1;
      const index = this.patterns.length;
      this.patterns.push({
        ...spec,
        text,
        boundaryStart: needsBoundary(folded.charCodeAt(0)),
        boundaryEnd: needsBoundary(folded.charCodeAt(folded.length - 1)),
      });
      let slot = texts.get(folded);
      if (slot === undefined) {
        slot = this.byText.length;
        texts.set(folded, slot);
        this.byText.push([]);
      }
      this.byText[slot]!.push(index);
      return index;
    };
    const term = (source: string): number => {
      const key = normalize(source, true);
      let t = termIndex.get(key);
      if (t === undefined) {
        t = this.terms.length;
        this.terms.push(source);
        termIndex.set(key, t);
        add({ kind: 'context', caseSensitive: false, entityId: '', context: null, excludes: -1, term: t }, source);
      }
      return t;
    };

    for (const entity of entities) {
      for (const alias of entity.aliases) {
        const context = alias.context ? alias.context.map(term) : null;
        const aliasIndex = add(
          { kind: 'alias', caseSensitive: alias.caseSensitive === true, entityId: entity.id, context, excludes: -1, term: -1 },
          alias.text,
        );
        for (const phrase of alias.exclude ?? []) {
          add(
            { kind: 'exclude', caseSensitive: false, entityId: entity.id, context: null, excludes: aliasIndex, term: -1 },
            phrase,
          );
        }
      }
    }
    const keys = [...texts.keys()];
    this.automaton = new Automaton(keys);
    this.tables = this.automaton.tables;
    this.spaceClass = this.automaton.classOf(SPACE);
  }

  private readonly tables: AutomatonTables;
  private readonly spaceClass: number;

  /**
   * Whether scanBlock can find anything in `text`: whether any pattern occurs
   * in its normalised, folded form, before word boundaries and letter case
   * are checked. Most blocks of most pages mention nothing; for them this
   * one loop over typed arrays, with calls only for non-ASCII characters,
   * replaces normalising into arrays and scanning with callbacks. A content
   * script starts every page with unoptimised code, where each call and
   * each store costs (DESIGN.md §5).
   *
   * It reads the text exactly as normalizeInto does and runs the same
   * automaton, so it is false only when scanBlock would find nothing.
   */
  mayMatch(text: string): boolean {
    const { asciiClass, rootNext, edgeStart, edgeClass, edgeTarget, fail, output, dictLink } = this.tables;
    const { spaceClass, automaton } = this;
    let node = 0;
    let afterSpace = false;
    for (let i = 0, len = text.length; i < len; i++) {
      const c = text.charCodeAt(i);
      if (c >= 128) {
        // As normalizeInto reads it: dropped, white space, or an NFKC expansion of one or more units.
        if (isDropped(c)) continue;
        let codePoint = c;
        if (c >= 0xd800 && c <= 0xdbff && i + 1 < len) {
          const d = text.charCodeAt(i + 1);
          if (d >= 0xdc00 && d <= 0xdfff) {
            codePoint = ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
            i++;
          }
        }
        const e = isSpace(c) ? null : expand(codePoint);
        const units = e ? e.raw.length : 1;
        for (let u = 0; u < units; u++) {
          let k: number;
          if (!e || e.raw.charCodeAt(u) === SPACE) {
            if (afterSpace) continue;
            afterSpace = true;
            k = spaceClass;
          } else {
            afterSpace = false;
            k = automaton.classOf(e.folded.charCodeAt(u));
          }
          node = k === 0 ? 0 : automaton.advance(node, k);
          if (output[node]! >= 0 || dictLink[node]! >= 0) return true;
        }
        continue;
      }
      let k: number;
      if (c === SPACE || (c >= 0x09 && c <= 0x0d)) {
        if (afterSpace) continue;
        afterSpace = true;
        k = spaceClass;
      } else {
        afterSpace = false;
        k = asciiClass[c >= 0x41 && c <= 0x5a ? c + 32 : c]!;
      }
      if (k === 0) {
        node = 0;
        continue;
      }
      // Aho–Corasick step, inlined: the root's transitions are dense, other nodes' few.
      for (;;) {
        let next = -1;
        if (node === 0) next = rootNext[k]!;
        else {
          for (let e = edgeStart[node]!, stop = edgeStart[node + 1]!; e < stop; e++) {
            if (edgeClass[e] === k) {
              next = edgeTarget[e]!;
              break;
            }
          }
        }
        if (next >= 0) {
          node = next;
          break;
        }
        node = fail[node]!;
      }
      if (output[node]! >= 0 || dictLink[node]! >= 0) return true;
    }
    return false;
  }

  /** Finds candidates and context terms in one block of text. */
  scanBlock(text: string): BlockScan {
    if (!this.mayMatch(text)) return { candidates: [], terms: null };
    const norm = normalizeInto(text, this.buffer);
    const { raw, folded, start, end, length } = norm;
    let candidates: Candidate[] | null = null;
    let terms: number[] | null = null;
    this.automaton.scan(folded, length, (slot, hitEnd) => {
      const hitStart = hitEnd - this.automaton.lengths[slot]!;
      for (const p of this.byText[slot]!) {
        const spec = this.patterns[p]!;
        if (spec.boundaryStart && hitStart > 0 && isWordUnit(folded[hitStart - 1]!)) continue;
        if (spec.boundaryEnd && hitEnd < length && isWordUnit(folded[hitEnd]!)) continue;
        if (spec.caseSensitive && !sameUnits(raw, hitStart, spec.text)) continue;
        if (spec.kind === 'context') {
          terms ??= [];
          if (!terms.includes(spec.term)) terms.push(spec.term);
        } else {
          (candidates ??= []).push({ pattern: p, start: start[hitStart]!, end: end[hitEnd - 1]! });
        }
      }
    });
    return { candidates: candidates ?? [], terms };
  }

  /**
   * Turns a block's candidates into mentions: drops aliases of untracked
   * entities and aliases whose context is absent from the page, then keeps
   * the longest of overlapping matches (the earliest on a tie). An exclusion
   * that wins removes the alias inside it and is not itself a mention.
   */
  resolveMentions(
    candidates: readonly Candidate[],
    isTracked: (entityId: string) => boolean,
    pageHasTerm: (term: number) => boolean,
  ): Mention[] {
    if (candidates.length === 0) return [];
    const active = (p: number): boolean => {
      const spec = this.patterns[p]!;
      if (spec.kind === 'exclude') return active(spec.excludes);
      if (!isTracked(spec.entityId)) return false;
      return spec.context === null || spec.context.some(pageHasTerm);
    };
    const live = candidates.filter((c) => active(c.pattern));
    live.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
    const kept: Candidate[] = [];
    for (const c of live) {
      if (kept.every((k) => c.end <= k.start || c.start >= k.end)) kept.push(c);
    }
    const mentions: Mention[] = [];
    for (const c of kept) {
      const spec = this.patterns[c.pattern]!;
      if (spec.kind === 'alias') mentions.push({ entityId: spec.entityId, start: c.start, end: c.end });
    }
    return mentions.sort((a, b) => a.start - b.start);
  }
}

function sameUnits(units: Uint16Array, from: number, text: string): boolean {
  for (let i = 0; i < text.length; i++) if (units[from + i] !== text.charCodeAt(i)) return false;
  return true;
}
