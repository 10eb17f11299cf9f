/**
 * Reader-facing pack text in several languages (issue 14).
 *
 * A text is either a plain string, in the pack's own `language` (the format
 * of packs before 1.2, which still load), or a map from BCP 47 tag to string.
 * A pack that declares several `languages` must give every reader-facing
 * text in each of them: the schema is built for the declared languages, so
 * a missing or empty translation is an ordinary validation error whose path
 * names the entity, the field and the language.
 *
 * Translations live inside the item they translate (a fact's label and value
 * beside its `sources`), so a translated fact cannot cite other sources than
 * its original: there is one list of sources for every language.
 */
import * as v from 'valibot';

export type LocalText = string | Readonly<Record<string, string>>;

/** A text in the pack's languages: with one language a plain string or a map; with several, a map of all of them. */
export function localizedSchema(
  inner: v.GenericSchema<string, string>,
  languages: readonly string[],
): v.GenericSchema<LocalText, LocalText> {
  const map = v.strictObject(Object.fromEntries(languages.map((tag) => [tag, inner])));
  if (languages.length > 1) {
    return v.pipe(
      v.custom<Record<string, unknown>>(
        (input) => input !== null && typeof input === 'object' && !Array.isArray(input),
        `must give the text in each of the pack's languages (${languages.join(', ')}), as an object such as {"${languages[0]}": "…"}`,
      ),
      map,
    ) as v.GenericSchema<LocalText, LocalText>;
  }
  return v.union([inner, map], (issue) => `must be a string or an object with a "${languages[0]}" text (${issue.received})`) as v.GenericSchema<
    LocalText,
    LocalText
  >;
}

export interface ResolvedText {
  text: string;
  /** The language `text` is in: the one asked for, or the pack's own when the text has no translation. */
  lang: string;
}

/** The text in `lang` if the pack has it, else in the pack's own language. */
export function resolveText(text: LocalText, lang: string, packLanguage: string): ResolvedText {
  if (typeof text === 'string') return { text, lang: packLanguage };
  const wanted = text[lang];
  if (wanted !== undefined && wanted !== '') return { text: wanted, lang };
  const own = text[packLanguage];
  if (own !== undefined) return { text: own, lang: packLanguage };
  const [first] = Object.entries(text);
  return first ? { text: first[1], lang: first[0] } : { text: '', lang: packLanguage };
}

export function textIn(text: LocalText, lang: string, packLanguage: string): string {
  return resolveText(text, lang, packLanguage).text;
}

/** Every language a text is given in. */
export function languagesOf(text: LocalText, packLanguage: string): string[] {
  return typeof text === 'string' ? [packLanguage] : Object.keys(text);
}

/** `T` with every text resolved to one language: what a view of the pack in that language holds. */
export type Resolved<T> = LocalText extends T
  ? Exclude<T, LocalText> | string
  : T extends object
    ? { [K in keyof T]: Resolved<T[K]> }
    : T;

/**
 * A copy of `value` (a pack, an entity, a fact…) with every translated text
 * resolved to `lang`, falling back to the pack's own language. A translated
 * text is recognised as the schema allows it only: an object whose every key
 * is one of the pack's languages and whose every value is a string.
 */
export function resolveAll<T>(value: T, lang: string, pack: { language: string; languages?: readonly string[] }): Resolved<T> {
  const languages = new Set(pack.languages ?? [pack.language]);
  const walk = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(walk);
    if (node === null || typeof node !== 'object') return node;
    const entries = Object.entries(node);
    if (entries.length > 0 && entries.every(([k, v]) => languages.has(k) && typeof v === 'string')) {
      return resolveText(node as Record<string, string>, lang, pack.language).text;
    }
    return Object.fromEntries(entries.map(([k, v]) => [k, walk(v)]));
  };
  return walk(value) as Resolved<T>;
}
