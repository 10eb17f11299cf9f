/**
 * The language a card shows pack text in (issue 14): the reader's choice if
 * they made one, else the language of the text the mention is in, else the
 * browser's interface language, else the pack's own language.
 */
import { chineseTextVerdict } from './chinese-script';
import { isChineseTag, packLanguageFor } from './tags';

/** The options page's setting: follow the page, or always one language (a BCP 47 tag). */
export type LanguagePreference = 'page' | string;

export interface TextLanguageHints {
  /** The mention's nearest `lang` (its element's, an ancestor's or the document's); '' or null when none says. */
  declared: string | null;
  /** Text around the mention (its block), read only when the page does not say or says only "Chinese". */
  sample: string;
}

export interface LanguageChoice {
  preference: LanguagePreference;
  /** Null when nothing about the page is known (the popup's search, say). */
  page: TextLanguageHints | null;
  /** The browser's interface language (e.g. `zh-TW`, `en-US`). */
  ui: string;
  /** The languages the pack carries, its own (fallback) language first. */
  available: readonly string[];
}

/** The page's language as the pack can serve it, or null. */
export function pageLanguage(hints: TextLanguageHints, available: readonly string[]): string | null {
  const declared = hints.declared?.trim() ?? '';
  if (declared !== '') {
    // A page that says Chinese without a script, or one that says nothing: its characters decide.
    if (!isChineseTag(declared)) return packLanguageFor(declared, available);
    return packLanguageFor(declared, available, chineseTextVerdict(hints.sample).script ?? 'zh-Hans');
  }
  const verdict = chineseTextVerdict(hints.sample);
  if (!verdict.chinese) return null;
  return packLanguageFor('zh', available, verdict.script ?? 'zh-Hans');
}

export function chooseLanguage(choice: LanguageChoice): string {
  const { available } = choice;
  const fallback = available[0] ?? 'en';
  if (choice.preference !== 'page') {
    const wanted = packLanguageFor(choice.preference, available);
    if (wanted) return wanted;
  }
  if (choice.page) {
    const fromPage = pageLanguage(choice.page, available);
    if (fromPage) return fromPage;
  }
  return packLanguageFor(choice.ui, available, isChineseTag(choice.ui) ? 'zh-Hans' : null) ?? fallback;
}
