import { describe, expect, it } from 'vitest';
import { Matcher, matcherFor } from '../../../lib/match/matcher';
import { pageMentions, type TextBlock } from '../../../lib/match/page-mentions';
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

const matcher = matcherFor(ENTITIES);

/** Mentions of a page made of the given blocks, as [entity, text] pairs. */
function findWith(m: Matcher, blocks: string | (string | TextBlock)[], isTracked: (id: string) => boolean = () => true): [string, string][] {
  const list = typeof blocks === 'string' ? [blocks] : blocks;
  return pageMentions(m, list, isTracked).flatMap((mentions, i) => {
    const block = list[i]!;
    const text = typeof block === 'string' ? block : block.text;
    return mentions.map((x): [string, string] => [x.entityId, text.slice(x.start, x.end)]);
  });
}

const find = (blocks: string | (string | TextBlock)[], isTracked?: (id: string) => boolean) => findWith(matcher, blocks, isTracked);

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

  it('matches a name spelled with combining accents against a precomposed alias, and the reverse', () => {
    const accented = matcherFor([entity('ministry', [{ text: 'minist\u00e8re de la S\u00e9curit\u00e9 publique' }]), entity('ruben', [{ text: 'Rube\u0301n Brekelmans' }])]);
    expect(findWith(accented, 'Le ministe\u0300re de la Se\u0301curite\u0301 publique a re\u0301pondu.')).toEqual([
      ['ministry', 'ministe\u0300re de la Se\u0301curite\u0301 publique'],
    ]);
    expect(findWith(accented, 'Minister Rub\u00e9n Brekelmans said')).toEqual([['ruben', 'Rub\u00e9n Brekelmans']]);
  });
});

describe('Matcher: punctuation inside names', () => {
  const m = matcherFor([
    entity('stations', [{ text: 'police service centres' }, { text: '海外服务站' }, { text: '海外警務' }]),
    entity('report', [{ text: "China's Transnational Policing Gone Wild" }]),
    entity('sd', [{ text: 'Safeguard Defenders', case: 'proper' }]),
  ]);

  it.each([
    ['double quotes inside the phrase', 'Beijing\u2019s police \u201cservice centres\u201d abroad', [['stations', 'police \u201cservice centres']]],
    ['single quotes inside the phrase', "two 'police service centres' in Rome", [['stations', "police service centres"]]],
    ['CJK corner brackets inside the phrase', '设立海外「服务站」', [['stations', '海外「服务站']]],
    ['white corner brackets around part of it', '所谓『海外警務』', [['stations', '海外警務']]],
    ['a different apostrophe in the title', 'China\u2019s Transnational Policing Gone Wild', [['report', 'China\u2019s Transnational Policing Gone Wild']]],
    ['a possessive after the name', 'Safeguard Defenders\u2019 report', [['sd', 'Safeguard Defenders']]],
    ['a name between guillemets', "l'ONG \u00ab\u00a0Safeguard Defenders\u00a0\u00bb", [['sd', 'Safeguard Defenders']]],
  ])('%s', (_name, text, expected) => {
    expect(findWith(m, text)).toEqual(expected);
  });
});

describe('Matcher: letter case', () => {
  const m = matcherFor([
    entity('sd', [{ text: 'Safeguard Defenders', case: 'proper' }]),
    entity('mps', [{ text: 'MPS', case: 'exact' }]),
    entity('old', [{ text: 'United Front', caseSensitive: true }]),
    entity('report', [{ text: 'Patrol and Persuade' }]),
  ]);

  it.each([
    ['a proper name in title case', 'A report by Safeguard Defenders.', [['sd', 'Safeguard Defenders']]],
    ['a proper name in capitals', 'SAFEGUARD DEFENDERS SAYS', [['sd', 'SAFEGUARD DEFENDERS']]],
    ['a proper name with odd capitals', "l'association SafeGuard Defenders", [['sd', 'SafeGuard Defenders']]],
    ['a proper name in sentence case', 'El grupo Safeguard defenders publicó', [['sd', 'Safeguard defenders']]],
    ['not a proper name in lower case', 'laws that safeguard defenders of rights', []],
    ['an acronym as written', 'the MPS said', [['mps', 'MPS']]],
    ['not an acronym in other case', 'the Mps and mps', []],
    ['the older caseSensitive flag as exact', 'a United Front, a united front, a UNITED FRONT', [['old', 'United Front']]],
    ['a title in sentence case', 'the report Patrol and persuade', [['report', 'Patrol and persuade']]],
    ['a title in lower case', 'the report patrol and persuade', [['report', 'patrol and persuade']]],
  ])('%s', (_name, text, expected) => {
    expect(findWith(m, text)).toEqual(expected);
  });
});

describe('Matcher: languages', () => {
  const m = matcherFor([
    entity('ccp', [{ text: 'PCC', case: 'exact', lang: ['it', 'fr'] }, { text: '中共' }]),
    entity('stations', [{ text: 'Chinese politiebureaus', lang: ['nl'] }, { text: '警察站', lang: ['zh'] }]),
  ]);

  it('counts an alias in text of its language, subtags included', () => {
    expect(findWith(m, [{ text: 'Il PCC ha negato.', lang: 'it' }, { text: 'Le PCC a nié.', lang: 'fr-BE' }])).toEqual([
      ['ccp', 'PCC'],
      ['ccp', 'PCC'],
    ]);
  });

  it('does not count it in text of another language', () => {
    expect(findWith(m, [{ text: 'O PCC é uma facção criminosa.', lang: 'pt-BR' }])).toEqual([]);
    expect(findWith(m, [{ text: 'Two Chinese politiebureaus, the Dutch press said.', lang: 'en' }])).toEqual([]);
  });

  it('counts it where the language is unknown and the script says nothing', () => {
    expect(findWith(m, [{ text: 'Twee Chinese politiebureaus in Rotterdam.', lang: '' }])).toEqual([['stations', 'Chinese politiebureaus']]);
  });

  it('reads the language from the script where none is declared', () => {
    expect(findWith(m, ['中共在海外设立警察站。'])).toEqual([
      ['ccp', '中共'],
      ['stations', '警察站'],
    ]);
    // Kana makes it Japanese, so an alias limited to Chinese does not count.
    expect(findWith(m, ['中国の警察站について'])).toEqual([]);
  });

  it('asks for the block language only when an alias limited to some languages is found', () => {
    let asked = 0;
    const lang = () => {
      asked++;
      return 'it';
    };
    m.scanBlock('中共 and nothing else', lang);
    expect(asked).toBe(0);
    expect(m.scanBlock('Il PCC e il PCC', lang).candidates).toHaveLength(2);
    expect(asked).toBe(1);
  });
});

describe('Matcher: context scoped to the block or the page, positive or negative', () => {
  const m = matcherFor([
    entity('mps', [
      {
        text: 'MPS',
        case: 'exact',
        context: { block: ['China', 'Chinese'], page: ['Ministry of Public Security'] },
        unless: { block: ['the Met'], page: ['Metropolitan Police'] },
      },
    ]),
    entity('report', [{ text: '海外110', context: { block: ['报告', 'report'] } }]),
    entity('stations', [{ text: '海外110', unless: { block: ['报告', 'report'] } }]),
    entity('voa', [{ text: 'VOA', case: 'exact', context: { block: ['told', 'interview'] } }]),
  ]);

  it('counts an alias whose block holds a block term', () => {
    expect(findWith(m, ['The Chinese MPS runs it.'])).toEqual([['mps', 'MPS']]);
  });

  it('does not count it when the block term is only elsewhere on the page', () => {
    expect(findWith(m, ['The MPS runs it.', 'China denies it.'])).toEqual([]);
  });

  it('counts it when a page term is anywhere on the page', () => {
    expect(findWith(m, ['The MPS runs it.', 'The Ministry of Public Security denies it.'])).toEqual([['mps', 'MPS']]);
  });

  it('does not count it beside a negative block term, nor on a page with a negative page term', () => {
    expect(findWith(m, ['The Chinese man told the Met; the MPS said it was investigating.'])).toEqual([]);
    expect(findWith(m, ['Chinese police and the MPS.', 'A Metropolitan Police spokesman declined to comment.'])).toEqual([]);
  });

  it('tells the report from the stations by a word in the same block', () => {
    expect(findWith(m, ['保护卫士发布报告《海外110》。'])).toEqual([['report', '海外110']]);
    expect(findWith(m, ['福州公安设立「海外110」。', '报告见下文。'])).toEqual([['stations', '海外110']]);
  });

  it('needs every condition of a list: abroad in the block and China on the page', () => {
    const both = matcherFor([entity('stations', [{ text: 'police stations', context: [{ block: ['abroad'] }, { page: ['China'] }] }])]);
    expect(findWith(both, ['It runs police stations abroad.', 'China denies it.'])).toEqual([['stations', 'police stations']]);
    expect(findWith(both, ['It runs police stations abroad.'])).toEqual([]);
    expect(findWith(both, ['It runs police stations.', 'China denies it; abroad too.'])).toEqual([]);
  });

  it('counts an acronym in a block with its context and not in another block of the same page', () => {
    expect(findWith(m, ['He told VOA he was afraid.', 'Apply for a VOA at the airport.'])).toEqual([['voa', 'VOA']]);
  });
});

describe('Matcher: short forms', () => {
  const m = matcherFor([
    entity('stations', [
      { text: 'overseas police stations' },
      { text: 'the stations', short: 'page' },
      { text: '这些站点', short: 'page' },
      { text: 'the posts', short: 'block' },
    ]),
    entity('ministry', [
      { text: 'Ministry of Public Security', exclude: ["Vietnam's Ministry of Public Security"] },
      { text: 'the ministry', short: 'page' },
    ]),
  ]);

  it('counts a short form on a page where a full alias of its entity was found', () => {
    expect(findWith(m, ['Two overseas police stations were closed.', 'The stations denied it.'])).toEqual([
      ['stations', 'overseas police stations'],
      ['stations', 'The stations'],
    ]);
    // Before the full name, too: the page is read as a whole.
    expect(findWith(m, ['这些站点否认指控。', 'Reports on overseas police stations.'])).toEqual([
      ['stations', '这些站点'],
      ['stations', 'overseas police stations'],
    ]);
  });

  it('does not count a short form alone', () => {
    expect(findWith(m, ['The stations on the line were closed for repairs.'])).toEqual([]);
    expect(findWith(m, ['这些站点将于明天开放。'])).toEqual([]);
  });

  it('counts a block-scoped short form only in the block of the full alias', () => {
    expect(findWith(m, ['Overseas police stations, and the posts too.'])).toEqual([
      ['stations', 'Overseas police stations'],
      ['stations', 'the posts'],
    ]);
    expect(findWith(m, ['Overseas police stations were named.', 'Then the posts were closed.'])).toEqual([['stations', 'Overseas police stations']]);
  });

  it('does not count a short form of an untracked entity, nor one whose full name was excluded', () => {
    expect(findWith(m, ['Overseas police stations.', 'The stations.'], (id) => id !== 'stations')).toEqual([]);
    expect(findWith(m, ["Vietnam's Ministry of Public Security arrested two.", 'The ministry said so.'])).toEqual([]);
  });

  it('is never the full name another short form needs', () => {
    expect(findWith(m, ['The stations and the posts.'])).toEqual([]);
  });
});

describe('Matcher: gaps in an alias', () => {
  const m = matcherFor([
    entity('stations', [{ text: 'comisarías … chinas' }, { text: 'Chinese … police stations', case: 'proper' }, { text: '海外…警察站' }]),
  ]);

  it.each([
    ['no word in the gap', 'las comisarías chinas', [['stations', 'comisarías chinas']]],
    ['one word in the gap', 'las comisarías ilegales chinas', [['stations', 'comisarías ilegales chinas']]],
    ['two words in the gap', 'las comisarías no oficiales chinas', [['stations', 'comisarías no oficiales chinas']]],
    ['a quoted word in the gap', 'las comisarías «clandestinas» chinas', [['stations', 'comisarías «clandestinas» chinas']]],
    ['three words: too many', 'las comisarías de barrio con ciudadanas chinas', []],
    ['punctuation in the gap', 'las comisarías, dos mujeres chinas', []],
    ['a case rule over the whole phrase', 'Chinese secret police stations; chinese secret police stations', [['stations', 'Chinese secret police stations']]],
    ['Han characters in the gap', '中共海外秘密警察站', [['stations', '海外秘密警察站']]],
    ['too many Han characters in the gap', '海外华人报警到警察站', []],
    ['CJK punctuation in the gap', '海外，警察站', []],
  ])('%s', (_name, text, expected) => {
    expect(findWith(m, text)).toEqual(expected);
  });

  it('needs the parts in order', () => {
    expect(findWith(m, 'chinas comisarías')).toEqual([]);
  });
});

describe('Matcher: words that go on', () => {
  const m = matcherFor([
    entity('stations', [{ text: 'chinesisch* … Polizeistation*' }, { text: 'Chinese politiebureau*' }, { text: 'MPS*', case: 'exact' }]),
    entity('fox', [{ text: 'Fuchsjagd', context: { block: ['chinesisch*'] } }]),
  ]);

  it.each([
    ['a stem and its ending', 'zwei chinesische Polizeistationen', [['stations', 'chinesische Polizeistationen']]],
    ['another ending, and a word in the gap', 'der chinesischen geheimen Polizeistation.', [['stations', 'chinesischen geheimen Polizeistation']]],
    ['no ending at all', 'Chinese politiebureau in Rotterdam', [['stations', 'Chinese politiebureau']]],
    ['a plural with an apostrophe', "twee Chinese politiebureau's", [['stations', 'Chinese politiebureau']]],
    ['an exact stem in another case', 'the Mpsx', []],
    ['a context term that goes on', 'die Fuchsjagd der chinesischen Polizei', [['fox', 'Fuchsjagd']]],
    ['a context term must still start a word', 'die Fuchsjagd, unchinesisch', []],
  ])('%s', (_name, text, expected) => {
    expect(findWith(m, text)).toEqual(expected);
  });
});

describe('Matcher: exclusions of an alias with gaps', () => {
  const m = matcherFor([entity('stations', [{ text: 'comisaría … china', exclude: ['comisaría en China'] }])]);

  it('an exclusion of the very same span wins, whichever was found first', () => {
    expect(findWith(m, 'fue detenido en una comisaría en China')).toEqual([]);
    // Same text: the alias is found before its exclusion.
    const same = matcherFor([entity('x', [{ text: 'Skynet', exclude: ['skynet'] }])]);
    expect(findWith(same, 'Skynet')).toEqual([]);
    expect(findWith(m, 'una comisaría ilegal china en Madrid')).toEqual([['stations', 'comisaría ilegal china']]);
  });
});

describe('Matcher: acronyms in a block written in capitals', () => {
  const m = matcherFor([entity('mps', [{ text: 'MPS', case: 'exact' }, { text: 'Ministry of Public Security' }])]);

  it('does not trust an acronym where every letter of the block is a capital', () => {
    expect(findWith(m, 'MPS DEMAND ANSWERS OVER CHINA SPY CLAIMS')).toEqual([]);
  });

  it('still finds full names there, and acronyms in ordinary text and short capital lines', () => {
    expect(findWith(m, 'MINISTRY OF PUBLIC SECURITY DENIES CLAIMS')).toEqual([['mps', 'MINISTRY OF PUBLIC SECURITY']]);
    expect(findWith(m, 'The MPS said so.')).toEqual([['mps', 'MPS']]);
    expect(findWith(m, 'MPS: NO')).toEqual([['mps', 'MPS']]);
  });
});
