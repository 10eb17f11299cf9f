/**
 * Hostnames for "pause on this site". A site is paused by its exact hostname
 * as the page sees it (`location.hostname`): lower case, IDN in punycode, no
 * port. Users type sites by hand in the options page, often as a URL.
 */

const HOST = /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/;
const IPV6 = /^\[[0-9a-f:.]+\]$/;

/** Whether `value` is already a normalised hostname. */
export function isHostname(value: string): boolean {
  return value.length > 0 && value.length <= 253 && (HOST.test(value) || IPV6.test(value));
}

/**
 * The hostname in `input` ("Example.com", "https://www.example.com/a?b",
 * "example.com:8080"), or null when there is none. The URL parser does the
 * IDN and case work, so the result equals what `location.hostname` reports.
 */
export function normalizeHostname(input: string): string | null {
  const text = input.trim();
  if (text === '' || /\s/.test(text)) return null;
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `http://${text}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  const host = siteOf(url.hostname);
  return isHostname(host) ? host : null;
}

/**
 * The paused-sites entry for a hostname as a page or a tab URL reports it
 * (already lower case and in punycode): without the trailing dot of a fully
 * qualified name, so that `example.com.` is the site `example.com`.
 */
export function siteOf(hostname: string): string {
  return hostname.toLowerCase().replace(/\.$/, '');
}

/** Normalises, drops what is not a hostname, removes duplicates; keeps the first order. */
export function normalizeHostnames(inputs: readonly unknown[]): string[] {
  const out = new Set<string>();
  for (const input of inputs) {
    if (typeof input !== 'string') continue;
    const host = normalizeHostname(input);
    if (host) out.add(host);
  }
  return [...out];
}
