/**
 * Pack dates have the precision their source gives: a year (2022), a month
 * (2022-10) or a day (2022-10-27). Comparing them means comparing the ranges
 * of days they stand for, never a made-up first of the month.
 */

const ISO_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export interface DayRange {
  /** First day the date can mean, as YYYY-MM-DD. */
  readonly first: string;
  /** Last day the date can mean, as YYYY-MM-DD. */
  readonly last: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** The days a pack date stands for, or null if it is not a real calendar date (2022-02-30, 2022-13). */
export function dayRange(iso: string): DayRange | null {
  const m = ISO_DATE.exec(iso);
  if (!m) return null;
  const year = Number(m[1]);
  if (m[2] === undefined) return { first: `${m[1]}-01-01`, last: `${m[1]}-12-31` };
  const month = Number(m[2]);
  if (month < 1 || month > 12) return null;
  const monthEnd = daysIn(year, month);
  if (m[3] === undefined) return { first: `${m[1]}-${m[2]}-01`, last: `${m[1]}-${m[2]}-${pad(monthEnd)}` };
  const day = Number(m[3]);
  if (day < 1 || day > monthEnd) return null;
  return { first: iso, last: iso };
}

export function isCalendarDate(iso: string): boolean {
  return dayRange(iso) !== null;
}

/**
 * True when `event` certainly lies after `report`: every day the event can
 * mean comes after every day the report can mean. A source cannot report
 * what had not happened yet, so such a citation is a mistake in the pack.
 */
export function isAfter(event: string, report: string): boolean {
  const e = dayRange(event);
  const r = dayRange(report);
  return e !== null && r !== null && e.first > r.last;
}

/**
 * Orders pack dates newest first by their first possible day, so a date
 * known only to the month or year sits after the exact days inside it: "27
 * October 2022" before "October 2022" before "2022". Unreadable dates go last.
 */
export function compareNewestFirst(a: string, b: string): number {
  const ra = dayRange(a);
  const rb = dayRange(b);
  if (!ra || !rb) return ra ? -1 : rb ? 1 : 0;
  if (ra.first !== rb.first) return ra.first < rb.first ? 1 : -1;
  // Same first day: the exact date before the wider one.
  if (ra.last !== rb.last) return ra.last < rb.last ? -1 : 1;
  return 0;
}
