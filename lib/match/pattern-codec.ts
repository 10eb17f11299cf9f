/**
 * The compact JSON form in which a compiled pattern table is bundled
 * (scripts/lib/alias-module.ts). Plain JSON of the table is nine times the
 * size of the packs' aliases, mostly the same few term lists repeated, and
 * every frame's script carries it: here each pattern is a short row, the
 * term lists and language lists are stored once, and an automaton key that
 * is its pattern's text in lower case (all of them today) is not stored.
 *
 * Decoding is one pass that makes the table's objects; it normalises nothing.
 */
import type { CaseMode } from './alias-rules';
import type { PatternKind, PatternSpec, PatternTable, ScopedIndexes } from './pattern-table';

/** The first element of the data: a version, and what the bundle check looks for (scripts/bench/bundle-split.ts). */
export const PATTERN_DATA_MARK = 'backstory-patterns/1';

const KINDS: readonly PatternKind[] = ['alias', 'segment', 'context', 'exclude'];
const CASES: readonly CaseMode[] = ['any', 'proper', 'exact'];
const SHORTS = [null, 'block', 'page'] as const;
const BOUNDARY_START = 1 << 6;
const BOUNDARY_END = 1 << 7;
const OPEN = 1 << 8;
/** The row's last element is its automaton key, which is not its text in lower case. */
const OWN_KEY = 1 << 9;

/**
 * A row: [code, text, …by kind, own key if any]. Aliases: entity, language list + 1, context scope
 * references, unless scope + 1, segments (trailing zeros left out). Segments and exclusions:
 * entity, excluded pattern. Context terms: the term. Scopes and language lists are 1-based, 0 is none.
 */
type Row = (number | string | number[])[];

export function encodePatterns(table: PatternTable): string {
  const keyOf = new Map<number, string>();
  table.byText.forEach((slot, k) => slot.forEach((p) => keyOf.set(p, table.keys[k]!)));
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
    const ownKey = key !== undefined && key !== p.text.toLowerCase();
    let code = KINDS.indexOf(p.kind) | (CASES.indexOf(p.case) << 2) | (SHORTS.indexOf(p.short) << 4);
    if (p.boundaryStart) code |= BOUNDARY_START;
    if (p.boundaryEnd) code |= BOUNDARY_END;
    if (p.open) code |= OPEN;
    let rest: Row;
    if (p.kind === 'alias') {
      rest = [p.entity, p.lang ? ref(langs, p.lang) : 0, p.context ? p.context.map(scope) : 0, p.unless ? scope(p.unless) : 0, p.segments ? [...p.segments] : 0];
      // The own key is read from the end: a row that has one keeps all its places.
      while (!ownKey && rest.length > 1 && rest.at(-1) === 0) rest.pop();
    } else if (p.kind === 'context') rest = [p.term];
    else rest = [p.entity, p.excludes];
    if (ownKey) code |= OWN_KEY;
    return [code, p.text, ...rest, ...(ownKey ? [key] : [])];
  });
  return JSON.stringify([PATTERN_DATA_MARK, table.entityIds, table.terms, table.hasShortForms ? 1 : 0, scopes, langs, rows]);
}

export function decodePatterns(data: string): PatternTable {
  const [mark, entityIds, terms, hasShortForms, scopeList, langs, rows] = JSON.parse(data) as [
    string, string[], string[], number, [number[], number[]][], string[][], Row[],
  ];
  if (mark !== PATTERN_DATA_MARK) throw new Error(`pattern data is ${mark}, not ${PATTERN_DATA_MARK}`);
  const scopes = scopeList.map(([block, page]): ScopedIndexes => ({ block, page }));
  const keys: string[] = [];
  const byText: number[][] = [];
  const slots = new Map<string, number>();
  const patterns = rows.map((row, index): PatternSpec => {
    const code = row[0] as number;
    const text = row[1] as string;
    const kind = KINDS[code & 3]!;
    const alias = kind === 'alias';
    const context = kind === 'context';
    const entity = context ? -1 : (row[2] as number);
    const segments = alias ? (row[6] as number[] | undefined) || null : null;
    if (!(alias && segments)) {
      const key = code & OWN_KEY ? (row[row.length - 1] as string) : text.toLowerCase();
      let slot = slots.get(key);
      if (slot === undefined) {
        slots.set(key, (slot = keys.push(key) - 1));
        byText.push([]);
      }
      byText[slot]!.push(index);
    }
    return {
      kind,
      text,
      case: CASES[(code >> 2) & 3]!,
      entityId: entity < 0 ? '' : entityIds[entity]!,
      entity,
      lang: (alias && langs[(row[3] as number) - 1]) || null,
      context: alias && row[4] ? (row[4] as number[]).map((s) => scopes[s - 1]!) : null,
      unless: (alias && scopes[(row[5] as number) - 1]) || null,
      short: SHORTS[(code >> 4) & 3]!,
      segments,
      excludes: alias || context ? -1 : (row[3] as number),
      term: context ? (row[2] as number) : -1,
      boundaryStart: (code & BOUNDARY_START) !== 0,
      boundaryEnd: (code & BOUNDARY_END) !== 0,
      open: (code & OPEN) !== 0,
    };
  });
  return { entityIds, terms, patterns, keys, byText, hasShortForms: hasShortForms === 1 };
}
