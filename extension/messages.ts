/**
 * Typed messages from the content script to the background. (The popup reads
 * a tab's counts from storage: extension/tab-mentions.ts.)
 * Runtime messages stay inside the extension: none of this is a network request.
 */
import { browser } from 'wxt/browser';
import type { EntityCardLabels } from '../components/EntityCard';
import type { EntityView } from '../lib/entity-view';
import type { WrittenDate } from '../lib/pack/date-text';
import type { TextLanguageHints } from '../lib/language/choose';
import type { MentionCounts } from '../lib/mention-counts';

export type { MentionCounts };

export interface ReportMentions {
  type: 'report-mentions';
  counts: MentionCounts;
}

/** What the card asks about an entity: which one, what the page says of its mention's language, and the reader's pick in the card, if any. */
export interface EntityRequest {
  entityId: string;
  /** The mention's language as the page gives it (dom/mention-language.ts); null when there is no mention (a related entity keeps its mention's). */
  page: TextLanguageHints | null;
  /** A language the reader chose with the card's switch: it wins over the options page's setting. */
  lang?: string;
}

/**
 * The card asks for an entity's details: the content script ships no pack
 * prose and chooses no language; the background does both (extension/entity-answers.ts).
 */
export interface GetEntity extends EntityRequest {
  type: 'get-entity';
}

/** The entity in the language chosen for it, and the card's words; null for an unknown id. */
export type EntityResponse = {
  view: EntityView;
  labels: EntityCardLabels;
  /** The language of `labels`: the text's when a locale has it. */
  labelLang: string;
  /** The view's dates, written in `view.lang` and `labelLang`: the card remembers them before it draws. */
  dates: WrittenDate[];
} | null;

/** Where the card's "Details" and "By country" open the entity's full view. */
export interface DetailsTarget {
  /** The language the card showed, so that the full view goes on in it. */
  lang?: string;
  /** A section to open at: the responses by country. */
  section?: 'countries';
}

/** The card's "Details": show this entity in the popup's detail view, for the sender's tab. */
export interface OpenDetails extends DetailsTarget {
  type: 'open-details';
  entityId: string;
}

export type BackgroundRequest = ReportMentions | GetEntity | OpenDetails;

export function reportMentions(counts: MentionCounts): Promise<void> {
  const message: ReportMentions = { type: 'report-mentions', counts };
  return browser.runtime.sendMessage(message).then(() => undefined);
}

export function getEntity(request: EntityRequest): Promise<EntityResponse> {
  const message: GetEntity = { type: 'get-entity', ...request };
  return browser.runtime.sendMessage(message) as Promise<EntityResponse>;
}

/**
 * getEntity, asked once per entity and language hints for as long as the
 * returned function is kept (a page's life): the card opens again and again
 * on the same names. A failed request is forgotten, so the next one asks again.
 */
export function cachedEntities(): (request: EntityRequest) => Promise<EntityResponse> {
  const views = new Map<string, Promise<EntityResponse>>();
  return (request) => {
    const key = [request.entityId, request.lang, request.page?.declared, request.page?.sample].join('\0');
    let view = views.get(key);
    if (!view) {
      view = getEntity(request).catch(() => {
        // The background may be restarting: ask again next time.
        views.delete(key);
        return null;
      });
      views.set(key, view);
    }
    return view;
  };
}

export function openDetails(entityId: string, target: DetailsTarget = {}): Promise<void> {
  const message: OpenDetails = { type: 'open-details', entityId, ...target };
  return browser.runtime.sendMessage(message).then(() => undefined);
}

/** The pack's kebab-case id shape (lib/pack/schema.ts), repeated here to keep the schema out of the content script. */
const ENTITY_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function isEntityId(value: unknown): value is string {
  return typeof value === 'string' && value.length <= 200 && ENTITY_ID.test(value);
}

/** A BCP 47 tag's shape, loosely (lib/pack/schema.ts has the pack's own check). */
const LANGUAGE = /^[a-zA-Z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/;

function isLanguage(value: unknown): value is string {
  return typeof value === 'string' && value.length <= 35 && LANGUAGE.test(value);
}

function parseHints(value: unknown): TextLanguageHints | null | undefined {
  if (value === null) return null;
  if (typeof value !== 'object' || Array.isArray(value)) return undefined;
  const { declared, sample } = value as Record<string, unknown>;
  // A page's lang attribute can say anything; it is only ever compared, never shown.
  if ((declared !== null && typeof declared !== 'string') || typeof sample !== 'string') return undefined;
  return { declared: declared === null ? null : declared.slice(0, 64), sample: sample.slice(0, 2_000) };
}

function isCounts(value: unknown): value is MentionCounts {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  return Object.entries(value).every(([k, n]) => k.length <= 200 && Number.isSafeInteger(n) && (n as number) >= 0);
}

/** Checks a message's shape: a compromised page cannot send these, but a bug elsewhere in the extension can. */
export function parseBackgroundRequest(message: unknown): BackgroundRequest | null {
  if (message === null || typeof message !== 'object') return null;
  const m = message as Record<string, unknown>;
  if (m.type === 'report-mentions' && isCounts(m.counts)) return { type: 'report-mentions', counts: m.counts };
  if (m.type === 'get-entity' && isEntityId(m.entityId)) {
    const page = parseHints(m.page ?? null);
    if (page === undefined || (m.lang !== undefined && !isLanguage(m.lang))) return null;
    return { type: 'get-entity', entityId: m.entityId, page, ...(m.lang !== undefined ? { lang: m.lang as string } : {}) };
  }
  if (m.type === 'open-details' && isEntityId(m.entityId)) {
    if ((m.lang !== undefined && !isLanguage(m.lang)) || (m.section !== undefined && m.section !== 'countries')) return null;
    return {
      type: 'open-details',
      entityId: m.entityId,
      ...(m.lang !== undefined ? { lang: m.lang as string } : {}),
      ...(m.section !== undefined ? { section: 'countries' as const } : {}),
    };
  }
  return null;
}
