/**
 * The matcher's patterns, compiled from alias entities: every alias, alias
 * part, context term and exclusion, written out normalised, with the folded
 * texts the automaton is built from (DESIGN.md §2.1).
 *
 * Compiling normalises each pattern twice and reads every alias rule, which
 * in a page's cold content script cost more than everything else the script
 * does before it can scan (issue 16). So the bundled packs' table is compiled
 * at build time (scripts/lib/alias-module.ts), imported packs are compiled
 * onto it where they are imported (extension/packs.ts), and the content
 * script compiles nothing: it decodes (lib/match/pattern-codec.ts).
 */
import type { AliasEntity } from '../pack/alias-index';
import { normalize } from '../text/normalize';
import { caseModeOf, contextOf, segmentsOf, unlessOf, type CaseMode } from './alias-rules';
import type { AutomatonData } from './automaton';
import { automatonData, buildTrie } from './trie';
import { isWordUnit } from './word-boundary';

export type PatternKind = 'alias' | 'segment' | 'context' | 'exclude';

/** Term indexes by scope; null when the alias has none. */
export interface ScopedIndexes {
  block: readonly number[];
  page: readonly number[];
}

export interface PatternSpec {
  kind: PatternKind;
  /** Normalised text, case preserved ('' for an alias made of segments). */
  text: string;
  case: CaseMode;
  /** The entity an alias, segment or exclusion belongs to; '' for context terms. */
  entityId: string;
  /** Its index in `entityIds`; -1 for context terms. */
  entity: number;
  /** For aliases: the languages it is limited to, or null. */
  lang: readonly string[] | null;
  /** For aliases: conditions that must all hold, each met by one of its context terms, by scope. */
  context: readonly ScopedIndexes[] | null;
  /** For aliases: context terms none of which may occur, by scope. */
  unless: ScopedIndexes | null;
  /** For short forms: where a full alias of the entity must have been found. */
  short: 'block' | 'page' | null;
  /** For an alias with gaps: its segment patterns, in order. */
  segments: readonly number[] | null;
  /** For exclusions: the alias pattern they exclude; for segments: their alias. */
  excludes: number;
  /** For context terms: the term's index. */
  term: number;
  boundaryStart: boolean;
  boundaryEnd: boolean;
  /** Written with a final `*`: the last word may go on ("Polizeistation*"), and a match takes all of it. */
  open: boolean;
}

/** Plain data (JSON as it is), so that it can be compiled in one place and used in another. */
export interface PatternTable {
  entityIds: string[];
  /** Context terms as written, by index; entity terms follow them (Matcher.entityTerm). */
  terms: string[];
  patterns: PatternSpec[];
  /** The automaton's patterns: each distinct folded text once. */
  keys: string[];
  /** For each key, the patterns that share it. */
  byText: number[][];
  /** Whether any alias is a short form; when none is, full names need not be tracked. */
  hasShortForms: boolean;
}

/**
 * What a Matcher is made from: a table's patterns, each asked for by index, and those that share
 * a key, asked for by key (a stored table reads them when a page first has a hit), and the
 * automaton over its keys in place of the keys.
 */
export type CompiledPatterns = Omit<PatternTable, 'keys' | 'patterns' | 'byText'> & {
  patternCount: number;
  pattern(index: number): PatternSpec;
  patternsWithKey(key: number): readonly number[];
  automaton: AutomatonData;
};

/** A table ready for a Matcher, its automaton built on the spot (decodePatterns gives one stored). */
export function withAutomaton({ keys, patterns, byText, ...table }: PatternTable): CompiledPatterns {
  return {
    ...table,
    patternCount: patterns.length,
    pattern: (index) => patterns[index]!,
    patternsWithKey: (key) => byText[key]!,
    automaton: automatonData(buildTrie(keys)),
  };
}

/**
 * Compiles `entities`, after those of `onto` when given (which is left as it
 * is). An entity whose id is already there is skipped: a pack cannot redefine
 * an entity that came before it (bundled packs first, as in Catalog).
 */
export function compilePatterns(entities: readonly AliasEntity[], onto?: PatternTable): PatternTable {
  const table: PatternTable = {
    entityIds: [...(onto?.entityIds ?? [])],
    terms: [...(onto?.terms ?? [])],
    patterns: [...(onto?.patterns ?? [])],
    keys: [...(onto?.keys ?? [])],
    byText: (onto?.byText ?? []).map((slot) => [...slot]),
    hasShortForms: onto?.hasShortForms ?? false,
  };
  const { patterns, terms, keys, byText } = table;
  const slots = new Map(keys.map((key, slot) => [key, slot]));
  const termIndex = new Map(terms.map((source, t) => [normalize(source, true), t]));
  const known = new Set(table.entityIds);
  const base = { text: '', case: 'any', entityId: '', entity: -1, lang: null, context: null, unless: null, short: null, segments: null, excludes: -1, term: -1 } as const;

  /** Adds a spec; one with text joins the automaton. Returns its index, or -1 for text that normalises to nothing. */
  const add = (spec: Omit<PatternSpec, 'boundaryStart' | 'boundaryEnd' | 'open'>, written: string | null): number => {
    const index = patterns.length;
    if (written === null) {
      patterns.push({ ...spec, boundaryStart: false, boundaryEnd: false, open: false });
      return index;
    }
    const open = isOpen(written);
    const source = open ? stem(written) : written;
    const text = normalize(source);
    const folded = normalize(source, true);
    if (text === '') return -1;
    patterns.push({
      ...spec,
      text,
      boundaryStart: isWordUnit(folded.charCodeAt(0)),
      boundaryEnd: !open && isWordUnit(folded.charCodeAt(folded.length - 1)),
      open,
    });
    let slot = slots.get(folded);
    if (slot === undefined) {
      slot = keys.length;
      slots.set(folded, slot);
      keys.push(folded);
      byText.push([]);
    }
    byText[slot]!.push(index);
    return index;
  };
  /** Term lists repeat across aliases: each written term is normalised once. */
  const termBySource = new Map<string, number>();
  const term = (source: string): number => {
    let t = termBySource.get(source);
    if (t !== undefined) return t;
    const key = normalize(source, true);
    t = termIndex.get(key);
    if (t === undefined) {
      t = terms.length;
      terms.push(source);
      termIndex.set(key, t);
      add({ ...base, kind: 'context', term: t }, source);
    }
    termBySource.set(source, t);
    return t;
  };
  const scoped = (s: { block: readonly string[]; page: readonly string[] } | null): ScopedIndexes | null =>
    s === null ? null : { block: s.block.map(term), page: s.page.map(term) };

  for (const entity of entities) {
    if (known.has(entity.id)) continue;
    known.add(entity.id);
    const e = table.entityIds.push(entity.id) - 1;
    for (const alias of entity.aliases) {
      const rule = {
        ...base,
        kind: 'alias',
        case: caseModeOf(alias),
        entityId: entity.id,
        entity: e,
        lang: alias.lang && alias.lang.length > 0 ? alias.lang : null,
        context: contextOf(alias)?.map((c) => scoped(c)!) ?? null,
        unless: scoped(unlessOf(alias)),
        short: alias.short ?? null,
      } as const;
      if (rule.short) table.hasShortForms = true;
      const parts = segmentsOf(alias.text);
      let aliasIndex: number;
      if (parts.length === 1) {
        aliasIndex = add(rule, alias.text);
      } else {
        aliasIndex = add(rule, null);
        const segments = parts.map((part) =>
          add({ ...base, kind: 'segment', case: rule.case === 'exact' ? 'exact' : 'any', entityId: entity.id, entity: e, excludes: aliasIndex }, part),
        );
        // An alias with an empty part cannot match (the validator refuses it): it stays inert.
        patterns[aliasIndex]!.segments = segments.includes(-1) ? [] : segments;
      }
      if (aliasIndex < 0) continue;
      for (const phrase of alias.exclude ?? []) {
        add({ ...base, kind: 'exclude', entityId: entity.id, entity: e, excludes: aliasIndex }, phrase);
      }
    }
  }
  return table;
}

/** Whether an alias part, term or exclusion is written open-ended: "Polizeistation*". */
export function isOpen(written: string): boolean {
  return written.endsWith('*');
}

/** The text of an open-ended pattern without its `*`. */
export function stem(written: string): string {
  return written.slice(0, -1).trimEnd();
}
