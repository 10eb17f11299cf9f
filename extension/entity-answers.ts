/**
 * The background's answer to the card's request for an entity (issue 14):
 * the language is chosen here, where the packs and the reader's setting are,
 * from what the page said about the mention; the entity comes back in that
 * language with the card's words and its dates written out, so the content
 * script carries neither pack prose, nor language rules, nor a table of
 * words, and never loads a locale's date data (lib/pack/date-text.ts).
 */
import { entityView, viewDates } from '../lib/entity-view';
import { chooseLanguage, type LanguagePreference } from '../lib/language/choose';
import type { Catalog } from '../lib/pack/catalog';
import { writeDates } from '../lib/pack/date-text';
import { detailLabelsIn } from './labels';
import type { EntityRequest, EntityResponse } from './messages';

export interface ReaderLanguage {
  /** The options page's setting. */
  preference: LanguagePreference;
  /** The browser's interface language. */
  ui: string;
}

export function answerEntity(catalog: Catalog, request: EntityRequest, reader: ReaderLanguage): EntityResponse {
  const entity = catalog.entity(request.entityId);
  if (!entity) return null;
  const lang = chooseLanguage({ preference: request.lang ?? reader.preference, page: request.page, ui: reader.ui, available: entity.languages });
  const view = entityView(catalog, entity.id, lang)!;
  const { labels, lang: labelLang } = detailLabelsIn(view.lang);
  // The card writes dates in the text's language and in its words' (a copied citation, "Reviewed …").
  return { view, labels, labelLang, dates: writeDates(viewDates(view), [view.lang, labelLang]) };
}
