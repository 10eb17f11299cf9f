/**
 * What a surface needs to show one entity, in one language: plain strings
 * resolved from the pack's LocalText, the `lang` they are in, its sources
 * numbered as they are cited, the numbers to print after each fact,
 * position, country row and timeline event, and a short view of its related
 * entities. Built from the catalog by whoever holds it (the background, the
 * popup), so that the content script never ships pack prose or chooses a
 * translation; the card and the popup only render it, so "[2]" is the same
 * source wherever an entity is shown, in every language.
 */
import { numberCitations } from './citations';
import { languageLabel, type LanguageLabel } from './language/names';
import { resolveText, textIn, type LocalText } from './pack/localized';
import type { Catalog, CatalogEntity } from './pack/catalog';
import type { EntityType, Position, ResponseAction, Source, TimelineSide } from './pack/schema';
import { regionName } from './region-name';
import { entityCiting } from './story-citations';
import { isChinaSide } from './timeline';

export interface RelatedEntity {
  id: string;
  name: string;
  type: EntityType;
  summary: string;
  /** The language of `name` and `summary` (a related entity's pack may not have the view's language). */
  lang: string;
}

export interface FactView {
  label: string;
  value: string;
  /** Citation numbers, into `sources`. */
  marks: number[];
}

export interface PositionView {
  holder: string;
  statement: string;
  marks: number[];
  /** What the statement was about, when that is not this entity itself. */
  about?: string;
  /** A general statement, not about this entity's own case (then `about` says what it was about). */
  general: boolean;
}

export interface CountryResponseView {
  /** ISO date as the pack has it (YYYY, YYYY-MM or YYYY-MM-DD). */
  date: string;
  actor: string;
  action: ResponseAction;
  text: string;
  marks: number[];
}

export interface CountryView {
  /** ISO 3166-1 alpha-2. */
  code: string;
  /** The country's name in the view's language. */
  name: string;
  reported: { text: string; marks: number[] };
  /** Oldest first, as they happened. */
  responses: CountryResponseView[];
  hostPosition?: PositionView;
}

export interface TimelineEventView {
  date: string;
  side: TimelineSide;
  /** The Chinese government or its state media: their lane on the line of time. */
  china: boolean;
  speaker: string;
  text: string;
  marks: number[];
}

export interface EntityView {
  id: string;
  type: EntityType;
  /** The language (BCP 47) of every text below except related entities' own: the one asked for, or the pack's own when it lacks it. */
  lang: string;
  /** The languages the entity's pack carries, its own first, named for readers: what they can switch between. */
  languages: LanguageLabel[];
  name: string;
  summary: string;
  facts: FactView[];
  positions: PositionView[];
  /** The sources cited by what the view holds, in citation order: the first is [1]. */
  sources: Source[];
  /** Related entities that exist in the catalog, in the pack's order. */
  related: RelatedEntity[];
  /** The entity's reviewed date (ISO), or its pack's. */
  reviewedOn: string;
  /** Its pack's title, in `lang`: a copied citation names the pack it was cited in (lib/citation-text.ts). */
  packTitle: string;
  /** How many countries the entity's responses-by-country table has, whether or not `countries` is filled. */
  countryCount: number;
  /** Responses by country, in the view language's alphabetical order; empty unless asked for (`story`). */
  countries: CountryView[];
  /** The entity's dated events, newest first; empty unless asked for (`story`). */
  timeline: TimelineEventView[];
}

export interface EntityViewOptions {
  /**
   * Include the country table and the timeline (the popup's details). The
   * card leaves them out; its numbers still match, because sources are
   * numbered by first citation and these come after facts and positions.
   */
  story?: boolean;
}

/** The language an entity is shown in when `lang` is asked for: `lang` if its pack carries it, else the pack's own. */
export function viewLanguage(entity: Pick<CatalogEntity, 'language' | 'languages'>, lang: string | undefined): string {
  return lang !== undefined && entity.languages.includes(lang) ? lang : entity.language;
}

/** The entity's name in `lang` (or its pack's language), for lists and search results. */
export function entityName(entity: CatalogEntity, lang?: string): { text: string; lang: string } {
  return resolveText(entity.name, viewLanguage(entity, lang), entity.language);
}

/** What a list shows of an entity (the popup, the options page): its name in `lang` and the language that name is in. */
export function listEntity(entity: CatalogEntity, lang?: string) {
  const name = entityName(entity, lang);
  return { id: entity.id, type: entity.type, group: entity.group, name: name.text, lang: name.lang };
}

/** The entity's name in each language its pack carries: what search matches against. */
export function entityNames(entity: CatalogEntity): string[] {
  return [...new Set(entity.languages.map((lang) => textIn(entity.name, lang, entity.language)))];
}

export function entityView(catalog: Catalog, entityId: string, lang?: string, options: EntityViewOptions = {}): EntityView | null {
  const entity = catalog.entity(entityId);
  if (!entity) return null;
  const shown = viewLanguage(entity, lang);
  // Validated packs give every text in every declared language (lib/pack/schema.ts), so each resolves in `shown`.
  const t = (text: LocalText) => textIn(text, shown, entity.language);
  const positions = entity.positions ?? [];
  const events = options.story ? catalog.timeline(entity) : [];
  const countries = options.story ? (entity.countries ?? []) : [];

  // Number only what can be looked up: a citation of a source the pack lacks gets no mark and leaves no gap.
  const resolves = (id: string) => catalog.source(entity, id) !== undefined;
  const numbering = numberCitations(
    entityCiting({ facts: entity.facts, positions, countries }, events).map((item) => ({ sources: item.sources.filter(resolves) })),
  );
  const marks = (sources: readonly string[]) => numbering.numbersOf(sources);
  const position = (p: Position): PositionView => ({
    holder: t(p.holder),
    statement: t(p.statement),
    marks: marks(p.sources),
    ...(p.about !== undefined ? { about: t(p.about) } : {}),
    general: p.general === true,
  });

  const related = (entity.related ?? []).flatMap((id) => {
    const other = id === entity.id ? undefined : catalog.entity(id);
    if (!other) return [];
    const otherLang = viewLanguage(other, shown);
    return [{ id: other.id, name: textIn(other.name, otherLang, other.language), type: other.type, summary: textIn(other.summary, otherLang, other.language), lang: otherLang }];
  });

  const collator = new Intl.Collator([shown, 'en']);
  const countryViews: CountryView[] = countries
    .map((row) => ({
      code: row.country,
      name: regionName(row.country, shown),
      reported: { text: t(row.reported.text), marks: marks(row.reported.sources) },
      responses: row.responses.map((r) => ({ date: r.date, actor: t(r.actor), action: r.action, text: t(r.text), marks: marks(r.sources) })),
      ...(row.hostPosition ? { hostPosition: position(row.hostPosition) } : {}),
    }))
    // Alphabetical in the reader's language, so a reader finds their own country.
    .sort((a, b) => collator.compare(a.name, b.name));

  return {
    id: entity.id,
    type: entity.type,
    lang: shown,
    languages: entity.languages.map(languageLabel),
    name: t(entity.name),
    summary: t(entity.summary),
    facts: entity.facts.map((fact) => ({ label: t(fact.label), value: t(fact.value), marks: marks(fact.sources) })),
    positions: positions.map(position),
    sources: numbering.order.map((id) => catalog.source(entity, id)!),
    related,
    reviewedOn: entity.reviewedOn,
    packTitle: t(entity.packTitle),
    countryCount: entity.countries?.length ?? 0,
    countries: countryViews,
    timeline: events.map((e) => ({ date: e.date, side: e.side, china: isChinaSide(e.side), speaker: t(e.speaker), text: t(e.text), marks: marks(e.sources) })),
  };
}

/** Every pack date a view holds, each once: what a surface showing it writes out (lib/pack/date-text.ts). */
export function viewDates(view: EntityView): string[] {
  const dates = [
    view.reviewedOn,
    ...view.sources.flatMap((s) => (s.date === undefined ? [] : [s.date])),
    ...view.countries.flatMap((c) => c.responses.map((r) => r.date)),
    ...view.timeline.map((e) => e.date),
  ];
  return [...new Set(dates)];
}
