/**
 * The context-pack format (DESIGN.md §3). Structure lives here; rules that
 * need the whole pack (references, uniqueness, unused sources) live in
 * validate.ts so that each error can name the entity it belongs to.
 */
import * as v from 'valibot';
import { localizedSchema } from './localized';
import { isCalendarDate } from './pack-dates';
import { trackingTokens } from './url-hygiene';

/** Anything that a browser could parse as markup. Pack text is rendered as text, never as HTML, but we refuse it anyway so that a pack cannot smuggle it into a future renderer. */
const MARKUP = /<\s*[a-zA-Z/!?]|&(?:[a-zA-Z]+|#\d+|#x[0-9a-fA-F]+);/;

const Text = v.pipe(
  v.string(),
  v.trim(),
  v.nonEmpty('must not be empty'),
  v.check((s) => !MARKUP.test(s), 'must be plain text, not HTML'),
);

const LongText = (max: number) => v.pipe(Text, v.maxLength(max, `must be at most ${max} characters`));

export const KEBAB_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const Id = v.pipe(v.string(), v.regex(KEBAB_ID, 'must be a kebab-case id such as "safeguard-defenders"'));

const IsoDate = v.pipe(
  v.string(),
  v.regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, 'must be an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)'),
  v.check(isCalendarDate, 'must be a real calendar date'),
);

const HttpsUrl = v.pipe(
  v.string(),
  v.check((s) => {
    try {
      const u = new URL(s);
      return u.protocol === 'https:' && u.hostname.length > 0 && u.username === '' && u.password === '';
    } catch {
      return false;
    }
  }, 'must be an absolute https: URL'),
  v.check(
    (s) => trackingTokens(s).length === 0,
    (issue) => `must not carry tracking or challenge tokens (${trackingTokens(String(issue.input)).join(', ')})`,
  ),
);

/**
 * A note for reviewers (why the cited source supports the claim), never shown
 * to readers. Deliberately not built on Text: reader-facing text is becoming
 * translatable (issue 14); notes stay one plain string.
 */
const ReviewerNote = v.pipe(
  v.string(),
  v.trim(),
  v.nonEmpty('must not be empty'),
  v.maxLength(2000, 'must be at most 2000 characters'),
  v.check((s) => !MARKUP.test(s), 'must be plain text, not HTML'),
);

export const SOURCE_KINDS = ['primary', 'news', 'official', 'state-media', 'advocacy', 'reference'] as const;
export const ENTITY_TYPES = [
  'organization',
  'person',
  'report',
  'government-body',
  'program',
  'concept',
  'media',
] as const;
export const ENTITY_GROUPS = [
  'organizations',
  'people',
  'reports',
  'programs',
  'government-bodies',
  'media',
  'concepts',
] as const;

export const SourceSchema = v.strictObject({
  id: Id,
  title: LongText(300),
  /** Who wrote or issued it: the original publisher, even when read in a copy. */
  publisher: LongText(200),
  date: v.optional(IsoDate),
  /** Optional only together with `via` (validate.ts): a source is never silently unlinked. */
  url: v.optional(HttpsUrl),
  /**
   * The outlet whose copy was read, when it is not the publisher: a reprint
   * ("Taipei Times reprint"), a syndicated copy, or a repost seen without a
   * usable link ("ecns.cn; its address is http only"). Shown to readers.
   */
  via: v.optional(LongText(200)),
  archiveUrl: v.optional(HttpsUrl),
  kind: v.picklist(SOURCE_KINDS, `must be one of ${SOURCE_KINDS.join(', ')}`),
  notes: v.optional(ReviewerNote),
});

const SourceRefs = v.pipe(
  v.array(Id),
  v.minLength(1, 'must cite at least one source'),
);

const ContextTerms = v.pipe(v.array(LongText(120)), v.minLength(1, 'must list at least one term'));

/** Terms looked for in the mention's own block, or anywhere on the page. */
const ScopedTerms = v.pipe(
  v.strictObject({ block: v.optional(ContextTerms), page: v.optional(ContextTerms) }),
  v.check((s) => s.block !== undefined || s.page !== undefined, 'must list block or page terms'),
);

/** A plain list where scoped terms are needed: refused with the union's message, not valibot's "unknown field 0". */
const NotAList = v.pipe(
  v.array(v.unknown()),
  v.check(() => false),
  v.transform((): never => {
    throw new Error('unreachable: the check above always fails');
  }),
);

/** A BCP 47 language tag ("nl", "pt-BR", "zh-Hant"). */
export const LANGUAGE_TAG = /^[a-zA-Z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;
const LanguageTag = v.pipe(v.string(), v.regex(LANGUAGE_TAG, 'must be a BCP 47 language tag such as "nl" or "pt-BR"'));
const Languages = v.pipe(
  v.array(LanguageTag),
  v.minLength(1, 'must list at least one language'),
  v.check((tags) => new Set(tags).size === tags.length, 'must not list a language twice'),
);

/** The languages whose text a pack must carry: its declared `languages`, else its own `language`. */
export function packLanguages(pack: { language: string; languages?: readonly string[] }): readonly string[] {
  return pack.languages ?? [pack.language];
}


export const CASE_MODES = ['any', 'proper', 'exact'] as const;
export const SHORT_SCOPES = ['block', 'page'] as const;

export const AliasSchema = v.strictObject({
  /**
   * The name as written. "…" marks a gap of up to two words ("comisarías … chinas"); a final "*" on a part
   * lets its last word go on ("chinesisch* … Polizeistation*").
   */
  text: LongText(120),
  /** Older form of `case: "exact"`. */
  caseSensitive: v.optional(v.boolean()),
  /** any (default), proper (any case but all lower case: names), exact (acronyms). See lib/match/alias-rules.ts. */
  case: v.optional(v.picklist(CASE_MODES, `must be one of ${CASE_MODES.join(', ')}`)),
  /** The alias counts only in text of these languages (the nearest lang attribute, else the script); everywhere when unset. */
  lang: v.optional(v.pipe(v.array(LanguageTag), v.minLength(1, 'must list at least one language'))),
  /**
   * The alias counts only where one of these terms also occurs: a plain list means anywhere on the
   * page (the older form); `{ block, page }` says where each term must be; a list of `{ block, page }`
   * conditions needs every one of them met.
   */
  context: v.optional(
    v.union(
      [ContextTerms, ScopedTerms, v.pipe(v.array(ScopedTerms), v.minLength(1, 'must list at least one condition'))],
      'must be a list of terms, { block, page } lists of terms, or a list of such conditions',
    ),
  ),
  /** The alias does not count where one of these terms occurs ("MPS" beside "Metropolitan Police"). */
  unless: v.optional(v.union([NotAList, ScopedTerms], 'must be { block, page } lists of terms, not a plain list')),
  /** Longer phrases containing the alias in which it is not a mention ("110 overseas students"). */
  exclude: v.optional(v.pipe(v.array(LongText(160)), v.minLength(1, 'must list at least one phrase'))),
  /**
   * A short form ("the stations", 这些站点): it counts only where a full alias of the same entity
   * was found, in the same block or anywhere on the page.
   */
  short: v.optional(v.picklist(SHORT_SCOPES, `must be one of ${SHORT_SCOPES.join(', ')}`)),
});

// ---- Story structure (issue 15): responses by country and a dated timeline ----

/** What a government or police force did about the stations in its country: a small, honest set. */
export const RESPONSE_ACTIONS = [
  'investigation-opened',
  'raised-with-china',
  'closure-ordered',
  'closure-reported',
  'none-found',
  'search',
  'arrest',
  'charge',
  'guilty-plea',
  'conviction',
  'policy-change',
  'statement',
] as const;

/** Who speaks or acts in a timeline event; the Chinese state's two voices are kept apart from everyone else's. */
export const TIMELINE_SIDES = [
  'chinese-government',
  'chinese-state-media',
  'other-government',
  'ngo',
  'media',
  'individual',
] as const;

const CountryCode = v.pipe(
  v.string(),
  v.regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code such as "NL"'),
  // Only a well-formed code is looked up, so a malformed one gets one error, not two.
  v.check((code) => {
    if (!/^[A-Z]{2}$/.test(code)) return true;
    try {
      return new Intl.DisplayNames('en', { type: 'region', fallback: 'none' }).of(code) !== undefined;
    } catch {
      return false;
    }
  }, 'must be an assigned ISO 3166-1 alpha-2 code'),
);

/**
 * The schemas of everything that holds reader-facing text, built for the
 * languages a pack declares (see localized.ts): a pack in one language may
 * write plain strings, a pack in several must give each text in all of them.
 */
function buildSchemas(languages: readonly string[]) {
  const T = (max: number) => localizedSchema(LongText(max), languages);

  const FactSchema = v.strictObject({
    label: T(120),
    value: T(600),
    sources: SourceRefs,
    notes: v.optional(ReviewerNote),
  });

  const PositionSchema = v.strictObject({
    holder: T(160),
    statement: T(800),
    sources: SourceRefs,
    /** What the statement was about, when that is not this entity itself ("the New York case", "the overseas stations in general"). */
    about: v.optional(T(200)),
    /** A general statement, not about this entity's own case; needs `about` (validate.ts). */
    general: v.optional(v.literal(true, 'must be true or left out')),
    notes: v.optional(ReviewerNote),
  });

  const ReportedSchema = v.strictObject({
    /** What was reported there: how many sites, where, and by whom. */
    text: T(600),
    sources: SourceRefs,
    notes: v.optional(ReviewerNote),
  });

  const CountryResponseSchema = v.strictObject({
    date: IsoDate,
    /** Who responded: a ministry, a police force, a court, a minister by name. */
    actor: T(160),
    action: v.picklist(RESPONSE_ACTIONS, `must be one of ${RESPONSE_ACTIONS.join(', ')}`),
    text: T(600),
    sources: SourceRefs,
    notes: v.optional(ReviewerNote),
  });

  const CountrySchema = v.strictObject({
    country: CountryCode,
    reported: ReportedSchema,
    /** Oldest first, as they happened; may be empty when only a position is on record. */
    responses: v.array(CountryResponseSchema),
    /** The host government's stated view, when it gave one. */
    hostPosition: v.optional(PositionSchema),
    notes: v.optional(ReviewerNote),
  });

  const TimelineEventSchema = v.strictObject({
    date: IsoDate,
    /** The entities the event belongs to; it is shown in each one's timeline. */
    entities: v.pipe(v.array(Id), v.minLength(1, 'must name at least one entity')),
    side: v.picklist(TIMELINE_SIDES, `must be one of ${TIMELINE_SIDES.join(', ')}`),
    /** Who acted or spoke, as a reader would name them ("China's Ministry of Foreign Affairs"). */
    speaker: T(160),
    text: T(600),
    sources: SourceRefs,
    notes: v.optional(ReviewerNote),
  });

  // ---- end of story structure ----

  const EntitySchema = v.strictObject({
    id: Id,
    name: T(160),
    type: v.picklist(ENTITY_TYPES, `must be one of ${ENTITY_TYPES.join(', ')}`),
    group: v.optional(v.picklist(ENTITY_GROUPS, `must be one of ${ENTITY_GROUPS.join(', ')}`)),
    aliases: v.pipe(v.array(AliasSchema), v.minLength(1, 'must list at least one alias')),
    summary: T(1200),
    facts: v.array(FactSchema),
    positions: v.optional(v.array(PositionSchema)),
    related: v.optional(v.array(Id)),
    reviewed: v.optional(IsoDate),
    /** Responses by country (issue 15), for entities about the stations. */
    countries: v.optional(v.array(CountrySchema)),
  });

  const PackSchema = v.pipe(
    v.strictObject({
      id: Id,
      title: T(200),
      version: v.pipe(v.string(), v.regex(/^\d+\.\d+\.\d+$/, 'must be a semantic version such as "1.0.0"')),
      /** The language the pack was written in: a plain-string text is in it, and it is the fallback of every other. */
      language: LanguageTag,
      /** Every language the pack carries (BCP 47), its own first; absent means only `language`. */
      languages: v.optional(Languages),
      reviewed: IsoDate,
      sources: v.pipe(v.array(SourceSchema), v.minLength(1, 'must list at least one source')),
      entities: v.pipe(v.array(EntitySchema), v.minLength(1, 'must list at least one entity')),
      /** Key dated events of the story (issue 15), each shown in the timelines of the entities it names. */
      timeline: v.optional(v.array(TimelineEventSchema)),
    }),
    v.forward(
      v.check((pack) => pack.languages === undefined || pack.languages[0] === pack.language, "must start with the pack's own language"),
      ['languages'],
    ),
  );

  return {
    FactSchema,
    PositionSchema,
    ReportedSchema,
    CountryResponseSchema,
    CountrySchema,
    TimelineEventSchema,
    EntitySchema,
    PackSchema,
  };
}

type Schemas = ReturnType<typeof buildSchemas>;
const built = new Map<string, Schemas>();

/** The schemas for a pack declaring `languages` (its own language first), built once per set of languages. */
export function schemasFor(languages: readonly string[]): Schemas {
  const key = languages.join(',');
  let schemas = built.get(key);
  if (!schemas) {
    schemas = buildSchemas(languages);
    built.set(key, schemas);
  }
  return schemas;
}

/** The schemas of a pack in English only: what the types below are inferred from (text is `LocalText` in every case). */
export const { FactSchema, PositionSchema, ReportedSchema, CountryResponseSchema, CountrySchema, TimelineEventSchema, EntitySchema, PackSchema } =
  schemasFor(['en']);

export type Pack = v.InferOutput<typeof PackSchema>;
export type Source = v.InferOutput<typeof SourceSchema>;
export type Entity = v.InferOutput<typeof EntitySchema>;
export type Alias = v.InferOutput<typeof AliasSchema>;
export type Fact = v.InferOutput<typeof FactSchema>;
export type Position = v.InferOutput<typeof PositionSchema>;
export type Country = v.InferOutput<typeof CountrySchema>;
export type CountryResponse = v.InferOutput<typeof CountryResponseSchema>;
export type TimelineEvent = v.InferOutput<typeof TimelineEventSchema>;
export type ResponseAction = (typeof RESPONSE_ACTIONS)[number];
export type TimelineSide = (typeof TIMELINE_SIDES)[number];
export type SourceKind = (typeof SOURCE_KINDS)[number];
export type EntityType = (typeof ENTITY_TYPES)[number];
export type EntityGroup = (typeof ENTITY_GROUPS)[number];
