/**
 * Pack dates (YYYY, YYYY-MM or YYYY-MM-DD) as a reader reads them, at the
 * precision the pack has: a month-only date never gains a day. (Comparing
 * and ordering them is ./pack-dates.ts, which the content script does not need.)
 *
 * Each date is written once per document and remembered (a formatter costs
 * about 0.4 ms to make). A renderer's first
 * `Intl.DateTimeFormat` loads the locale data, 45–90 ms measured in Chromium
 * 156 on the hover card's first open, in the page's own process; so the
 * background writes out the dates of the entity it answers with
 * (extension/entity-answers.ts) and the card remembers them before it draws:
 * the page pays no Intl at all for them.
 */
export type MonthStyle = 'short' | 'long';

/** One date as written: `[iso, locale, style, text]`, where text is `formatPackDate(iso, locale, style)`. */
export type WrittenDate = [iso: string, locale: string, style: MonthStyle, text: string];

const ISO_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const MONTH_STYLES: readonly MonthStyle[] = ['short', 'long'];

const written = new Map<string, string>();
const keyOf = (iso: string, locale: string, style: MonthStyle) => `${style} ${locale} ${iso}`;

/**
 * `iso` written for `locale`. Anything but a real pack date is returned
 * unchanged rather than guessed at. Lists use the short month ("Sep"); a
 * copied citation spells it out ("September").
 */
export function formatPackDate(iso: string, locale = 'en', monthStyle: MonthStyle = 'short'): string {
  const key = keyOf(iso, locale, monthStyle);
  let text = written.get(key);
  if (text === undefined) {
    text = write(iso, locale, monthStyle);
    written.set(key, text);
  }
  return text;
}

/** Each date in each locale and month style: what a surface showing them in those locales will ask for. */
export function writeDates(isos: Iterable<string>, locales: Iterable<string>): WrittenDate[] {
  const out: WrittenDate[] = [];
  for (const iso of new Set(isos)) {
    for (const locale of new Set(locales)) {
      for (const style of MONTH_STYLES) out.push([iso, locale, style, formatPackDate(iso, locale, style)]);
    }
  }
  return out;
}

/** Dates written elsewhere (writeDates), so that formatPackDate answers them here without Intl. */
export function rememberDates(dates: readonly WrittenDate[]): void {
  for (const [iso, locale, style, text] of dates) written.set(keyOf(iso, locale, style), text);
}

function write(iso: string, locale: string, monthStyle: MonthStyle): string {
  const m = ISO_DATE.exec(iso);
  if (!m) return iso;
  const [, y, mo, d] = m;
  const month = mo === undefined ? 1 : Number(mo);
  const day = d === undefined ? 1 : Number(d);
  if (month < 1 || month > 12 || day < 1 || day > 31) return iso;
  const date = new Date(Date.UTC(Number(y), month - 1, day));
  // A 31st of a short month rolls over; refuse it instead of showing the wrong day.
  if (date.getUTCMonth() !== month - 1) return iso;
  const options: Intl.DateTimeFormatOptions =
    d !== undefined
      ? { year: 'numeric', month: monthStyle, day: 'numeric', timeZone: 'UTC' }
      : mo !== undefined
        ? { year: 'numeric', month: monthStyle, timeZone: 'UTC' }
        : { year: 'numeric', timeZone: 'UTC' };
  try {
    return new Intl.DateTimeFormat(locale, options).format(date);
  } catch {
    // Not a locale Intl knows: English rather than nothing.
    return new Intl.DateTimeFormat('en', options).format(date);
  }
}
