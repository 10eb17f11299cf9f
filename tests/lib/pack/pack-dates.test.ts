import { describe, expect, it } from 'vitest';
import { compareNewestFirst, dayRange, isAfter, isCalendarDate } from '../../../lib/pack/pack-dates';

describe('dayRange', () => {
  it.each([
    ['2022', '2022-01-01', '2022-12-31'],
    ['2022-02', '2022-02-01', '2022-02-28'],
    ['2024-02', '2024-02-01', '2024-02-29'],
    ['2022-10-27', '2022-10-27', '2022-10-27'],
  ])('%s stands for %s to %s', (iso, first, last) => {
    expect(dayRange(iso)).toEqual({ first, last });
  });

  it.each(['2022-02-30', '2023-02-29', '2022-13', '2022-00', '2022-10-00', '22-10-27', '2022/10/27', ''])('%s is not a calendar date', (iso) => {
    expect(dayRange(iso)).toBeNull();
    expect(isCalendarDate(iso)).toBe(false);
  });
});

describe('isAfter', () => {
  it('is true only when every day of the event comes after every day of the report', () => {
    expect(isAfter('2022-11-02', '2022-11-01')).toBe(true);
    expect(isAfter('2022-11', '2022-10-31')).toBe(true);
    expect(isAfter('2023', '2022-12-31')).toBe(true);
  });

  it('gives an imprecise date the benefit of the doubt', () => {
    // A report of 2022-10-27 can tell of something dated only "October 2022" or "2022".
    expect(isAfter('2022-10', '2022-10-27')).toBe(false);
    expect(isAfter('2022', '2022-10-27')).toBe(false);
    // And an event on 2022-10-30 may be in a source dated only "October 2022".
    expect(isAfter('2022-10-30', '2022-10')).toBe(false);
  });

  it('never calls the same day "after"', () => {
    expect(isAfter('2022-11-01', '2022-11-01')).toBe(false);
  });

  it('is false when either date is not a calendar date', () => {
    expect(isAfter('2022-02-30', '2021')).toBe(false);
    expect(isAfter('2023', 'soon')).toBe(false);
  });
});

describe('compareNewestFirst', () => {
  it('sorts later days first, and an exact day before the month or year that contains it', () => {
    const dates = ['2022-10', '2023-04-17', '2022-10-27', '2022', '2022-11-01', '2022-10-01'];
    expect([...dates].sort(compareNewestFirst)).toEqual(['2023-04-17', '2022-11-01', '2022-10-27', '2022-10-01', '2022-10', '2022']);
  });

  it('puts dates it cannot read last', () => {
    expect(['bad', '2022'].sort(compareNewestFirst)).toEqual(['2022', 'bad']);
  });
});
