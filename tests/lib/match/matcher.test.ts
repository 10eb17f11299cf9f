import { describe, expect, it } from 'vitest';
import { Matcher } from '../../../lib/match/matcher';
import type { Entity } from '../../../lib/pack/schema';

const entity = (id: string, aliases: Entity['aliases']): Entity => ({
  id,
  name: id,
  type: 'organization',
  aliases,
  summary: 'x',
  facts: [],
});

const ENTITIES: Entity[] = [
  entity('safeguard-defenders', [
    { text: 'Safeguard Defenders', caseSensitive: true },
    { text: '保护卫士' },
    { text: '保護衛士' },
  ]),
  entity('finn-lau', [{ text: 'Finn Lau' }, { text: '劉祖廸' }, { text: '刘祖廸' }]),
  entity('chinese-communist-party', [{ text: 'CCP', caseSensitive: true }, { text: 'Chinese Communist Party' }, { text: '中共' }]),
  entity('report-110-overseas', [{ text: '110 Overseas', exclude: ['110 overseas students'] }]),
  entity('operation-sky-net', [{ text: 'Sky Net' }, { text: 'Skynet', context: ['China', 'Chinese', '中国'] }]),
  entity('operation-fox-hunt', [{ text: 'Fox Hunt', context: ['China', 'Chinese'] }, { text: 'Operation Fox Hunt' }]),
  entity('united-front-work-department', [{ text: 'United Front Work Department' }, { text: 'United Front', caseSensitive: true }]),
];

const matcher = new Matcher(ENTITIES);

/** Mentions of a page made of the given blocks, as [entity, text] pairs. */
function find(blocks: string | string[], isTracked: (id: string) => boolean = () => true): [string, string][] {
  const list = typeof blocks === 'string' ? [blocks] : blocks;
  const scans = list.map((text) => ({ text, scan: matcher.scanBlock(text) }));
  const terms = new Set(scans.flatMap(({ scan }) => scan.terms ?? []));
  return scans.flatMap(({ text, scan }) =>
    matcher
      .resolveMentions(scan.candidates, isTracked, (t) => terms.has(t))
      .map((m): [string, string] => [m.entityId, text.slice(m.start, m.end)]),
  );
}

describe('Matcher', () => {
  describe('finds aliases in running text', () => {
    it.each([
      ['English', 'A report by Safeguard Defenders said so.', [['safeguard-defenders', 'Safeguard Defenders']]],
      ['Dutch', 'Volgens Safeguard Defenders zijn er stations in Rotterdam.', [['safeguard-defenders', 'Safeguard Defenders']]],
      ['German', 'Die NGO Safeguard Defenders berichtet über Polizeistationen.', [['safeguard-defenders', 'Safeguard Defenders']]],
      ['Portuguese', 'Segundo a ONG Safeguard Defenders, a China mantém postos.', [['safeguard-defenders', 'Safeguard Defenders']]],
      ['simplified Chinese', '西班牙人权组织保护卫士发布报告', [['safeguard-defenders', '保护卫士']]],
      ['traditional Chinese', '人權組織「保護衛士」發現', [['safeguard-defenders', '保護衛士']]],
      ['a Chinese name touching Latin text', 'Finn Lau（劉祖廸）接受訪問', [['finn-lau', 'Finn Lau'], ['finn-lau', '劉祖廸']]],
      ['a line break inside a name', 'Safeguard\n   Defenders', [['safeguard-defenders', 'Safeguard\n   Defenders']]],
      ['a non-breaking space inside a name', 'Safeguard\u00a0Defenders', [['safeguard-defenders', 'Safeguard\u00a0Defenders']]],
      ['a soft hyphen inside a name', 'Safe\u00adguard Defenders', [['safeguard-defenders', 'Safe\u00adguard Defenders']]],
      ['the same name twice', 'Finn Lau met Finn Lau.', [['finn-lau', 'Finn Lau'], ['finn-lau', 'Finn Lau']]],
    ])('%s', (_name, text, expected) => {
      expect(find(text)).toEqual(expected);
    });
  });

  describe('possessives', () => {
    it.each([
      ["Safeguard Defenders' report", 'Safeguard Defenders'],
      ['Safeguard Defenders\u2019 report', 'Safeguard Defenders'],
      ["Finn Lau's family", 'Finn Lau'],
      ['Finn Lau\u2019s family', 'Finn Lau'],
    ])('%s', (text, expected) => {
      expect(find(text).map(([, t]) => t)).toEqual([expected]);
    });
  });

  describe('word boundaries for Latin-script aliases', () => {
    it.each([
      ['CCPA compliance notice'],
      ['the ICCPR report'],
      ['Finn Laughed'],
      ['Operation Fox Hunting in China'],
      ['2110 Overseas'],
    ])('%s matches nothing', (text) => {
      expect(find(text).filter(([id]) => id !== 'operation-fox-hunt')).toEqual([]);
    });

    it('matches next to punctuation', () => {
      expect(find('(CCP)')).toEqual([['chinese-communist-party', 'CCP']]);
    });
  });

  describe('letter case', () => {
    it('a case-sensitive alias needs its exact case', () => {
      expect(find('laws that safeguard defenders of human rights')).toEqual([]);
      expect(find('a united front against the bill')).toEqual([]);
      expect(find('the ccp')).toEqual([]);
    });

    it('a case-insensitive alias matches any case', () => {
      expect(find('FINN LAU spoke')).toEqual([['finn-lau', 'FINN LAU']]);
    });
  });

  describe('context rules', () => {
    it('an alias with context counts only when a context term is on the page', () => {
      expect(find('Skynet becomes self-aware in the film.')).toEqual([]);
      expect(find(['Skynet is an anti-corruption drive.', 'Launched by China in 2015.'])).toEqual([
        ['operation-sky-net', 'Skynet'],
      ]);
    });

    it('context terms in any block of the page count', () => {
      expect(find(['A country Fox Hunt meets on Saturday.'])).toEqual([]);
      expect(find(['Fox Hunt agents', 'Chinese police'])).toEqual([['operation-fox-hunt', 'Fox Hunt']]);
    });

    it('context terms respect word boundaries', () => {
      expect(find(['Skynet', 'Chinatown'])).toEqual([]);
    });
  });

  describe('overlaps', () => {
    it('keeps the longest match', () => {
      expect(find('the United Front Work Department')).toEqual([
        ['united-front-work-department', 'United Front Work Department'],
      ]);
      expect(find('Operation Fox Hunt')).toEqual([['operation-fox-hunt', 'Operation Fox Hunt']]);
    });

    it('an exclusion phrase suppresses the alias inside it', () => {
      expect(find('some 110 overseas students enrolled')).toEqual([]);
      expect(find('the 110 Overseas report')).toEqual([['report-110-overseas', '110 Overseas']]);
    });
  });

  describe('tracked set', () => {
    it('drops untracked entities without rescanning', () => {
      expect(find('Finn Lau and the CCP', (id) => id !== 'finn-lau')).toEqual([['chinese-communist-party', 'CCP']]);
    });

    it('an untracked longer alias no longer hides a tracked shorter one', () => {
      expect(find('the United Front Work Department', (id) => id !== 'united-front-work-department')).toEqual([]);
    });
  });

  it('reads text of any size without error', () => {
    const big = 'lorem ipsum '.repeat(50_000) + 'Finn Lau';
    expect(find(big)).toEqual([['finn-lau', 'Finn Lau']]);
  });

  // Known limit: normalisation is NFKC per code point, so a letter and its combining accent (e + U+0301)
  // do not compose into the precomposed letter an alias is written with. `it.fails` turns red when fixed.
  it.fails('matches a name spelled with combining accents against a precomposed alias', () => {
    const accented = new Matcher([entity('ruben', [{ text: 'Rub\u00e9n Brekelmans' }])]);
    expect(accented.scanBlock('Minister Rube\u0301n Brekelmans said').candidates).toHaveLength(1);
  });
});
