/**
 * Citation URLs should lead a reader to the page, not carry who sent them
 * there or a solved bot challenge. Pages copied from the web often keep such
 * tokens (`utm_source`, Cloudflare's `__cf_chl_jschl_tk__`); a pack must drop
 * them, so the validator names any it finds.
 */

/** Query parameters that only track a click or carry a challenge token, by prefix. */
const TRACKING_PREFIXES = ['utm_', '__cf_chl_'] as const;

/** Query parameters that only track a click or a campaign, by exact name. */
const TRACKING_NAMES = new Set([
  'fbclid',
  'gclid',
  'dclid',
  'msclkid',
  'mc_cid',
  'mc_eid',
  'ns_mchannel',
  'ns_campaign',
  'ns_source',
  'ns_linkname',
  'ns_fee',
  'ito',
  'ico',
  'cmpid',
]);

/** Path endings that are a tracking script glued to an article's address, not the article. */
const TRACKING_PATH_ENDINGS = ['/trackingdata.js'] as const;

/** The tracking or challenge parts of a URL, as written in it; empty for a clean or unparsable URL. */
export function trackingTokens(url: string): string[] {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return [];
  }
  const found: string[] = [];
  for (const name of new Set(u.searchParams.keys())) {
    const lower = name.toLowerCase();
    if (TRACKING_NAMES.has(lower) || TRACKING_PREFIXES.some((p) => lower.startsWith(p))) found.push(name);
  }
  for (const ending of TRACKING_PATH_ENDINGS) {
    if (u.pathname.toLowerCase().endsWith(ending)) found.push(ending);
  }
  return found;
}
