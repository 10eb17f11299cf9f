import { describe, expect, it } from 'vitest';
import { citationMarks, formatPackDate, httpsHref, numberCitations } from '../../lib/citations';

describe('numberCitations', () => {
  it('numbers sources by first citation, facts before positions', () => {
    const n = numberCitations(
      [{ sources: ['b', 'a'] }, { sources: ['a', 'c'] }],
      [{ sources: ['d', 'b'] }],
    );
    expect(n.order).toEqual(['b', 'a', 'c', 'd']);
    expect(n.numbersOf(['a', 'c'])).toEqual([2, 3]);
    expect(n.numbersOf(['d', 'b'])).toEqual([4, 1]);
  });

  it('drops unknown ids and repeats', () => {
    const n = numberCitations([{ sources: ['a'] }]);
    expect(n.numbersOf(['x', 'a', 'a'])).toEqual([1]);
  });

  it('is empty without citations', () => {
    expect(numberCitations([]).order).toEqual([]);
  });
});

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

describe('httpsHref', () => {
  it.each([
    ['https://example.org/a?b=c#d', 'https://example.org/a?b=c#d'],
    ['HTTPS://Example.org', 'https://example.org/'],
    ['http://example.org/', null],
    ['javascript:alert(1)', null],
    ['data:text/html,hi', null],
    ['https://user:pw@example.org/', null],
    ['//example.org/', null],
    ['not a url', null],
    ['', null],
    [undefined, null],
  ])('turns %s into %s', (url, expected) => {
    expect(httpsHref(url)).toBe(expected);
  });
});

describe('citationMarks', () => {
  it.each([
    [[], ''],
    [[1], '[1]'],
    [[2, 5], '[2][5]'],
  ])('prints %j as %s', (numbers, expected) => {
    expect(citationMarks(numbers)).toBe(expected);
  });
});
