/**
 * How a language is named to a reader who reads it: "English", "简体中文",
 * "繁體中文", from the browser's own locale data (Intl.DisplayNames), so a
 * pack in Dutch needs no new strings to appear in the switch and the options.
 */

export interface LanguageLabel {
  /** The BCP 47 tag. */
  tag: string;
  /** Its name in itself (autonym). */
  name: string;
  /** A mark of one or two characters for a compact switch: 简, 繁, or the language subtag (EN, NL). */
  short: string;
}

const SHORT: Record<string, string> = { 'zh-hans': '简', 'zh-hant': '繁' };

export function languageLabel(tag: string): LanguageLabel {
  let name: string | undefined;
  try {
    name = new Intl.DisplayNames([tag, 'en'], { type: 'language', fallback: 'none' }).of(tag);
  } catch {
    name = undefined;
  }
  const short = SHORT[tag.toLowerCase()] ?? tag.split('-')[0]!.toUpperCase();
  return { tag, name: name ?? tag, short };
}
