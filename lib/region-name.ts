/**
 * Country names for ISO 3166-1 codes in the reader's language, from the
 * browser's own locale data (Intl.DisplayNames), so the pack stores codes
 * and never a name in one language.
 */

const cache = new Map<string, Intl.DisplayNames | null>();

function displayNames(locale: string): Intl.DisplayNames | null {
  if (!cache.has(locale)) {
    let names: Intl.DisplayNames | null = null;
    // A malformed locale tag makes the constructor throw: fall back to English names.
    for (const tags of [[locale, 'en'], ['en']]) {
      try {
        names = new Intl.DisplayNames(tags, { type: 'region', fallback: 'none' });
        break;
      } catch {
        names = null;
      }
    }
    cache.set(locale, names);
  }
  return cache.get(locale)!;
}

/** "NL" → "Netherlands" (en) or "荷兰" (zh-CN); the code itself when no name is known. */
export function regionName(code: string, locale = 'en'): string {
  try {
    return displayNames(locale)?.of(code) ?? code;
  } catch {
    // A malformed code makes Intl throw; show it as it is rather than fail the view.
    return code;
  }
}
