import { describe, expect, it } from 'vitest';
import { citationMarks, httpsHref, numberCitations } from '../../lib/citations';

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
