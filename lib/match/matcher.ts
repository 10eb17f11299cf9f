/**
 * The compiled matcher: every alias, alias part, context term and exclusion
 * of every entity in one automaton (DESIGN.md §2.1).
 *
 * Scanning a block yields *candidates*: occurrences that pass the rules that
 * depend only on the block (word boundaries, letter case, language, gaps).
 * Rules that depend on the page or on settings (context terms in the block or
 * on the page, full names found for short forms, the tracked set) and overlap
 * resolution are applied by `resolveMentions`, so that a change of settings
 * or of page context never needs the text to be scanned again.
 *
 * Terms are numbered in one space: context terms first, then one *entity
 * term* per entity, which a block "has" when a full alias of the entity
 * counts there. A short form needs its entity's term in its block or on the
 * page, as an alias with context needs one of its context terms.
 */
import type { AliasEntity } from '../pack/alias-index';
import { createNormalizedText, expand, isCombiningMark, isDropped, isSpace, isSpacelessUnit, normalizeInto, type NormalizedText } from '../text/normalize';
import { langMatches, scriptLanguage } from './alias-rules';
import { Automaton, type AutomatonTables } from './automaton';
import { compilePatterns, withAutomaton, type CompiledPatterns, type PatternSpec } from './pattern-table';
import { isWordUnit } from './word-boundary';

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

/** The language of a block: a tag, '' when unknown, or a function that finds it when first needed. */
export type BlockLanguage = string | (() => string);

export type TermTest = (term: number) => boolean;

const SPACE = 0x20;
const HYPHEN = 0x2d;
const MIDDLE_DOT = 0xb7;
/** At most this many words, or Han characters, may fill a gap in an alias. */
const MAX_GAP_WORDS = 2;
const MAX_GAP_HAN = 2;
const NOTHING: TermTest = () => false;
/** In Matcher.asciiStep: a unit normalizeInto reads as a space, which waits to see what comes next. */
const PENDING_SPACE = -1;
/**
 * Text that takes every path of mayMatch's loop, read when a matcher is made. V8 optimises
 * the loop once it is hot, with the type feedback it has by then; a comparison no character has
 * reached yet (the first accented letter of a French page) then throws the optimised code away,
 * and the loop runs unoptimised until it is compiled again, in the background: in one trace on
 * the 2-core machine that took 105 ms, for a scan of 45 (issue 16). One string stored a byte a
 * unit and one stored two, as pages' text nodes come in both; the second's punctuation (« ’ » — ・)
 * comes after the letters that make V8 start keeping feedback for `expand`, whose first sight of a
 * code point takes a path of its own (see WARM_UP_ROUNDS). Neither holds an alias of the
 * bundled packs before its last unit (the second ends on a combining mark, which ends the loop);
 * with imported packs one may stop sooner, which only warms less.
 */
export const MAY_MATCH_WARM_UP = [
  'Ab c\t"d" \'e\' `f` 1, 2; (g)\n',
  'Ab c\t"d" \'e\' `f` 1, 2; \u00c9\u00ad \u00e9\u00a0\u00fc \u00df \u4e2d\u6587 \u304b\u306a \ud55c \uff21\uff22 \ud835\udc00 \u00abh\u2019i\u00bb j\u2014k \u5f7c\u30fb\u5f97 \u4e2d \u6587 x\u0301',
];
/**
 * V8 gives a function a place to keep type feedback only after its first calls (eight, by its
 * default): read once, the text above taught nothing. The rounds cost about 1,000 units of reading.
 */
const WARM_UP_ROUNDS = 8;

export class Matcher {
  /** The pattern with this index (patterns are numbered in the table, hits and candidates name them so). */
  readonly pattern: (index: number) => PatternSpec;
  /** Context terms, by index; entity terms follow them (see entityTerm). */
  readonly terms: readonly string[];
  readonly entityIds: readonly string[];
  /** Whether any alias is a short form; when none is, full names need not be tracked. */
  readonly hasShortForms: boolean;
  private readonly automaton: Automaton;
  /** The patterns that share an automaton key (their folded text), by key. */
  private readonly patternsWithKey: (key: number) => readonly number[];
  private readonly buffer: NormalizedText = createNormalizedText();

  constructor(table: CompiledPatterns) {
    this.entityIds = table.entityIds;
    this.terms = table.terms;
    this.pattern = table.pattern;
    this.hasShortForms = table.hasShortForms;
    this.patternsWithKey = table.patternsWithKey;
    this.automaton = new Automaton(table.automaton);
    this.tables = this.automaton.tables;
    this.spaceClass = this.automaton.classOf(SPACE);
    for (let c = 0; c < 128; c++) {
      const spaceLike = c <= 0x27 ? c === SPACE || (c >= 0x09 && c <= 0x0d) || c === 0x22 || c === 0x27 : c === 0x60;
      this.asciiStep[c] = spaceLike ? PENDING_SPACE : this.automaton.classOf(c >= 0x41 && c <= 0x5a ? c + 32 : c);
    }
    for (let round = 0; round < WARM_UP_ROUNDS; round++) for (const text of MAY_MATCH_WARM_UP) this.mayMatch(text);
  }

  private readonly tables: AutomatonTables;
  private readonly spaceClass: number;
  /** For mayMatch: each ASCII unit's class once folded, or PENDING_SPACE for white space and quotes. */
  private readonly asciiStep = new Int32Array(128);

  /** How many terms there are: context terms, then one entity term per entity. */
  get termCount(): number {
    return this.terms.length + this.entityIds.length;
  }

  /** The term a block has when a full alias of entity `entity` (an index in entityIds) counts there. */
  entityTerm(entity: number): number {
    return this.terms.length + entity;
  }

  /**
   * Whether scanBlock can find anything in `text`: whether any pattern occurs
   * in its normalised, folded form, before word boundaries and letter case
   * are checked. Most blocks of most pages mention nothing; for them this
   * one loop over typed arrays, with calls only for non-ASCII characters,
   * replaces normalising into arrays and scanning with callbacks. A content
   * script starts every page with unoptimised code, where each call and
   * each store costs (DESIGN.md §5): the ASCII path stores nothing per
   * character but the automaton's node.
   *
   * It reads the text as normalizeInto does and runs the same automaton, so
   * it is false only when scanBlock would find nothing: white space and
   * quotes wait as one pending space until the next unit shows whether they
   * stay (not beside Han or kana). A combining mark after a letter may compose
   * with it, which would change the unit already stepped: there it answers
   * true and lets scanBlock decide (such text is rare; precomposed accents are
   * the norm).
   */
  mayMatch(text: string): boolean {
    const { rootNext, edgeStart, edgeClass, fail, output, dictLink } = this.tables;
    const { spaceClass, automaton, asciiStep } = this;
    let node = 0;
    /** A run of white space (or quotes) read but not yet stepped, and whether a spaceless unit is just before it. */
    let pending = false;
    let spacelessBefore = false;
    /** Source index just past the last spaceless unit stepped; -1: none yet (the whole loop on most pages). */
    let spacelessEnd = -1;
    for (let i = 0, len = text.length; i < len; i++) {
      const c = text.charCodeAt(i);
      if (c < 128) {
        const k = asciiStep[c]!;
        if (k === PENDING_SPACE) {
          if (!pending) {
            pending = true;
            spacelessBefore = spacelessEnd >= 0 && endsAt(text, i, spacelessEnd);
          }
          continue;
        }
        if (pending) {
          pending = false;
          // ASCII is never spaceless: the space counts unless the unit before it was.
          if (!spacelessBefore && spaceClass !== 0) {
            node = automaton.advance(node, spaceClass);
            if (output[node]! >= 0 || dictLink[node]! >= 0) return true;
          }
        }
        if (k === 0) {
          node = 0;
          continue;
        }
        // Aho–Corasick step, inlined: this runs for every character of every block, in code not yet optimised.
        for (;;) {
          let next = -1;
          if (node === 0) next = rootNext[k]!;
          else {
            for (let e = edgeStart[node]!, stop = edgeStart[node + 1]!; e < stop; e++) {
              if (edgeClass[e] === k) {
                next = e + 1;
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
        continue;
      }
      if (isDropped(c)) continue;
      if (isSpace(c)) {
        if (!pending) {
          pending = true;
          spacelessBefore = spacelessEnd >= 0 && endsAt(text, i, spacelessEnd);
        }
        continue;
      }
      if (!pending && i > 0 && isCombiningMark(c)) return true;
      let codePoint = c;
      let width = 1;
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < len) {
        const d = text.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) {
          codePoint = ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
          width = 2;
        }
      }
      const e = expand(codePoint);
      for (let u = 0; u < e.raw.length; u++) {
        if (e.raw.charCodeAt(u) === SPACE) {
          if (!pending) {
            pending = true;
            spacelessBefore = spacelessEnd >= 0 && endsAt(text, i, spacelessEnd);
          }
          continue;
        }
        const unit = e.folded.charCodeAt(u);
        const spaceless = isSpacelessUnit(unit);
        if (pending) {
          pending = false;
          // As normalizeInto: the space stays unless a spaceless unit is on either side of it.
          if (!spaceless && !spacelessBefore && spaceClass !== 0) {
            node = automaton.advance(node, spaceClass);
            if (output[node]! >= 0 || dictLink[node]! >= 0) return true;
          }
        }
        const k = automaton.classOf(unit);
        node = k === 0 ? 0 : automaton.advance(node, k);
        if (output[node]! >= 0 || dictLink[node]! >= 0) return true;
        spacelessEnd = spaceless && u === e.raw.length - 1 ? i + width : -1;
      }
      i += width - 1;
    }
    return false;
  }

  /**
   * Finds candidates and context terms in one block of text. `lang` is the
   * block's language (its nearest `lang` attribute); it is read only when a
   * candidate's alias is limited to some languages, and when it is unknown the
   * text's script decides.
   */
  scanBlock(text: string, lang: BlockLanguage = ''): BlockScan {
    if (!this.mayMatch(text)) return { candidates: [], terms: null };
    const norm = normalizeInto(text, this.buffer);
    const { raw, folded, start, end, length } = norm;
    let candidates: Candidate[] | null = null;
    let terms: number[] | null = null;
    /** Segment hits, as triples (pattern, start, end) in normalised offsets. */
    let segments: number[] | null = null;
    let blockLang: string | null = null;
    let shouting: boolean | null = null;
    const langOk = (spec: PatternSpec): boolean => {
      if (spec.lang === null) return true;
      if (blockLang === null) {
        const declared = typeof lang === 'function' ? lang() : lang;
        blockLang = declared === '' ? scriptLanguage(text) : declared;
      }
      return langMatches(spec.lang, blockLang);
    };
    this.automaton.scan(folded, length, (slot, stemEnd) => {
      const hitStart = stemEnd - this.automaton.lengths[slot]!;
      for (const p of this.patternsWithKey(slot)) {
        const spec = this.pattern(p);
        if (spec.boundaryStart && hitStart > 0 && isWordUnit(folded[hitStart - 1]!)) continue;
        if (spec.boundaryEnd && stemEnd < length && isWordUnit(folded[stemEnd]!)) continue;
        if (spec.case === 'exact') {
          if (!sameUnits(raw, hitStart, spec.text)) continue;
          // In a block written all in capitals ("MPS DEMAND ANSWERS"), an acronym's case proves nothing.
          if (spec.kind === 'alias' && isAcronym(spec.text) && (shouting ??= isShouting(raw, length))) continue;
        }
        const hitEnd = spec.open ? wordEnd(folded, stemEnd, length) : stemEnd;
        if (spec.case === 'proper' && !hasCapital(raw, folded, hitStart, hitEnd, spec.text)) continue;
        if (spec.kind === 'context') {
          terms ??= [];
          if (!terms.includes(spec.term)) terms.push(spec.term);
        } else if (spec.kind === 'segment') {
          (segments ??= []).push(p, hitStart, hitEnd);
        } else if (spec.kind === 'exclude' || langOk(spec)) {
          (candidates ??= []).push({ pattern: p, start: start[hitStart]!, end: end[hitEnd - 1]! });
        }
      }
    });
    if (segments !== null) {
      for (const found of this.joinSegments(segments, norm)) {
        if (langOk(this.pattern(found.pattern))) (candidates ??= []).push(found);
      }
    }
    return { candidates: candidates ?? [], terms };
  }

  /**
   * Joins segment hits into matches of their aliases: each next segment must
   * start after the previous one ends, with at most a short gap of words (or
   * Han characters) and no punctuation between them.
   */
  private joinSegments(hits: readonly number[], norm: NormalizedText): Candidate[] {
    const out: Candidate[] = [];
    for (let h = 0; h < hits.length; h += 3) {
      const first = this.pattern(hits[h]!);
      const alias = this.pattern(first.excludes);
      const parts = alias.segments!;
      if (parts[0] !== hits[h]) continue;
      let end = hits[h + 2]!;
      let capital = alias.case !== 'proper' || hasCapital(norm.raw, norm.folded, hits[h + 1]!, end, '');
      let k = 1;
      for (; k < parts.length; k++) {
        let best = -1;
        for (let j = 0; j < hits.length; j += 3) {
          if (hits[j] !== parts[k] || hits[j + 1]! < end) continue;
          if ((best < 0 || hits[j + 1]! < hits[best + 1]!) && gapFits(norm.folded, end, hits[j + 1]!)) best = j;
        }
        if (best < 0) break;
        capital ||= hasCapital(norm.raw, norm.folded, hits[best + 1]!, hits[best + 2]!, '');
        end = hits[best + 2]!;
      }
      if (k === parts.length && capital) out.push({ pattern: first.excludes, start: norm.start[hits[h + 1]!]!, end: norm.end[end - 1]! });
    }
    return out;
  }

  /**
   * Whether an alias candidate counts, given the tracked set, the terms on the
   * page and the terms in its own block (entity terms included).
   */
  private counts(spec: PatternSpec, isTracked: (entityId: string) => boolean, pageHas: TermTest, blockHas: TermTest): boolean {
    if (!isTracked(spec.entityId)) return false;
    if (spec.short !== null) {
      const t = this.entityTerm(spec.entity);
      if (!(spec.short === 'block' ? blockHas(t) : pageHas(t))) return false;
    }
    const { context, unless } = spec;
    if (context !== null && !context.every((c) => c.block.some(blockHas) || c.page.some(pageHas))) return false;
    if (unless !== null && (unless.block.some(blockHas) || unless.page.some(pageHas))) return false;
    return true;
  }

  /**
   * Turns a block's candidates into mentions: drops aliases of untracked
   * entities and aliases whose rules fail (context, short forms), then keeps
   * the longest of overlapping matches (the earliest on a tie). An exclusion
   * that wins removes the alias inside it and is not itself a mention.
   *
   * `blockHas` tells the terms of the candidates' own block, entity terms
   * included (see foundEntities); without it, rules scoped to the block fail.
   */
  resolveMentions(
    candidates: readonly Candidate[],
    isTracked: (entityId: string) => boolean,
    pageHas: TermTest,
    blockHas: TermTest = NOTHING,
  ): Mention[] {
    return this.resolve(candidates, isTracked, pageHas, blockHas, true).map((c) => {
      const spec = this.pattern(c.pattern);
      return { entityId: spec.entityId, start: c.start, end: c.end };
    });
  }

  /**
   * The entity terms of the full (not short) aliases that count among these
   * candidates, overlaps resolved without the short forms: what makes a short
   * form count in the same block or on the page. Short forms never decide it,
   * so one pass settles it.
   */
  foundEntities(
    candidates: readonly Candidate[],
    isTracked: (entityId: string) => boolean,
    pageHas: TermTest,
    blockHas: TermTest = NOTHING,
  ): number[] {
    const found: number[] = [];
    for (const c of this.resolve(candidates, isTracked, pageHas, blockHas, false)) {
      const t = this.entityTerm(this.pattern(c.pattern).entity);
      if (!found.includes(t)) found.push(t);
    }
    return found;
  }

  private resolve(
    candidates: readonly Candidate[],
    isTracked: (entityId: string) => boolean,
    pageHas: TermTest,
    blockHas: TermTest,
    withShort: boolean,
  ): Candidate[] {
    if (candidates.length === 0) return [];
    const live = candidates.filter((c) => {
      const spec = this.pattern(c.pattern);
      const alias = spec.kind === 'exclude' ? this.pattern(spec.excludes) : spec;
      if (!withShort && alias.short !== null) return false;
      return this.counts(alias, isTracked, pageHas, blockHas);
    });
    // Longest first, then earliest; an exclusion beats an alias of the very same span.
    const excluding = (c: Candidate) => (this.pattern(c.pattern).kind === 'exclude' ? 0 : 1);
    live.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start || excluding(a) - excluding(b));
    const kept: Candidate[] = [];
    for (const c of live) {
      if (kept.every((k) => c.end <= k.start || c.start >= k.end)) kept.push(c);
    }
    return kept.filter((c) => this.pattern(c.pattern).kind === 'alias').sort((a, b) => a.start - b.start);
  }
}

/** An alias written in capitals only, as acronyms are: "MPS", "VOA", "PCCh" is not one. */
function isAcronym(text: string): boolean {
  return /^[A-Z0-9]+$/.test(text) && /[A-Z]/.test(text);
}

/** Whether a block is written in capitals: Latin letters enough to tell, and none in lower case. */
function isShouting(raw: Uint16Array, length: number): boolean {
  let upper = 0;
  for (let i = 0; i < length; i++) {
    const c = raw[i]!;
    if (c >= 0x61 && c <= 0x7a) return false;
    if (c >= 0x41 && c <= 0x5a) upper++;
  }
  return upper >= 12;
}

/** Where the word that goes on from `from` ends. */
function wordEnd(folded: Uint16Array, from: number, length: number): number {
  let end = from;
  while (end < length && isWordUnit(folded[end]!)) end++;
  return end;
}

/**
 * Whether the last unit read before `runStart` (dropped characters skipped) is the one whose source
 * ends at `unitEnd`: for a run of white space, whether a spaceless unit is just before it.
 */
function endsAt(text: string, runStart: number, unitEnd: number): boolean {
  let j = runStart;
  while (j > unitEnd && isDropped(text.charCodeAt(j - 1))) j--;
  return j === unitEnd;
}

/** Whether units `from..to` of a gap are at most a few words (or Han characters), with no punctuation. */
function gapFits(folded: Uint16Array, from: number, to: number): boolean {
  let words = 0;
  let han = 0;
  let inWord = false;
  for (let i = from; i < to; i++) {
    const u = folded[i]!;
    if (u === SPACE) {
      inWord = false;
    } else if (isSpacelessUnit(u)) {
      // CJK punctuation (、，。「」…) ends a phrase; ideographs may fill the gap.
      if (u >= 0x3000 && u <= 0x303f) return false;
      han++;
      inWord = false;
    } else if (isWordUnit(u) || u === HYPHEN || u === MIDDLE_DOT) {
      if (!inWord) words++;
      inWord = true;
    } else {
      return false;
    }
  }
  return words <= MAX_GAP_WORDS && han <= MAX_GAP_HAN;
}

function sameUnits(units: Uint16Array, from: number, text: string): boolean {
  for (let i = 0; i < text.length; i++) if (units[from + i] !== text.charCodeAt(i)) return false;
  return true;
}

/**
 * Whether a match of a `proper` alias is written with a capital: any unit whose folded form differs.
 * An alias with no cased letter at all (Han, digits) always passes.
 */
function hasCapital(raw: Uint16Array, folded: Uint16Array, from: number, to: number, aliasText: string): boolean {
  for (let i = from; i < to; i++) if (raw[i] !== folded[i]) return true;
  return aliasText !== '' && aliasText.toLowerCase() === aliasText.toUpperCase();
}

/**
 * A matcher for `entities`, their patterns compiled on the spot: for tests and scripts. Extension
 * pages get tables compiled ahead (the bundled packs at build time, imported ones at import).
 */
export function matcherFor(entities: readonly AliasEntity[]): Matcher {
  return new Matcher(withAutomaton(compilePatterns(entities)));
}
