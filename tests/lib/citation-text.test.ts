import { describe, expect, it } from 'vitest';
import { formatCitation, type CitationWords, type CitedSource } from '../../lib/citation-text';

/** The English words of locales/en.yml `citation.*`, written out so that a change there is a decision here too. */
const EN: CitationWords = {
  title: '“$1”',
  via: 'via $1',
  noLink: 'no link',
  separator: ', ',
  whole: "$1. Cited in Backstory's context pack “$2”, reviewed $3.",
};

const ZH: CitationWords = {
  title: '《$1》',
  via: '见于$1',
  noLink: '无链接',
  separator: '，',
  whole: '$1。引自 Backstory 资料包《$2》，审核日期：$3。',
};

const PACK = { title: 'China’s overseas “police stations”', reviewed: '2026-12-01' };

const REPORT: CitedSource = {
  title: '110 Overseas: Chinese Transnational Policing Gone Wild',
  publisher: 'Safeguard Defenders',
  date: '2022-09-12',
  url: 'https://safeguarddefenders.com/en/blog/110-overseas',
};

describe('formatCitation', () => {
  it('gives publisher, quoted title, date, link, then the pack and the day it was reviewed', () => {
    expect(formatCitation(REPORT, PACK, EN, 'en')).toBe(
      'Safeguard Defenders, “110 Overseas: Chinese Transnational Policing Gone Wild”, September 12, 2022, ' +
        'https://safeguarddefenders.com/en/blog/110-overseas. ' +
        "Cited in Backstory's context pack “China’s overseas “police stations””, reviewed December 1, 2026.",
    );
  });

  it('writes dates in the reader’s locale and with the words of their language', () => {
    expect(formatCitation(REPORT, PACK, ZH, 'zh-CN')).toBe(
      'Safeguard Defenders，《110 Overseas: Chinese Transnational Policing Gone Wild》，2022年9月12日，' +
        'https://safeguarddefenders.com/en/blog/110-overseas。' +
        '引自 Backstory 资料包《China’s overseas “police stations”》，审核日期：2026年12月1日。',
    );
  });

  it('keeps the precision the pack has, and leaves the date out when there is none', () => {
    expect(formatCitation({ ...REPORT, date: '2022-09' }, PACK, EN, 'en')).toContain('Gone Wild”, September 2022, https://');
    expect(formatCitation({ ...REPORT, date: undefined }, PACK, EN, 'en')).toMatch(/^Safeguard Defenders, “110 Overseas: [^”]+”, https:\/\//);
  });

  it('names the outlet whose copy was read before its link', () => {
    const reprint = { title: 'Report on stations', publisher: 'The Guardian', date: '2022-12-06', via: 'Taipei Times (reprint)', url: 'https://www.taipeitimes.com/x' };
    expect(formatCitation(reprint, PACK, EN, 'en')).toMatch(
      /^The Guardian, “Report on stations”, December 6, 2022, via Taipei Times \(reprint\), https:\/\/www\.taipeitimes\.com\/x\. Cited in /,
    );
  });

  it('says there is no link rather than leaving one out silently, for a source seen without a usable address', () => {
    const unlinked = { title: 'A rebuttal', publisher: 'China Daily', date: '2023-09-12', via: 'ecns.cn (http only)' };
    expect(formatCitation(unlinked, PACK, EN, 'en')).toMatch(/^China Daily, “A rebuttal”, September 12, 2023, via ecns\.cn \(http only\), no link\. Cited in /);
    expect(formatCitation(unlinked, PACK, ZH, 'zh-CN')).toMatch(/^China Daily，《A rebuttal》，2023年9月12日，见于ecns\.cn \(http only\)，无链接。引自 /);
  });

  it('never passes on a link that is not https', () => {
    for (const url of ['http://example.org/a', 'javascript:alert(1)', 'https://user:pw@example.org/']) {
      const text = formatCitation({ ...REPORT, url }, PACK, EN, 'en');
      expect(text).not.toContain(url);
      expect(text).toContain('September 12, 2022, no link. Cited in');
    }
  });

  it('normalises the link as the card links it', () => {
    expect(formatCitation({ ...REPORT, url: 'HTTPS://Example.org' }, PACK, EN, 'en')).toContain(', https://example.org/. Cited in');
  });
});
