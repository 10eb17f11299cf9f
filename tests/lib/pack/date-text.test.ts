import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatPackDate, rememberDates, writeDates } from '../../../lib/pack/date-text';

describe('formatPackDate', () => {
  it.each([
    ['2022', 'en', '2022'],
    ['2022-09', 'en', 'Sep 2022'],
    ['2022-09-16', 'en', 'Sep 16, 2022'],
    ['2022-09-16', 'en-GB', '16 Sept 2022'],
    ['2022-09-16', 'zh-CN', '2022年9月16日'],
    ['2022-09', 'zh-TW', '2022年9月'],
    ['2023-02-30', 'en', '2023-02-30'],
    ['2023-13', 'en', '2023-13'],
    ['soon', 'en', 'soon'],
    ['2022-09-16', 'not a locale!', 'Sep 16, 2022'],
  ])('formats %s for %s as %s', (iso, locale, expected) => {
    expect(formatPackDate(iso, locale)).toBe(expected);
  });

  it.each([
    ['2022-09-12', 'en', 'September 12, 2022'],
    ['2022-09', 'en', 'September 2022'],
    ['2022', 'en', '2022'],
    ['2022-09-12', 'en-GB', '12 September 2022'],
    ['2022-09-12', 'zh-CN', '2022年9月12日'],
    ['2023-02-30', 'en', '2023-02-30'],
  ])('spells the month out on request: %s for %s as %s', (iso, locale, expected) => {
    expect(formatPackDate(iso, locale, 'long')).toBe(expected);
  });
});

describe('writeDates', () => {
  it('writes each date once in each locale and month style, as formatPackDate writes it', () => {
    const dates = writeDates(['2022-09-16', '2022', '2022-09-16'], ['en', 'zh-CN', 'en']);
    expect(dates).toEqual([
      ['2022-09-16', 'en', 'short', 'Sep 16, 2022'],
      ['2022-09-16', 'en', 'long', 'September 16, 2022'],
      ['2022-09-16', 'zh-CN', 'short', '2022年9月16日'],
      ['2022-09-16', 'zh-CN', 'long', '2022年9月16日'],
      ['2022', 'en', 'short', '2022'],
      ['2022', 'en', 'long', '2022'],
      ['2022', 'zh-CN', 'short', '2022年'],
      ['2022', 'zh-CN', 'long', '2022年'],
    ]);
  });

  it('gives plain data that a message can carry', () => {
    const dates = writeDates(['2021-03'], ['zh-TW']);
    expect(structuredClone(dates)).toEqual(dates);
  });
});

describe('rememberDates', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('answers remembered dates without making a formatter (the page pays no Intl for them)', () => {
    // A date and locale no other case here has written, so that nothing of theirs is remembered yet.
    const dates: Parameters<typeof rememberDates>[0] = [
      ['1999-12-31', 'fr-CA', 'short', '31 déc. 1999'],
      ['1999-12-31', 'fr-CA', 'long', '31 décembre 1999'],
    ];
    const made = vi.spyOn(Intl, 'DateTimeFormat');
    rememberDates(dates);
    expect(formatPackDate('1999-12-31', 'fr-CA')).toBe('31 déc. 1999');
    expect(formatPackDate('1999-12-31', 'fr-CA', 'long')).toBe('31 décembre 1999');
    expect(made).not.toHaveBeenCalled();
  });

  it('writes what it was not given, once', () => {
    const Real = Intl.DateTimeFormat;
    const made = vi.spyOn(Intl, 'DateTimeFormat').mockImplementation(function (...args: ConstructorParameters<typeof Real>) {
      return new Real(...args);
    } as unknown as typeof Real);
    expect(formatPackDate('1998-01-02', 'de-AT')).toBe('2. Jän. 1998');
    expect(formatPackDate('1998-01-02', 'de-AT')).toBe('2. Jän. 1998');
    expect(made).toHaveBeenCalledTimes(1);
  });
});
