/**
 * The compact form in which a compiled pattern table is bundled
 * (scripts/lib/alias-module.ts) and imported packs are stored
 * (lib/match/imported-patterns.ts). Plain JSON of the table is nine times
 * the size of the packs' aliases, mostly the same few term lists repeated,
 * and every frame's script carries it: here each pattern is a short row, and
 * term lists and language lists are stored once. The automaton's keys are
 * not stored: their trie is, as lists of numbers (each node's number of
 * children rather than where its edges start: mostly 0 and 1, which compress
 * to a tenth), so that a frame neither normalises a pattern nor reads one
 * unit by unit.
 *
 * Decoding reads the rows' keys and the trie; a pattern's object is made when
 * it is first asked for (most never are on a given page), and the Automaton
 * adds the failure links.
 */
import type { CaseMode } from './alias-rules';
import type { Trie } from './automaton';
import type { CompiledPatterns, PatternKind, PatternSpec, PatternTable, ScopedIndexes } from './pattern-table';
import { buildTrie } from './trie';

/** The first element of the data: a version, and what the bundle check looks for (scripts/bench/bundle-split.ts). */
export const PATTERN_DATA_MARK = 'backstory-patterns/2';

const KINDS: readonly PatternKind[] = ['alias', 'segment', 'context', 'exclude'];
const CASES: readonly CaseMode[] = ['any', 'proper', 'exact'];
const SHORTS = [null, 'block', 'page'] as const;
const BOUNDARY_START = 1 << 6;
const BOUNDARY_END = 1 << 7;
const OPEN = 1 << 8;
/** The row's last element is its automaton key's number: a key an earlier pattern has too. */
const SHARED_KEY = 1 << 9;

/**
 * A row: [code, text, …by kind, shared key if any]. Aliases: entity, language list + 1, context
 * scope references, unless scope + 1, segments (trailing zeros left out). Segments and exclusions:
 * entity, excluded pattern. Context terms: the term. Scopes and language lists are 1-based, 0 is
 * none. A pattern with text whose key is not shared has the next key: keys are numbered in the
 * order their first pattern comes, as compilePatterns numbers them.
 */
type Row = (number | string | number[])[];

export function encodePatterns(table: PatternTable): string {
  const keyOf = new Map<number, number>();
  table.byText.forEach((patterns, key) => patterns.forEach((p) => keyOf.set(p, key)));
  let keys = 0;
  const scopes: [readonly number[], readonly number[]][] = [];
  const langs: (readonly string[])[] = [];
  const refs = new Map<string, number>();
  /** The 1-based index of `value` in `list`, stored there the first time it is seen. */
  const ref = <T>(list: T[], value: T): number => {
    const id = `${list === (langs as unknown) ? 'l' : 's'}${JSON.stringify(value)}`;
    let n = refs.get(id);
    if (n === undefined) refs.set(id, (n = list.push(value)));
    return n;
  };
  const scope = (s: ScopedIndexes) => ref(scopes, [s.block, s.page]);

  const rows = table.patterns.map((p, index): Row => {
    const key = keyOf.get(index);
    const shared = key !== undefined && key < keys;
    if (key === keys) keys++;
    let code = KINDS.indexOf(p.kind) | (CASES.indexOf(p.case) << 2) | (SHORTS.indexOf(p.short) << 4);
    if (p.boundaryStart) code |= BOUNDARY_START;
    if (p.boundaryEnd) code |= BOUNDARY_END;
    if (p.open) code |= OPEN;
    let rest: Row;
    if (p.kind === 'alias') {
      rest = [p.entity, p.lang ? ref(langs, p.lang) : 0, p.context ? p.context.map(scope) : 0, p.unless ? scope(p.unless) : 0, p.segments ? [...p.segments] : 0];
      // The shared key is read from the end: a row that has one keeps all its places.
      while (!shared && rest.length > 1 && rest.at(-1) === 0) rest.pop();
    } else if (p.kind === 'context') rest = [p.term];
    else rest = [p.entity, p.excludes];
    if (shared) code |= SHARED_KEY;
    return [code, p.text, ...rest, ...(shared ? [key] : [])];
  });
  if (keys !== table.keys.length) throw new Error(`keys are not numbered in pattern order (${keys} of ${table.keys.length})`);
  const { units, edgeStart, edgeClass, ends } = buildTrie(table.keys);
  const children = Array.from({ length: edgeStart.length - 1 }, (_, node) => edgeStart[node + 1]! - edgeStart[node]!);
  const trie = [units, children, edgeClass, ends].map((numbers) => Array.from(numbers));
  return JSON.stringify([PATTERN_DATA_MARK, table.entityIds, table.terms, table.hasShortForms ? 1 : 0, scopes, langs, rows, trie]);
}

export function decodePatterns(data: string): CompiledPatterns {
  const [mark, entityIds, terms, hasShortForms, scopeList, langs, rows, [units, children, edgeClass, ends]] = JSON.parse(data) as [
    string, string[], string[], number, [number[], number[]][], string[][], Row[], number[][],
  ];
  if (mark !== PATTERN_DATA_MARK) throw new Error(`pattern data is ${mark}, not ${PATTERN_DATA_MARK}`);
  // Only the patterns' keys are read now; a pattern is made into its object when a page first has
  // its text (most never do on a given page), which keeps 2,000 objects out of every frame's start.
  const byText: number[][] = [];
  rows.forEach((row, index) => {
    if ((row[0] as number) & SHARED_KEY) byText[row[row.length - 1] as number]!.push(index);
    // An alias made of segments has no text of its own, and no key.
    else if (row[1] !== '') byText.push([index]);
  });
  const scopes = scopeList.map(([block, page]): ScopedIndexes => ({ block, page }));
  const made = new Array<PatternSpec | undefined>(rows.length);
  const pattern = (index: number): PatternSpec => (made[index] ??= patternOf(rows[index]!, entityIds, scopes, langs));

  const edgeStart = new Int32Array(children!.length + 1);
  for (let node = 0; node < children!.length; node++) edgeStart[node + 1] = edgeStart[node]! + children![node]!;
  const trie: Trie = { units: units!, edgeStart, edgeClass: edgeClass!, ends: ends! };
  return { entityIds, terms, patternCount: rows.length, pattern, byText, hasShortForms: hasShortForms === 1, trie };
}

function patternOf(row: Row, entityIds: readonly string[], scopes: readonly ScopedIndexes[], langs: readonly string[][]): PatternSpec {
  const code = row[0] as number;
  const kind = KINDS[code & 3]!;
  const alias = kind === 'alias';
  const context = kind === 'context';
  const entity = context ? -1 : (row[2] as number);
  return {
    kind,
    text: row[1] as string,
    case: CASES[(code >> 2) & 3]!,
    entityId: entity < 0 ? '' : entityIds[entity]!,
    entity,
    lang: (alias && langs[(row[3] as number) - 1]) || null,
    context: alias && row[4] ? (row[4] as number[]).map((s) => scopes[s - 1]!) : null,
    unless: (alias && scopes[(row[5] as number) - 1]) || null,
    short: SHORTS[(code >> 4) & 3]!,
    segments: alias ? (row[6] as number[] | undefined) || null : null,
    excludes: alias || context ? -1 : (row[3] as number),
    term: context ? (row[2] as number) : -1,
    boundaryStart: (code & BOUNDARY_START) !== 0,
    boundaryEnd: (code & BOUNDARY_END) !== 0,
    open: (code & OPEN) !== 0,
  };
}
