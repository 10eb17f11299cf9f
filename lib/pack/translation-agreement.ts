/**
 * A machine check that translations keep the facts (issue 14): the numbers
 * and dates of each language's text must be those of the original.
 *
 * Each text is reduced to a set of figures: dates at the precision written
 * ("September 2022" and "2022年9月" are both 2022-09), and other numbers with
 * their scale ("1.5 million" and "150万" are both 1500000). Only figures
 * written with digits are read; translators write digits where the original
 * does (the pack's style), so "two men" / "两名男子" are neither read nor
 * compared, while "54 stations" / "54个" are.
 */

const FULL_MONTHS: Record<string, number> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10, november: 11, december: 12,
};
const MONTHS: Record<string, number> = {
  ...FULL_MONTHS,
  jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};
// Capitalised only: "may" is also a verb. The longest name first, so "Sept." is not read as "Sep".
const alternation = (names: string[]) =>
  `(${names
    .sort((a, b) => b.length - a.length)
    .map((m) => m[0]!.toUpperCase() + m.slice(1))
    .join('|')})`;
const MONTH = `${alternation(Object.keys(MONTHS))}\\.?`;
// A month standing alone is read only when written out: "Mar" and "Jan" alone are names (Viña del Mar, Jan Lipavský).
const FULL_MONTH = alternation(Object.keys(FULL_MONTHS));
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const YEAR = '(\\d{4})';

const pad = (n: string | number) => String(n).padStart(2, '0');
const month = (name: string) => MONTHS[name.toLowerCase()]!;

type Rule = [RegExp, (m: RegExpExecArray) => string];

const ENGLISH_DATES: Rule[] = [
  [new RegExp(`\\b${DAY} ${MONTH},? ${YEAR}\\b`, 'g'), (m) => `${m[3]}-${pad(month(m[2]!))}-${pad(m[1]!)}`],
  [new RegExp(`\\b${MONTH} ${DAY},? ${YEAR}\\b`, 'g'), (m) => `${m[3]}-${pad(month(m[1]!))}-${pad(m[2]!)}`],
  [new RegExp(`\\b${MONTH},? ${YEAR}\\b`, 'g'), (m) => `${m[2]}-${pad(month(m[1]!))}`],
  [new RegExp(`\\b${DAY} ${MONTH}(?![a-z])`, 'g'), (m) => `--${pad(month(m[2]!))}-${pad(m[1]!)}`],
  [new RegExp(`\\b${MONTH} ${DAY}\\b`, 'g'), (m) => `--${pad(month(m[1]!))}-${pad(m[2]!)}`],
  [new RegExp(`\\b${FULL_MONTH}(?![a-z])`, 'g'), (m) => `--${pad(month(m[1]!))}`],
];

const CHINESE_DATES: Rule[] = [
  [/(\d{4})年(\d{1,2})月(\d{1,2})[日号號]/g, (m) => `${m[1]}-${pad(m[2]!)}-${pad(m[3]!)}`],
  [/(\d{4})年(\d{1,2})月/g, (m) => `${m[1]}-${pad(m[2]!)}`],
  [/(\d{1,2})月(\d{1,2})[日号號]/g, (m) => `--${pad(m[1]!)}-${pad(m[2]!)}`],
  [/(\d{1,2})月/g, (m) => `--${pad(m[1]!)}`],
];

const ISO_DATE: Rule = [/\b(\d{4})-(\d{2})(?:-(\d{2}))?\b/g, (m) => (m[3] ? `${m[1]}-${m[2]}-${m[3]}` : `${m[1]}-${m[2]}`)];

const SCALES: Record<string, number> = {
  thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12,
  千: 1e3, 万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8,
};
const NUMBER = /(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(?:\s?(thousand|million|billion|trillion)\b|(千|万|萬|亿|億))?/g;

function canonicalNumber(whole: string, fraction: string | undefined, scale: string | undefined): string {
  const value = Number(`${whole.replace(/,/g, '')}${fraction ? `.${fraction}` : ''}`) * (scale ? SCALES[scale]! : 1);
  // Rounded to what a float can say exactly: 1.5 million is 1500000, not 1500000.0000000002.
  return String(Number(value.toPrecision(15)));
}

/**
 * A date as the parts a translation must keep: its year (read like any number), and its month
 * or month and day. Parts, not whole dates, because languages share a year between two dates
 * differently: "January to November 2015" gives the year once, at the end, and "2015年1月至11月"
 * once, at the start; both have 2015, January and November.
 */
function dateParts(iso: string): string[] {
  const [, year = '-', rest = ''] = /^(\d{4}|-)-(.*)$/.exec(iso) ?? [];
  const parts = year === '-' ? [] : [`number ${Number(year)}`];
  parts.push(rest.length > 2 ? `day ${rest}` : `month ${rest}`);
  return parts;
}

/** Dates and numbers written in `text`, as canonical strings ("number 2022", "month 09", "day 09-12", "number 54"). */
export function figuresOf(text: string, lang: string): Set<string> {
  let rest = text.normalize('NFKC');
  const figures = new Set<string>();
  const rules = [ISO_DATE, ...(lang.toLowerCase().startsWith('zh') ? CHINESE_DATES : ENGLISH_DATES)];
  for (const [pattern, format] of rules) {
    rest = rest.replace(pattern, (...args) => {
      const match = args.slice(0, -2) as unknown as RegExpExecArray;
      for (const part of dateParts(format(match))) figures.add(part);
      // Blank it out, so the digits of a date are not read again as numbers.
      return ' '.repeat(String(args[0]).length);
    });
  }
  for (const m of rest.matchAll(NUMBER)) figures.add(`number ${canonicalNumber(m[1]!, m[2], m[3] ?? m[4])}`);
  return figures;
}

export interface FigureDisagreement {
  lang: string;
  /** Figures of the original that the translation lacks. */
  missing: string[];
  /** Figures of the translation that the original lacks. */
  extra: string[];
}

/** How each translation's figures differ from the original's; empty when they all agree. */
export function figureDisagreements(texts: Readonly<Record<string, string>>, original: string): FigureDisagreement[] {
  const source = texts[original];
  if (source === undefined) return [];
  const expected = figuresOf(source, original);
  const out: FigureDisagreement[] = [];
  for (const [lang, text] of Object.entries(texts)) {
    if (lang === original) continue;
    const found = figuresOf(text, lang);
    const missing = [...expected].filter((f) => !found.has(f)).sort();
    const extra = [...found].filter((f) => !expected.has(f)).sort();
    if (missing.length > 0 || extra.length > 0) out.push({ lang, missing, extra });
  }
  return out;
}

export function describeDisagreement(d: FigureDisagreement, original: string): string {
  const parts = [
    d.missing.length > 0 ? `lacks ${d.missing.join(', ')}` : '',
    d.extra.length > 0 ? `adds ${d.extra.join(', ')}` : '',
  ].filter(Boolean);
  return `the ${d.lang} text's numbers and dates differ from the ${original} original: it ${parts.join(' and ')}`;
}
