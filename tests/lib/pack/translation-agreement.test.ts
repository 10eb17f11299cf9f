import { describe, expect, it } from 'vitest';
import { describeDisagreement, figureDisagreements, figuresOf } from '../../../lib/pack/translation-agreement';

const sorted = (s: Set<string>) => [...s].sort();

describe('figuresOf', () => {
  it('reads English dates at the precision written', () => {
    expect(sorted(figuresOf('Published on 12 September 2022, revised December 13, 2023.', 'en'))).toEqual([
      'day 09-12',
      'day 12-13',
      'number 2022',
      'number 2023',
    ]);
    expect(sorted(figuresOf('In September 2022 and in Sept. 2023; late in March.', 'en'))).toEqual([
      'month 03',
      'month 09',
      'number 2022',
      'number 2023',
    ]);
    expect(sorted(figuresOf('He was expelled on 25 January.', 'en'))).toEqual(['day 01-25']);
  });

  it('does not read the verb "may" as a month', () => {
    expect(sorted(figuresOf('Officials may close 3 sites; in May 2023 they did.', 'en'))).toEqual(['month 05', 'number 2023', 'number 3']);
  });

  it('does not read a month abbreviation standing alone, which is also a name, as a date', () => {
    expect(sorted(figuresOf('A site in Viña del Mar; Foreign Minister Jan Lipavský said so in Jan. 2023, on Mar 5.', 'en'))).toEqual([
      'day 03-05',
      'month 01',
      'number 2023',
    ]);
  });

  it('reads Chinese dates the same way', () => {
    expect(sorted(figuresOf('2022年9月12日发表，2023年12月修订；1月25日被驱逐；3月。', 'zh-Hans'))).toEqual([
      'day 01-25',
      'day 09-12',
      'month 03',
      'month 12',
      'number 2022',
      'number 2023',
    ]);
  });

  it('reads numbers with their scale, in either language', () => {
    expect(sorted(figuresOf('230,000 people; 1.5 million; 54 stations in 30 countries', 'en'))).toEqual([
      'number 1500000',
      'number 230000',
      'number 30',
      'number 54',
    ]);
    expect(sorted(figuresOf('23万人；150万；30个国家的54个站点', 'zh-Hans'))).toEqual([
      'number 1500000',
      'number 230000',
      'number 30',
      'number 54',
    ]);
    expect(sorted(figuresOf('1.5億', 'zh-Hant'))).toEqual(['number 150000000']);
  });

  it('reads full-width digits as digits', () => {
    expect(sorted(figuresOf('５４个', 'zh-Hans'))).toEqual(['number 54']);
  });

  it('reads a year shared by two dates the way each language shares it', () => {
    expect(sorted(figuresOf('From January to November 2015; on 26 October and 2 November 2022.', 'en'))).toEqual(
      sorted(figuresOf('2015年1月至11月；2022年10月26日和11月2日。', 'zh-Hans')),
    );
  });

  it('reads a bare year as a number in both languages', () => {
    expect(sorted(figuresOf('late 2016', 'en'))).toEqual(sorted(figuresOf('2016年底', 'zh-Hans')));
  });
});

describe('figureDisagreements', () => {
  const original = 'Safeguard Defenders counted 54 stations in 30 countries in September 2022.';

  it('finds none when a translation keeps every figure', () => {
    expect(
      figureDisagreements(
        { en: original, 'zh-Hans': '保护卫士在2022年9月统计出30个国家的54个站点。', 'zh-Hant': '保護衛士在2022年9月統計出30個國家的54個站點。' },
        'en',
      ),
    ).toEqual([]);
  });

  it('names the language and the figures that differ', () => {
    const found = figureDisagreements({ en: original, 'zh-Hant': '保護衛士在2022年統計出30個國家的45個站點。' }, 'en');
    expect(found).toEqual([{ lang: 'zh-Hant', missing: ['month 09', 'number 54'], extra: ['number 45'] }]);
    expect(describeDisagreement(found[0]!, 'en')).toBe(
      'the zh-Hant text\'s numbers and dates differ from the en original: it lacks month 09, number 54 and adds number 45',
    );
  });
});
