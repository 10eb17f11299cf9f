/**
 * Which of a pack's languages fits a BCP 47 tag from a page or a browser.
 *
 * Chinese needs more than subtag equality: pages and browsers say `zh-TW`,
 * `zh-HK`, `zh-Hant-TW` or `yue` where a pack says `zh-Hant`, and `zh-CN`,
 * `zh-SG` or `zh-Hans` where it says `zh-Hans`. A bare `zh` names no script,
 * so it is left to the caller to decide (from the text itself).
 */

export type ChineseScript = 'zh-Hans' | 'zh-Hant';

const HANT_REGIONS = new Set(['tw', 'hk', 'mo']);
const HANS_REGIONS = new Set(['cn', 'sg', 'my']);
/** Languages written in Chinese characters whose tags rarely carry a script: Mandarin, Cantonese, Min Nan… */
const CHINESE_LANGUAGES = new Set(['zh', 'cmn', 'yue', 'nan', 'hak', 'wuu', 'gan', 'hsn']);

interface ParsedTag {
  language: string;
  script: string | null;
  region: string | null;
}

/** Lower-cased subtags of a well-formed-enough tag, or null. `zh_TW` (as browsers sometimes write it) is accepted. */
export function parseTag(tag: string): ParsedTag | null {
  const parts = tag.trim().toLowerCase().replace(/_/g, '-').split('-');
  const language = parts[0] ?? '';
  if (!/^[a-z]{2,3}$/.test(language)) return null;
  let script: string | null = null;
  let region: string | null = null;
  for (const part of parts.slice(1)) {
    if (script === null && region === null && /^[a-z]{4}$/.test(part)) script = part;
    else if (region === null && /^(?:[a-z]{2}|\d{3})$/.test(part)) region = part;
  }
  return { language, script, region };
}

/**
 * The Chinese script a tag implies: its script subtag, else its region, else
 * Cantonese's usual Traditional. Null for a tag that is not Chinese, and for
 * a Chinese tag that does not say (`zh`, `cmn`).
 */
export function chineseScriptOf(tag: string): ChineseScript | null | 'unknown' {
  const parsed = parseTag(tag);
  if (!parsed || !CHINESE_LANGUAGES.has(parsed.language)) return null;
  if (parsed.script === 'hant') return 'zh-Hant';
  if (parsed.script === 'hans') return 'zh-Hans';
  if (parsed.region !== null && HANT_REGIONS.has(parsed.region)) return 'zh-Hant';
  if (parsed.region !== null && HANS_REGIONS.has(parsed.region)) return 'zh-Hans';
  if (parsed.language === 'yue') return 'zh-Hant';
  return 'unknown';
}

/** Whether a tag names a Chinese language, whatever its script. */
export function isChineseTag(tag: string): boolean {
  return chineseScriptOf(tag) !== null;
}

/**
 * The pack language that serves readers of `tag`: the same tag, else the
 * Chinese script it implies, else the same primary language (`en-GB` → `en`,
 * `nl-BE` → `nl`). For Chinese whose script the tag leaves open, `script`
 * (decided from the text by the caller) picks; without it, null.
 */
export function packLanguageFor(tag: string, available: readonly string[], script?: ChineseScript | null): string | null {
  const parsed = parseTag(tag);
  if (!parsed) return null;
  const byLower = new Map(available.map((a) => [a.toLowerCase(), a]));
  const exact = byLower.get(tag.trim().toLowerCase().replace(/_/g, '-'));
  if (exact) return exact;
  const chinese = chineseScriptOf(tag);
  if (chinese !== null) {
    const wanted = chinese === 'unknown' ? (script ?? null) : chinese;
    return wanted ? (byLower.get(wanted.toLowerCase()) ?? null) : null;
  }
  for (const candidate of available) {
    const other = parseTag(candidate);
    if (other && other.language === parsed.language && !isChineseTag(candidate)) return candidate;
  }
  return null;
}
