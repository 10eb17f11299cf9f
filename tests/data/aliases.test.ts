/**
 * The bundled aliases against the real matcher: every alias is found with
 * exactly the rules it declares (context, negative context, short form,
 * language), text that only looks like an alias is not, and realistic
 * sentences resolve to the right entity (issues 4 and 13).
 */
import { describe, expect, it } from 'vitest';
import { BUNDLED_PACKS } from '../../data';
import { contextOf, segmentsOf, unlessOf } from '../../lib/match/alias-rules';
import { Matcher, matcherFor } from '../../lib/match/matcher';
import { pageMentions, type TextBlock } from '../../lib/match/page-mentions';
import { Catalog } from '../../lib/pack/catalog';
import type { Alias, Entity } from '../../lib/pack/schema';

const catalog = new Catalog(BUNDLED_PACKS);
const matcher = matcherFor(catalog.entities);

type Block = string | TextBlock;
const textOf = (b: Block) => (typeof b === 'string' ? b : b.text);

/** Mentions on a page made of the given blocks, per block, as [entity, matched text] pairs. */
function findPerBlock(blocks: readonly Block[]): [string, string][][] {
  return pageMentions(matcher, blocks).map((mentions, i) =>
    mentions.map((m): [string, string] => [m.entityId, textOf(blocks[i]!).slice(m.start, m.end)]),
  );
}

/** Mentions on a page made of the given blocks, as [entity, matched text] pairs. */
function find(blocks: Block | readonly Block[]): [string, string][] {
  return findPerBlock(Array.isArray(blocks) ? blocks : [blocks as Block]).flat();
}

const HAN = /^[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u;
const isHan = (alias: Alias) => HAN.test(alias.text);

/** The alias as a reporter would write it with nothing in its gaps. */
function written(alias: Alias): string {
  return segmentsOf(alias.text)
    .map((part) => part.replace(/\*$/, ''))
    .join(isHan(alias) ? '' : ' ');
}

/** A plain sentence around the alias, in the alias's own script, with `extra` words in the same block. */
function sentenceFor(alias: Alias, extra = ''): string {
  const name = written(alias);
  const tail = extra === '' ? '' : ` ${extra}`;
  return isHan(alias) ? `据报道，${name}昨日作出回应。${tail}` : `Reporters wrote about ${name} on Monday.${tail}`;
}

/** The block of a sentence, in the alias's first language when it has one. */
function blockFor(alias: Alias, text: string, lang = alias.lang?.[0] ?? ''): TextBlock {
  return { text, lang };
}

/** The first full alias of an entity that counts with nothing else on the page. */
function plainFullAlias(entity: Entity): Alias {
  const alias = entity.aliases.find((a) => !a.short && !a.context && !a.lang && !a.unless && !segmentsOf(a.text)[1] && !/[A-Z]{2}/.test(a.text));
  if (!alias) throw new Error(`${entity.id} has no alias that counts on its own`);
  return alias;
}

/**
 * A page on which `alias` should count: its sentence (with a block term of its context), a block
 * with a page term of its context, and a block with a full alias of its entity if it is a short form.
 */
function pageFor(entity: Entity, alias: Alias): TextBlock[] {
  const conditions = contextOf(alias) ?? [];
  // One term per condition: in the sentence's own block where the condition has block terms.
  const blockTerms = conditions.filter((c) => c.block.length > 0).map((c) => c.block[0]!);
  const pageTerms = conditions.filter((c) => c.block.length === 0).map((c) => c.page[0]!);
  const page = [blockFor(alias, sentenceFor(alias, blockTerms.join(' ')))];
  for (const term of pageTerms) page.push({ text: term });
  if (alias.short) {
    const full = written(plainFullAlias(entity));
    if (alias.short === 'block') page[0]!.text += ` ${full}`;
    else page.push({ text: full });
  }
  return page;
}

/**
 * A matcher with nothing but `alias` (and, for a short form, a full alias of its entity), so that a
 * rule is tested alone: another alias of the same entity could otherwise find the same words.
 */
function alone(entity: Entity, alias: Alias): Matcher {
  return matcherFor([{ id: entity.id, aliases: alias.short ? [alias, plainFullAlias(entity)] : [alias] }]);
}

/** Mentions found by `m` in the first block of `page`, as [entity, text] pairs. */
function firstBlock(m: Matcher, page: readonly TextBlock[]): [string, string][] {
  return pageMentions(m, page)[0]!.map((x): [string, string] => [x.entityId, page[0]!.text.slice(x.start, x.end)]);
}

describe('every alias is found in a sentence of its own, with the rules it declares', () => {
  const cases = catalog.entities.flatMap((e) => e.aliases.map((a) => [e.id, a.text, a, e] as const));
  const onPage = (entity: Entity, alias: Alias) => findPerBlock(pageFor(entity, alias))[0]!.filter(([id]) => id === entity.id);

  it.each(cases)('%s: %s', (id, _text, alias, entity) => {
    const found = onPage(entity, alias);
    expect(found.map(([, t]) => t)).toContain(written(alias));
    expect(found.every(([e]) => e === id)).toBe(true);
    // And alone, by its own rules.
    expect(firstBlock(alone(entity, alias), pageFor(entity, alias))).toContainEqual([id, written(alias)]);
  });

  it.each(cases.filter(([, , a]) => a.context))('%s: %s needs its context', (id, _text, alias, entity) => {
    expect(firstBlock(alone(entity, alias), [blockFor(alias, sentenceFor(alias))])).not.toContainEqual([id, written(alias)]);
  });

  it.each(cases.filter(([, , a]) => (contextOf(a)?.length ?? 0) > 1))('%s: %s needs every condition of its context', (id, _text, alias, entity) => {
    const conditions = contextOf(alias)!;
    conditions.forEach((_, missing) => {
      const partial: Alias = { ...alias, context: conditions.filter((__, i) => i !== missing).map((c) => ({ block: [...c.block], page: [...c.page] })) };
      // The page written for the other conditions only, read with the real alias.
      const page = pageFor(entity, partial);
      expect(firstBlock(alone(entity, alias), page)).not.toContainEqual([id, written(alias)]);
    });
  });

  it.each(cases.filter(([, , a]) => a.unless))('%s: %s does not count beside its negative terms', (id, _text, alias, entity) => {
    const unless = unlessOf(alias)!;
    const page = pageFor(entity, alias);
    if (unless.block.length > 0) page[0]!.text += ` ${unless.block[0]}`;
    else page.push({ text: unless.page[0]! });
    expect(firstBlock(alone(entity, alias), page)).not.toContainEqual([id, written(alias)]);
  });

  it.each(cases.filter(([, , a]) => a.short))('%s: %s needs a full name of its entity', (id, _text, alias, entity) => {
    const full = written(plainFullAlias(entity));
    const page = pageFor(entity, alias).filter((b) => b.text !== full);
    page[0]!.text = page[0]!.text.replace(` ${full}`, '');
    expect(firstBlock(alone(entity, alias), page)).not.toContainEqual([id, written(alias)]);
  });

  it.each(cases.filter(([, , a]) => a.lang))('%s: %s counts only in its languages', (id, _text, alias, entity) => {
    const page = pageFor(entity, alias);
    page[0]!.lang = alias.lang!.includes('en') ? 'xx' : 'en';
    expect(firstBlock(alone(entity, alias), page)).not.toContainEqual([id, written(alias)]);
  });
});

describe('text that only looks like an alias matches nothing', () => {
  it.each([
    // From the issue.
    ['a united front', ['Workers formed a united front against the closure.']],
    ['a united front on a page about China', ['Workers formed a united front against the closure.', 'The factory exports to China.']],
    ['laws that safeguard defenders', ['Parliament passed laws that safeguard defenders of human rights.']],
    ['110 overseas students', ['The university welcomed 110 overseas students this year.']],
    ['110 Overseas Students in a headline', ['110 Overseas Students Arrive for the Autumn Term']],
    ['Skynet in a film review', ["Skynet becomes self-aware in the film's second act.", 'The sequel was a box-office hit in China.']],
    ['MPS meaning London police', ['The MPS said officers were called to a flat in Croydon, south London.']],
    ['MPS in London with China mentioned', ['The MPS said it was investigating.', 'The Chinese embassy declined to comment.']],
    ['a country fox hunt', ['The local fox hunt met on Boxing Day.', 'Exports to China rose last year.']],
    ['Fox Hunt in a headline', ['The Boxing Day Fox Hunt drew protesters in Dorset.']],
    ['per-epoch times', ['We log per-epoch times for every training run.']],
    ['CCPA', ['The new CCPA rules take effect in California next year.']],
    // More.
    ['VOA meaning visa on arrival', ['Apply for a VOA at the airport; the VOA fee is 35 dollars.']],
    ['anti-CCP antibodies', ['Anti-CCP antibodies are a marker for rheumatoid arthritis.', 'The trial ran in China and Japan.']],
    ['persuaded to return to the stage', ['She was persuaded to return to the stage after a decade away.', 'She toured China in 2019.']],
    ['involuntary returns of refugees', ['UNHCR warned against Involuntary Returns of refugees to Syria.']],
    ['TNR for feral cats', ['The TNR programme traps, neuters and returns feral cats.']],
    ['the Freedom House Museum', ['Visitors toured the Freedom House Museum in Alexandria.']],
    ['another Dahlin', ['Martin Dahlin scored twice for Sweden.']],
    ['global times in lower case', ['In these global times, trade matters more than ever.']],
    ['a Stasi secret police station', ['A former Stasi secret police station in Leipzig is now a museum.']],
    ['patrol and persuade in lower case', ['Patrol and persuade, the sergeant told his new officers.']],
    ["Vietnam's ministry", ["Vietnam's Ministry of Public Security arrested two suspects.", 'They were wanted in China.']],
    ['the British Skynet satellites', ["The UK's Skynet 6A military satellite will launch next year.", 'China is also building satellites.']],
    ['Skynet in a film review that mentions the FBI', ['Terminator fans still debate Skynet.', 'The director denied any role for the FBI.']],
    ['a person named Tian Wang', ['Tian Wang, a chemist, led the study on fugitive emissions.']],
    ['a UN police outpost', ['A UN police outpost in South Sudan came under fire.', 'China sent peacekeepers.']],
    ['overseas police stations without China', ['Overseas police stations of several countries were discussed.']],
    ['a guardian of the environment', ['他被评为环境保护卫士。', '中国各地开展植树活动。']],
    ['the idiom 天网恢恢', ['天网恢恢，疏而不漏。', '反腐工作持续推进。']],
    ['the Skynet surveillance cameras', ['城市天网工程覆盖主要街道，协助追逃。']],
    ['Skynet in Terminator', ['终结者电影中，天网控制了全球。']],
    ['British fox hunting', ['英国议会曾就禁止猎狐展开辩论。']],
    ['a foxhound', ['这只猎狐犬很聪明，曾协助警方追逃。']],
    ['traffic police turning cars back', ['交警劝返逆行车辆。']],
    ['a scenic area turning tourists back', ['景区劝返未预约游客。']],
    ['其中共有 (in total)', ['其中共有3人受伤。']],
    ['中共同 (together)', ['在工作中共同进步。']],
    ['中共和党 (the Republicans)', ['中期选举中共和党获胜。']],
    ['集中共享 (shared)', ['数据集中共享平台上线。']],
    ['公安部门 (police departments)', ['当地公安部门正在调查此案。']],
    ["Vietnam's 公安部", ['越南公安部逮捕了嫌犯。']],
    ['海外110万 (1.1 million overseas)', ['海外110万华侨参与投票。']],
    ['a community police post', ['社区警务服务站为居民提供服务。']],
    ['a provincial united front department', ['省委统战部召开会议。']],
  ])('%s', (_name, blocks) => {
    expect(find(blocks)).toEqual([]);
  });
});

describe('realistic sentences resolve to the right entity', () => {
  it.each([
    // safeguard-defenders
    ["Safeguard Defenders' report named 54 stations.", [['safeguard-defenders', 'Safeguard Defenders']]],
    ['西班牙人权组织保护卫士发布报告。', [['safeguard-defenders', '保护卫士']]],
    ['人權組織「保護衛士」發現更多據點。', [['safeguard-defenders', '保護衛士']]],
    ['总部设在西班牙的保卫卫士称，中共在荷兰设立警察站。', [
      ['safeguard-defenders', '保卫卫士'], ['chinese-communist-party', '中共'], ['overseas-police-stations', '警察站'],
    ]],
    // report-110-overseas
    ['The 110 Overseas report said police in Fuzhou ran stations.', [['report-110-overseas', '110 Overseas'], ['fuzhou-public-security-bureau', 'police in Fuzhou']]],
    [
      "The report, '110 Overseas: Chinese Transnational Policing Gone Wild', came out in September.",
      [['report-110-overseas', '110 Overseas'], ['report-110-overseas', 'Chinese Transnational Policing Gone Wild']],
    ],
    ['报告《海外110》指出，福州公安在海外设站。', [['report-110-overseas', '海外110'], ['fuzhou-public-security-bureau', '福州公安']]],
    ['该组织发表题为《海外110 不受控的中国跨国犯罪打击》的报告。', [['report-110-overseas', '海外110 不受控的中国跨国犯罪打击']]],
    // report-patrol-and-persuade
    ['A follow-up report, Patrol and Persuade, counted 102 stations.', [['report-patrol-and-persuade', 'Patrol and Persuade']]],
    ['保护卫士的跟进报告Patrol and Persuade指出，海外警察站已超过100个。', [
      ['safeguard-defenders', '保护卫士'], ['report-patrol-and-persuade', 'Patrol and Persuade'], ['overseas-police-stations', '海外警察站'],
    ]],
    // report-involuntary-returns
    ['Its earlier report, Involuntary Returns, looked at Chinese campaigns.', [['report-involuntary-returns', 'Involuntary Returns']]],
    // overseas-police-stations
    ['The Netherlands ordered two Chinese overseas police stations closed.', [['overseas-police-stations', 'Chinese overseas police stations']]],
    ['The sign read "Fuzhou Police Overseas Service Station".', [['overseas-police-stations', 'Fuzhou Police Overseas Service Station']]],
    ['外交部称，所谓海外警务服务站是志愿者服务点。', [['overseas-police-stations', '海外警务服务站']]],
    ['據報，中共「海外110」在東京設點。', [['chinese-communist-party', '中共'], ['overseas-police-stations', '海外110']]],
    ['福州警侨事务海外服务站首批设于21个国家。', [['overseas-police-stations', '福州警侨事务海外服务站']]],
    // finn-lau
    ["Finn Lau's family in Hong Kong was questioned by police.", [['finn-lau', 'Finn Lau']]],
    ['流亡英國的劉祖廸（攬炒巴）遭懸紅通緝。', [['finn-lau', '劉祖廸'], ['finn-lau', '攬炒巴']]],
    ['刘祖廸表示，「揽炒巴」的称号来自他的策略。', [['finn-lau', '刘祖廸'], ['finn-lau', '揽炒巴']]],
    // wang-jingyu
    ['Wang Jingyu said the Rotterdam station called him.', [['wang-jingyu', 'Wang Jingyu']]],
    ['流亡荷蘭的異見人士王靖渝表示曾受到騷擾。', [['wang-jingyu', '王靖渝']]],
    // ruben-brekelmans
    ['Ruben Brekelmans became defence minister in 2024; Brekelmans is a VVD member.', [
      ['ruben-brekelmans', 'Ruben Brekelmans'], ['ruben-brekelmans', 'Brekelmans'],
    ]],
    ['荷兰国防部长Ruben Brekelmans发表讲话。', [['ruben-brekelmans', 'Ruben Brekelmans']]],
    // peter-dahlin
    ['Peter Dahlin co-founded the group. Dahlin was expelled in 2016.', [['peter-dahlin', 'Peter Dahlin'], ['peter-dahlin', 'Dahlin']]],
    ['瑞典人彼得·达林曾在中国被拘押。', [['peter-dahlin', '彼得·达林']]],
    // lu-jianwang and chen-jinping
    ['Prosecutors charged Lu Jianwang and Chen Jinping in April 2023.', [['lu-jianwang', 'Lu Jianwang'], ['chen-jinping', 'Chen Jinping']]],
    ['美国检方起诉Lu Jianwang和Chen Jinping。', [['lu-jianwang', 'Lu Jianwang'], ['chen-jinping', 'Chen Jinping']]],
    // operation-fox-hunt
    ["China's Operation Fox Hunt targets fugitives; Fox Hunt began in 2014.", [
      ['operation-fox-hunt', 'Operation Fox Hunt'], ['operation-fox-hunt', 'Fox Hunt'],
    ]],
    ['公安部启动“猎狐2014”专项行动，追逃外逃经济犯罪嫌疑人。', [['ministry-of-public-security', '公安部'], ['operation-fox-hunt', '猎狐']]],
    ['獵狐行動已從多國押回嫌犯。', [['operation-fox-hunt', '獵狐行動']]],
    // operation-sky-net
    ['Fox Hunt is part of Sky Net, an anti-corruption drive.', [['operation-fox-hunt', 'Fox Hunt'], ['operation-sky-net', 'Sky Net']]],
    ['“天网2024”行动追回外逃人员。', [['operation-sky-net', '天网']]],
    // persuade-to-return
    ['Chinese police say 230,000 people were persuaded to return.', [['persuade-to-return', 'persuaded to return']]],
    ['公安部称从境外劝返涉诈人员23万名。', [['ministry-of-public-security', '公安部'], ['persuade-to-return', '劝返']]],
    ['當局以「勸返」名義向外逃人員家屬施壓。', [['persuade-to-return', '勸返']]],
    // united-front-work-department
    ['The United Front Work Department oversees outreach to the diaspora.', [['united-front-work-department', 'United Front Work Department']]],
    ["Researchers tied Chinese hometown associations to the CCP's United Front.", [
      ['chinese-communist-party', 'CCP'], ['united-front-work-department', 'United Front'],
    ]],
    ['国侨办已并入中共中央统战部。', [['united-front-work-department', '国侨办'], ['united-front-work-department', '中共中央统战部']]],
    // ministry-of-public-security
    ["China's Ministry of Public Security (MPS) denied the claims.", [
      ['ministry-of-public-security', 'Ministry of Public Security'], ['ministry-of-public-security', 'MPS'],
    ]],
    ['The station worked for the Fuzhou branch of the MPS, prosecutors said.', [['fuzhou-public-security-bureau', 'Fuzhou branch of the MPS']]],
    // chinese-communist-party
    ['The Chinese Communist Party denies running police stations abroad.', [
      ['chinese-communist-party', 'Chinese Communist Party'], ['overseas-police-stations', 'police stations'],
    ]],
    ['中共有关部门否认设立海外警署。', [['chinese-communist-party', '中共有关'], ['overseas-police-stations', '海外警署']]],
    // voice-of-america
    ['Wang told Voice of America (VOA) that he was afraid.', [['voice-of-america', 'Voice of America'], ['voice-of-america', 'VOA']]],
    ['他在接受美國之音採訪時說。', [['voice-of-america', '美國之音']]],
    // epoch-times
    ['The Epoch Times interviewed Wang in October.', [['epoch-times', 'Epoch Times']]],
    ['据大纪元报道，荷兰下令关闭两个站点。', [['epoch-times', '大纪元']]],
    // global-times
    ['The Global Times called the report a smear.', [['global-times', 'Global Times']]],
    ['《环球时报》发表评论文章。', [['global-times', '环球时报']]],
    // freedom-house
    ["Freedom House's report counted 608 cases.", [['freedom-house', 'Freedom House']]],
    ['自由之家发表报告。', [['freedom-house', '自由之家']]],
    // transnational-repression
    ['Critics call it transnational repression.', [['transnational-repression', 'transnational repression']]],
    ['自由之家指中共实施跨国镇压。', [['freedom-house', '自由之家'], ['chinese-communist-party', '中共'], ['transnational-repression', '跨国镇压']]],
    // fuzhou-public-security-bureau and qingtian-public-security-bureau
    ['The Fuzhou Public Security Bureau announced 30 stations.', [['fuzhou-public-security-bureau', 'Fuzhou Public Security Bureau']]],
    ['青田县公安局在海外设立警侨驿站。', [['qingtian-public-security-bureau', '青田县公安局'], ['overseas-police-stations', '警侨驿站']]],
    ['Qingtian police ran a site in Stockholm.', [['qingtian-public-security-bureau', 'Qingtian police']]],
  ])('%s', (text, expected) => {
    expect(find(text)).toEqual(expected);
  });

  it('finds every entity on a realistic page whose context is spread over several blocks', () => {
    const page = [
      'China has denied running police stations abroad.',
      'Skynet, the anti-corruption drive, and Fox Hunt return fugitives.',
      'The MPS, formally the Ministry of Public Security, runs Fox Hunt.',
    ];
    expect(find(page)).toEqual([
      // China denies running them: a denial names the stations too (issue 13).
      ['overseas-police-stations', 'police stations'],
      ['operation-sky-net', 'Skynet'],
      ['operation-fox-hunt', 'Fox Hunt'],
      ['ministry-of-public-security', 'MPS'],
      ['ministry-of-public-security', 'Ministry of Public Security'],
      ['operation-fox-hunt', 'Fox Hunt'],
    ]);
  });
});
