/**
 * How one alias of a pack reads (DESIGN.md §3, issue 13): its letter case,
 * the languages it belongs to, the context it needs or must not have, and
 * whether it is a short form. Pure helpers shared by the matcher and the
 * pack validator, so that both read an alias the same way.
 */
import type { Alias } from '../pack/schema';

/**
 * - `any`: any letter case (names and titles in running text);
 * - `proper`: any case but all lower case ("SafeGuard Defenders", "SAFEGUARD DEFENDERS", not the
 *   verb phrase "safeguard defenders");
 * - `exact`: only as written (acronyms: "MPS", "VOA").
 */
export type CaseMode = 'any' | 'proper' | 'exact';

export function caseModeOf(alias: Pick<Alias, 'case' | 'caseSensitive'>): CaseMode {
  return alias.case ?? (alias.caseSensitive === true ? 'exact' : 'any');
}

/** Where a context term must occur: in the mention's own block, or anywhere on the page. */
export interface ScopedTerms {
  block: readonly string[];
  page: readonly string[];
}

type ScopedInput = { block?: readonly string[]; page?: readonly string[] };
const scoped = (s: ScopedInput): ScopedTerms => ({ block: s.block ?? [], page: s.page ?? [] });

/**
 * An alias's context as conditions that must all hold, each met by one of its terms in the block
 * or on the page. A plain list of terms (the older form) is one condition, page-wide; `{ block,
 * page }` is one condition; a list of those is several ("abroad" in the block, and China on the page).
 */
export function contextOf(alias: Pick<Alias, 'context'>): ScopedTerms[] | null {
  const c = alias.context;
  if (c === undefined) return null;
  if (!Array.isArray(c)) return [scoped(c)];
  if (c.every((x) => typeof x === 'string')) return [{ block: [], page: c as string[] }];
  return (c as ScopedInput[]).map(scoped);
}

export function unlessOf(alias: Pick<Alias, 'unless'>): ScopedTerms | null {
  const u = alias.unless;
  return u === undefined ? null : scoped(u);
}

/** Every term of some conditions, for checks that look at each term. */
export function termsOf(conditions: readonly ScopedTerms[] | ScopedTerms | null): string[] {
  if (conditions === null) return [];
  const list = Array.isArray(conditions) ? conditions : [conditions as ScopedTerms];
  return list.flatMap((c) => [...c.block, ...c.page]);
}

/**
 * Marks a gap in an alias: "comisarías … chinas" matches "comisarías chinas" and, with up to two
 * words between the parts, "comisarías ilegales chinas" — an adjective slipped into the phrase.
 */
export const GAP = '\u2026';

/** The parts of an alias around its gaps, trimmed; one part when it has none. */
export function segmentsOf(text: string): string[] {
  return text.split(GAP).map((s) => s.trim());
}

/**
 * Whether an alias in `aliasLangs` applies to text in `textLang` (BCP 47, any case). An unknown
 * language ('') admits every alias; otherwise tags match when one is the other or a prefix of it
 * at a subtag boundary ("pt" and "pt-BR", "zh" and "zh-Hant").
 */
export function langMatches(aliasLangs: readonly string[], textLang: string): boolean {
  if (textLang === '') return true;
  const text = textLang.toLowerCase();
  for (const tag of aliasLangs) {
    const a = tag.toLowerCase();
    if (a === text || text.startsWith(`${a}-`) || a.startsWith(`${text}-`)) return true;
  }
  return false;
}

const KANA = /[\u3040-\u30ff\uff66-\uff9f]/;
const HANGUL = /[\uac00-\ud7af\u1100-\u11ff]/;
const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;

/**
 * The language a text's script tells, for text with no `lang` anywhere above it: Japanese where
 * there is kana, Korean where there is Hangul, Chinese where there is Han alone, else unknown.
 */
export function scriptLanguage(text: string): string {
  if (KANA.test(text)) return 'ja';
  if (HANGUL.test(text)) return 'ko';
  if (HAN.test(text)) return 'zh';
  return '';
}
