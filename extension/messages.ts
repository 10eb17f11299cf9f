/**
 * Typed messages from the content script to the background. (The popup reads
 * a tab's counts from storage: extension/tab-mentions.ts.)
 * Runtime messages stay inside the extension: none of this is a network request.
 */
import { browser } from 'wxt/browser';
import type { EntityView } from '../lib/entity-view';
import type { MentionCounts } from '../lib/mention-counts';

export type { MentionCounts };

export interface ReportMentions {
  type: 'report-mentions';
  counts: MentionCounts;
}

/** The card asks for an entity's details: the content script does not ship pack prose. */
export interface GetEntity {
  type: 'get-entity';
  entityId: string;
}

/** The entity, the sources it cites and its related entities; null for an unknown id. */
export type EntityResponse = EntityView | null;

/** The card's "Details": show this entity in the popup's detail view, for the sender's tab. */
export interface OpenDetails {
  type: 'open-details';
  entityId: string;
}

export type BackgroundRequest = ReportMentions | GetEntity | OpenDetails;

export function reportMentions(counts: MentionCounts): Promise<void> {
  const message: ReportMentions = { type: 'report-mentions', counts };
  return browser.runtime.sendMessage(message).then(() => undefined);
}

export function getEntity(entityId: string): Promise<EntityResponse> {
  const message: GetEntity = { type: 'get-entity', entityId };
  return browser.runtime.sendMessage(message) as Promise<EntityResponse>;
}

/**
 * getEntity, asked once per entity for as long as the returned function is
 * kept (a page's life): the card opens again and again on the same names.
 * A failed request is forgotten, so the next one asks again.
 */
export function cachedEntities(): (entityId: string) => Promise<EntityResponse> {
  const views = new Map<string, Promise<EntityResponse>>();
  return (entityId) => {
    let view = views.get(entityId);
    if (!view) {
      view = getEntity(entityId).catch(() => {
        // The background may be restarting: ask again next time.
        views.delete(entityId);
        return null;
      });
      views.set(entityId, view);
    }
    return view;
  };
}

export function openDetails(entityId: string): Promise<void> {
  const message: OpenDetails = { type: 'open-details', entityId };
  return browser.runtime.sendMessage(message).then(() => undefined);
}

/** The pack's kebab-case id shape (lib/pack/schema.ts), repeated here to keep the schema out of the content script. */
const ENTITY_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function isEntityId(value: unknown): value is string {
  return typeof value === 'string' && value.length <= 200 && ENTITY_ID.test(value);
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
  if (m.type === 'get-entity' && isEntityId(m.entityId)) return { type: 'get-entity', entityId: m.entityId };
  if (m.type === 'open-details' && isEntityId(m.entityId)) return { type: 'open-details', entityId: m.entityId };
  return null;
}
