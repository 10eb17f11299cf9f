/**
 * Validates a context pack: its structure (schema.ts) and the rules that need
 * the whole pack. Every error names the field by path and, inside an entity,
 * the entity's id, so that a maintainer can find it in a 3,000-line file.
 */
import * as v from 'valibot';
import { caseModeOf, contextOf, GAP, segmentsOf, termsOf, unlessOf } from '../match/alias-rules';
import { normalize } from '../text/normalize';
import { isAfter } from './pack-dates';
import type { LocalText } from './localized';
import { packLanguages, schemasFor, type Alias, type Pack, type Position } from './schema';
import { describeDisagreement, figureDisagreements } from './translation-agreement';

export interface PackError {
  /** e.g. `entities[3] (wang-jingyu).facts[1].sources[0]` */
  path: string;
  message: string;
}

export type PackResult = { ok: true; pack: Pack } | { ok: false; errors: PackError[] };

/** Packs are bundled or imported by hand; anything larger is a mistake or an attack. */
export const MAX_PACK_BYTES = 2_000_000;

type PathKey = string | number;

function formatPath(keys: readonly PathKey[], input: unknown): string {
  let out = '';
  let node: unknown = input;
  for (const key of keys) {
    out += typeof key === 'number' ? `[${key}]` : out === '' ? key : `.${key}`;
    node = node !== null && typeof node === 'object' ? (node as Record<PathKey, unknown>)[key] : undefined;
    // Name the entity or source an error sits in: indexes alone are hard to find.
    if (typeof key === 'number' && node !== null && typeof node === 'object') {
      const id = (node as { id?: unknown }).id;
      if (typeof id === 'string' && id !== '') out += ` (${id})`;
    }
  }
  return out === '' ? '(pack)' : out;
}

function structuralErrors(issues: readonly v.BaseIssue<unknown>[], input: unknown): PackError[] {
  return issues.map((issue) => {
    const keys = (issue.path ?? []).map((item) => item.key as PathKey);
    return { path: formatPath(keys, input), message: describeIssue(issue) };
  });
}

function describeIssue(issue: v.BaseIssue<unknown>): string {
  if (issue.type === 'strict_object') {
    return issue.expected === 'never' ? `unknown field ${issue.received}` : 'is required';
  }
  if (issue.expected === 'string' || issue.expected === 'boolean' || issue.expected === 'Array' || issue.expected === 'Object') {
    return issue.received === 'undefined' ? 'is required' : `must be ${article(issue.expected)} (got ${issue.received})`;
  }
  return issue.message;
}

const article = (type: string) => (type === 'Array' ? 'an array' : type === 'Object' ? 'an object' : `a ${type}`);

function crossReferenceErrors(pack: Pack): PackError[] {
  const errors: PackError[] = [];
  const at = (keys: PathKey[]) => formatPath(keys, pack);

  const sourceIds = new Map<string, number>();
  pack.sources.forEach((source, i) => {
    if (sourceIds.has(source.id)) errors.push({ path: at(['sources', i, 'id']), message: `duplicate source id "${source.id}"` });
    else sourceIds.set(source.id, i);
  });

  const entityIds = new Set<string>();
  pack.entities.forEach((entity, i) => {
    if (entityIds.has(entity.id)) errors.push({ path: at(['entities', i, 'id']), message: `duplicate entity id "${entity.id}"` });
    entityIds.add(entity.id);
  });

  const cited = new Set<string>();
  const checkRefs = (refs: string[], keys: PathKey[]) =>
    refs.forEach((ref, k) => {
      cited.add(ref);
      if (!sourceIds.has(ref)) errors.push({ path: at([...keys, k]), message: `cites unknown source "${ref}"` });
    });

  pack.entities.forEach((entity, i) => {
    entity.facts.forEach((fact, j) => checkRefs(fact.sources, ['entities', i, 'facts', j, 'sources']));
    entity.positions?.forEach((pos, j) => checkRefs(pos.sources, ['entities', i, 'positions', j, 'sources']));
    entity.related?.forEach((rel, j) => {
      if (rel === entity.id) errors.push({ path: at(['entities', i, 'related', j]), message: 'an entity cannot be related to itself' });
      else if (!entityIds.has(rel)) errors.push({ path: at(['entities', i, 'related', j]), message: `names unknown entity "${rel}"` });
    });
    errors.push(...aliasErrors(entity.aliases, (keys) => at(['entities', i, 'aliases', ...keys])));
  });

  errors.push(...storyErrors(pack, at, checkRefs, entityIds));

  pack.sources.forEach((source, i) => {
    if (!cited.has(source.id)) errors.push({ path: at(['sources', i]), message: `source "${source.id}" is never cited` });
  });
  return errors;
}

// ---- Story rules (issue 15): unlinked sources, scoped positions, countries, timeline ----

type RefChecker = (refs: string[], keys: PathKey[]) => void;

/**
 * Rules for the story structure. Citations go through `checkRefs` so that a
 * source cited only by a country row or an event counts as cited; dates are
 * checked against the sources that report them, because a source cannot
 * report what had not happened yet when it was published.
 */
function storyErrors(pack: Pack, at: (keys: PathKey[]) => string, checkRefs: RefChecker, entityIds: ReadonlySet<string>): PackError[] {
  const errors: PackError[] = [];
  const sourceDates = new Map(pack.sources.flatMap((s) => (s.date ? [[s.id, s.date] as const] : [])));

  pack.sources.forEach((source, i) => {
    if (source.url === undefined && source.via === undefined) {
      errors.push({ path: at(['sources', i, 'url']), message: 'is required, unless "via" names the outlet where the source was seen' });
    }
  });

  const checkDate = (date: string, refs: readonly string[], keys: PathKey[]) => {
    for (const ref of refs) {
      const reported = sourceDates.get(ref);
      if (reported !== undefined && isAfter(date, reported)) {
        errors.push({ path: at(keys), message: `is ${date}, after source "${ref}" (${reported}) that reports it` });
      }
    }
    if (isAfter(date, pack.reviewed)) errors.push({ path: at(keys), message: `is ${date}, after the pack's reviewed date ${pack.reviewed}` });
  };

  const checkPosition = (position: Position, keys: PathKey[]) => {
    if (position.general && position.about === undefined) {
      errors.push({ path: at([...keys, 'about']), message: 'is required when "general" is true: say what the statement was about' });
    }
  };

  pack.entities.forEach((entity, i) => {
    entity.positions?.forEach((position, j) => checkPosition(position, ['entities', i, 'positions', j]));
    const seenCountries = new Set<string>();
    entity.countries?.forEach((row, j) => {
      const base: PathKey[] = ['entities', i, 'countries', j];
      if (seenCountries.has(row.country)) errors.push({ path: at([...base, 'country']), message: `duplicate country "${row.country}"` });
      seenCountries.add(row.country);
      checkRefs(row.reported.sources, [...base, 'reported', 'sources']);
      row.responses.forEach((response, k) => {
        checkRefs(response.sources, [...base, 'responses', k, 'sources']);
        checkDate(response.date, response.sources, [...base, 'responses', k, 'date']);
      });
      if (row.hostPosition) {
        checkRefs(row.hostPosition.sources, [...base, 'hostPosition', 'sources']);
        checkPosition(row.hostPosition, [...base, 'hostPosition']);
      }
    });
  });

  pack.timeline?.forEach((event, i) => {
    checkRefs(event.sources, ['timeline', i, 'sources']);
    checkDate(event.date, event.sources, ['timeline', i, 'date']);
    event.entities.forEach((id, j) => {
      if (!entityIds.has(id)) errors.push({ path: at(['timeline', i, 'entities', j]), message: `names unknown entity "${id}"` });
    });
    if (new Set(event.entities).size !== event.entities.length) {
      errors.push({ path: at(['timeline', i, 'entities']), message: 'names an entity twice' });
    }
  });
  return errors;
}

// ---- end of story rules ----

/** An alias part shorter than this would match inside too many unrelated phrases. */
const MIN_SEGMENT = 2;
const MAX_SEGMENTS = 4;
/** The word before a final `*` must keep this many letters: "Polizeistation*", not "Po*". */
const MIN_STEM = 4;

/** What is wrong with the `*` of an alias part, term or phrase, or null: it may only end the text, after a word long enough. */
function starError(text: string): string | null {
  const star = text.indexOf('*');
  if (star < 0) return null;
  if (star !== text.length - 1) return 'may use * only at its end (or before a gap), to let the last word go on';
  const lastWord = normalize(text.slice(0, -1)).split(' ').pop() ?? '';
  return lastWord.length < MIN_STEM ? `needs at least ${MIN_STEM} letters before *` : null;
}

/**
 * Rules on one entity's aliases that the schema cannot state: one case field, parts around gaps
 * that mean something, a short form only beside a full name, no alias twice.
 */
function aliasErrors(aliases: readonly Alias[], at: (keys: PathKey[]) => string): PackError[] {
  const errors: PackError[] = [];
  const seen = new Set<string>();
  const hasFull = aliases.some((a) => a.short === undefined);
  aliases.forEach((alias, j) => {
    if (alias.case !== undefined && alias.caseSensitive !== undefined) {
      errors.push({ path: at([j, 'case']), message: 'give either "case" or the older "caseSensitive", not both' });
    }
    const parts = segmentsOf(alias.text);
    const starred = parts.map(starError).find((e) => e !== null);
    if (parts.length > MAX_SEGMENTS) {
      errors.push({ path: at([j, 'text']), message: `may have at most ${MAX_SEGMENTS - 1} gaps (${GAP})` });
    } else if (starred) {
      errors.push({ path: at([j, 'text']), message: starred });
    } else if (parts.some((part) => normalize(part.replace(/\*$/, '')).length < MIN_SEGMENT)) {
      const what = parts.length > 1 ? `each part around a gap (${GAP})` : 'it';
      errors.push({ path: at([j, 'text']), message: `${what} must keep at least ${MIN_SEGMENT} characters once quotes and spaces are read out` });
    }
    const rules: [string, readonly string[]][] = [
      ['context', termsOf(contextOf(alias))],
      ['unless', termsOf(unlessOf(alias))],
      ['exclude', alias.exclude ?? []],
    ];
    for (const [field, terms] of rules) {
      for (const term of terms) {
        const error = starError(term);
        if (error) errors.push({ path: at([j, field]), message: `"${term}" ${error}` });
      }
    }
    if (alias.short !== undefined && !hasFull) {
      errors.push({ path: at([j, 'short']), message: 'a short form needs a full (not short) alias of the same entity' });
    }
    const key = [caseModeOf(alias), alias.short ?? '', (alias.lang ?? []).join(','), normalize(alias.text, caseModeOf(alias) !== 'exact')].join('|');
    if (seen.has(key)) errors.push({ path: at([j, 'text']), message: `duplicate alias "${alias.text}"` });
    seen.add(key);
  });
  return errors;
}

/** Validates already-parsed JSON. */
export function validatePack(input: unknown): PackResult {
  const header = v.safeParse(PackHeader, input);
  // A pack whose languages cannot be read is checked as English only, so its other errors still show.
  const languages = header.success ? packLanguages(header.output) : ['en'];
  const parsed = v.safeParse(schemasFor(languages).PackSchema, input);
  if (!parsed.success) return { ok: false, errors: structuralErrors(parsed.issues, input) };
  const errors = [...crossReferenceErrors(parsed.output), ...translationErrors(parsed.output)];
  return errors.length > 0 ? { ok: false, errors } : { ok: true, pack: parsed.output };
}

/** Just enough of a pack to know which languages its text must be in; the full schema reports the rest. */
const PackHeader = v.object({ language: v.string(), languages: v.optional(v.array(v.string())) });

// ---- Translations (issue 14): each language's text keeps the original's numbers and dates ----

/** Calls back with every translated text in the pack (a map from language to string) and its path. */
function eachTranslation(node: unknown, keys: PathKey[], languages: ReadonlySet<string>, visit: (text: Record<string, string>, keys: PathKey[]) => void): void {
  if (Array.isArray(node)) {
    node.forEach((item, i) => eachTranslation(item, [...keys, i], languages, visit));
    return;
  }
  if (node === null || typeof node !== 'object') return;
  const entries = Object.entries(node);
  // The schema allows objects keyed by declared languages only where a text is translatable.
  if (entries.length > 1 && entries.every(([key, value]) => languages.has(key) && typeof value === 'string')) {
    visit(node as Record<string, string>, keys);
    return;
  }
  for (const [key, value] of entries) eachTranslation(value, [...keys, key], languages, visit);
}

function translationErrors(pack: Pack): PackError[] {
  const languages = packLanguages(pack);
  if (languages.length < 2) return [];
  const errors: PackError[] = [];
  eachTranslation(pack, [], new Set(languages), (text: Exclude<LocalText, string>, keys) => {
    for (const d of figureDisagreements(text, pack.language)) {
      errors.push({ path: formatPath([...keys, d.lang], pack), message: describeDisagreement(d, pack.language) });
    }
  });
  return errors;
}

// ---- end of translations ----

/** Parses and validates pack text, as read from a file or an import. */
export function parsePack(text: string): PackResult {
  if (text.length > MAX_PACK_BYTES) {
    return { ok: false, errors: [{ path: '(pack)', message: `is ${text.length} bytes; a pack may be at most ${MAX_PACK_BYTES}` }] };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, errors: [{ path: '(pack)', message: `is not valid JSON: ${(error as Error).message}` }] };
  }
  return validatePack(json);
}

export function formatPackErrors(file: string, errors: readonly PackError[]): string {
  return errors.map((e) => `${file}: ${e.path}: ${e.message}`).join('\n');
}
