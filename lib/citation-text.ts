/**
 * A source as a citation a reader can paste into their own work: who
 * published it, its title, its date, where it can be read, and that it was
 * cited in a Backstory pack reviewed on a given day, so whoever reads the
 * pasted text knows how old the context around it is.
 */
import { httpsHref } from './citations';
import { fill } from './fill';
import { formatPackDate } from './pack/date-text';

/** What a citation is made of: a pack source (lib/pack/schema.ts `Source`). */
export interface CitedSource {
  title: string;
  publisher: string;
  date?: string;
  url?: string;
  /** The outlet whose copy was read, when it is not the publisher (pack 1.1). */
  via?: string;
}

/** The pack the citation comes from: its title in the language of the text shown and its reviewed date (ISO). */
export interface CitingPack {
  title: string;
  reviewed: string;
}

/**
 * The words around the parts, in one language (locales/*.yml `citation.*`):
 * plain strings with `$1`… placeholders (lib/fill.ts), so that the card can
 * receive them in a message.
 */
export interface CitationWords {
  /** The source's title as a citation quotes it: “$1”, 《$1》. */
  title: string;
  /** The outlet whose copy was read: "via $1". */
  via: string;
  /** Stands where a link would be, for a source that has none. */
  noLink: string;
  /** Between the parts of the source: ", " or "，". */
  separator: string;
  /** The whole citation: $1 the source, $2 the pack's title, $3 its reviewed date (already formatted). */
  whole: string;
}

/**
 * `Publisher, “Title”, 12 September 2022, https://…. Cited in …, reviewed …`
 * with only what the source has: no date part without a date, the outlet
 * when the copy read was another's, and an explicit "no link" rather than
 * a silent gap when there is no https: link to give. Dates keep the pack's
 * precision, written in `locale`.
 */
export function formatCitation(source: CitedSource, pack: CitingPack, words: CitationWords, locale: string): string {
  const link = httpsHref(source.url);
  const parts = [source.publisher, fill(words.title, source.title)];
  if (source.date) parts.push(formatPackDate(source.date, locale, 'long'));
  if (source.via) parts.push(fill(words.via, source.via));
  parts.push(link ?? words.noLink);
  return fill(words.whole, parts.join(words.separator), pack.title, formatPackDate(pack.reviewed, locale, 'long'));
}
