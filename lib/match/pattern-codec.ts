/**
 * The compact form in which a compiled pattern table is bundled
 * (scripts/lib/alias-module.ts) and imported packs are stored
 * (lib/match/imported-patterns.ts). Plain JSON of the table is nine times
 * the size of the packs' aliases, mostly the same few term lists repeated,
 * and every frame's script carries it: here each pattern is a short row, and
 * term lists and language lists are stored once.
 *
 * Three parts, each starting on a line of its own. The first, one JSON
 * text, is what a frame needs before it can scan: the automaton with its
 * failure links, as lists of numbers, so that a frame neither normalises a
 * pattern nor follows links node by node (both cost a cold content script
 * more than all else it did before it could scan, issue 16). What a frame
 * can make in a native call or a short loop is left out: each node's number
 * of children is stored rather than where its edges start (mostly 0 and 1,
 * which compress to a tenth), outputs are the keys' end nodes, and only the
 * few nodes with a dictionary link are listed.
 *
 * The rest is read when a page first has a hit (most pages mention nothing
 * tracked, and the few runs that may match are mostly a context term such as
 * a country's name): the second part, one JSON text, holds the lists rows
 * refer to and which rows share a key or have none, from which each key's
 * patterns follow without reading a row; the third holds the rows, one JSON
 * text each, joined by `,\n`. A row is parsed when its pattern is first asked
 * for: a page with a few hits makes a few patterns, not all of them, which
 * kept 0.1 MB of heap off the largest corpus page (issue 16, eighth session;
 * its scan time did not measurably change).
 */
import type { CaseMode } from './alias-rules';
import { outputsAt, type AutomatonData } from './automaton';
import type { CompiledPatterns, PatternKind, PatternSpec, PatternTable, ScopedIndexes } from './pattern-table';
import { automatonData, buildTrie } from './trie';

/** The first element of the data: a version, and what the bundle check looks for (scripts/bench/bundle-split.ts). */
export const PATTERN_DATA_MARK = 'backstory-patterns/4';

const KINDS: readonly PatternKind[] = ['alias', 'segment', 'context', 'exclude'];
const CASES: readonly CaseMode[] = ['any', 'proper', 'exact'];
const SHORTS = [null, 'block', 'page'] as const;
const BOUNDARY_START = 1 << 6;
const BOUNDARY_END = 1 << 7;
const OPEN = 1 << 8;

/**
 * A row: [code, text, …by kind]. Aliases: entity, language list + 1, context scope references,
 * unless scope + 1, segments (trailing zeros left out). Segments and exclusions: entity, excluded
 * pattern. Context terms: the term. Scopes and language lists are 1-based, 0 is none.
 *
 * Each row's key is in a list apart, so that a key's patterns are known without parsing a row:
 * 0 for the next key (keys are numbered in the order their first pattern comes, as
 * compilePatterns numbers them), k + 1 for key k which an earlier row has, -1 for none (an alias
 * made of segments has no text of its own).
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

  const rowKeys: number[] = [];
  const rows = table.patterns.map((p, index): Row => {
    const key = keyOf.get(index);
    rowKeys.push(key === undefined ? -1 : key < keys ? key + 1 : 0);
    if (key === keys) keys++;
    let code = KINDS.indexOf(p.kind) | (CASES.indexOf(p.case) << 2) | (SHORTS.indexOf(p.short) << 4);
    if (p.boundaryStart) code |= BOUNDARY_START;
    if (p.boundaryEnd) code |= BOUNDARY_END;
    if (p.open) code |= OPEN;
    let rest: Row;
    if (p.kind === 'alias') {
      rest = [p.entity, p.lang ? ref(langs, p.lang) : 0, p.context ? p.context.map(scope) : 0, p.unless ? scope(p.unless) : 0, p.segments ? [...p.segments] : 0];
      while (rest.length > 1 && rest.at(-1) === 0) rest.pop();
    } else if (p.kind === 'context') rest = [p.term];
    else rest = [p.entity, p.excludes];
    return [code, p.text, ...rest];
  });
  if (keys !== table.keys.length) throw new Error(`keys are not numbered in pattern order (${keys} of ${table.keys.length})`);
  const trie = buildTrie(table.keys);
  const { edgeStart, fail, dictLink, lengths } = automatonData(trie);
  const children = Array.from({ length: edgeStart.length - 1 }, (_, node) => edgeStart[node + 1]! - edgeStart[node]!);
  const links = Array.from(dictLink).flatMap((link, node) => (link >= 0 ? [node, link] : []));
  const automaton = [trie.units, children, trie.edgeClass, fail, trie.ends, lengths, links].map((numbers) => Array.from(numbers));
  const head = [PATTERN_DATA_MARK, table.entityIds, table.terms, table.hasShortForms ? 1 : 0, rows.length, automaton];
  // JSON.stringify writes no line break of its own: `,\n` is only ever between two rows.
  return `${JSON.stringify(head)}\n${JSON.stringify([scopes, langs, rowKeys])}\n${rows.map((row) => JSON.stringify(row)).join(',\n')}`;
}

type Head = [string, string[], string[], number, number, number[][]];

/**
 * Decodes a table. The rows are read when first needed unless `checkRows`: a table from storage
 * may have been cut short, and its fault must show here, where the caller falls back to the
 * bundled packs, not in the middle of a page's scan. The bundled data is made by this build and
 * checked by its tests.
 */
export function decodePatterns(data: string, checkRows = false): CompiledPatterns {
  const split = data.indexOf('\n');
  const [mark, entityIds, terms, hasShortForms, patternCount, [units, children, edgeClass, fail, ends, lengths, links]] = JSON.parse(
    split < 0 ? data : data.slice(0, split),
  ) as Head;
  if (mark !== PATTERN_DATA_MARK) throw new Error(`pattern data is ${mark}, not ${PATTERN_DATA_MARK}`);

  let rows: Rows | undefined;
  // Dropped once read: a slice keeps the whole stored text alive, up to 8 MB for imported packs.
  let rowsText: string | undefined = data.slice(split + 1);
  const readRows = (): Rows => {
    if (rows === undefined) {
      rows = decodeRows(rowsText!, entityIds, patternCount, lengths!.length, checkRows);
      rowsText = undefined;
    }
    return rows;
  };
  if (checkRows) readRows();
  const made = new Array<PatternSpec | undefined>(patternCount);
  const pattern = (index: number): PatternSpec => (made[index] ??= readRows().patternOf(index));
  const patternsWithKey = (key: number): readonly number[] => readRows().byKey[key]!;

  // Typed arrays made from lists by their constructors (a native copy); one loop over the nodes
  // (edge starts), short ones over the keys and the dictionary links: in a cold content script a
  // pass over 10,000 nodes costs about a millisecond.
  const nodes = children!.length;
  const edgeStart = new Int32Array(nodes + 1);
  for (let node = 0; node < nodes; node++) edgeStart[node + 1] = edgeStart[node]! + children![node]!;
  const dictLink = new Int32Array(nodes).fill(-1);
  for (let i = 0; i < links!.length; i += 2) dictLink[links![i]!] = links![i + 1]!;
  const automaton: AutomatonData = {
    units: new Uint16Array(units!),
    edgeStart,
    edgeClass: new Uint16Array(edgeClass!),
    fail: new Int32Array(fail!),
    output: outputsAt(nodes, ends!),
    dictLink,
    lengths: new Int32Array(lengths!),
  };
  return { entityIds, terms, patternCount, pattern, patternsWithKey, hasShortForms: hasShortForms === 1, automaton };
}

interface Rows {
  patternOf(index: number): PatternSpec;
  /** For each automaton key, the patterns that share it. */
  byKey: number[][];
}

/**
 * Reads the lists and each key's patterns, and splits the rows apart: a row is parsed when its
 * pattern is first asked for, unless `parseAll` (a stored table, whose every row must be sound
 * before a page is scanned with it).
 */
function decodeRows(data: string, entityIds: readonly string[], patternCount: number, keyCount: number, parseAll: boolean): Rows {
  const split = data.indexOf('\n');
  if (split < 0) throw new Error('pattern data has no rows');
  const [scopeList, langs, rowKeys] = JSON.parse(data.slice(0, split)) as [[number[], number[]][], string[][], number[]];
  const rowsText = data.slice(split + 1);
  const rows = parseAll ? (JSON.parse(`[${rowsText}]`) as Row[]) : rowsText.split(',\n');
  if (rows.length !== patternCount) throw new Error(`pattern data has ${rows.length} rows, not ${patternCount}`);
  if (rowKeys.length !== patternCount) throw new Error(`pattern data has keys for ${rowKeys.length} rows, not ${patternCount}`);
  const byKey: number[][] = [];
  rowKeys.forEach((key, index) => {
    if (key === 0) byKey.push([index]);
    else if (key > 0) byKey[key - 1]!.push(index);
  });
  if (byKey.length !== keyCount) throw new Error(`pattern data has rows for ${byKey.length} keys, not ${keyCount}`);
  const scopes = scopeList.map(([block, page]): ScopedIndexes => ({ block, page }));
  const rowAt = (index: number) => (parseAll ? (rows[index] as Row) : (JSON.parse(rows[index] as string) as Row));
  return { patternOf: (index) => patternOf(rowAt(index), entityIds, scopes, langs), byKey };
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
