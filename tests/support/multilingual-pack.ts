/**
 * A small pack in English, Simplified and Traditional Chinese, about made-up
 * entities (no real person or body is described): for tests of the reader's
 * language in the view models, the components, and the built extension,
 * where it is imported through the options page like any pack.
 */
import type { Pack } from '../../lib/pack/schema';

const L = (en: string, hans: string, hant: string) => ({ en, 'zh-Hans': hans, 'zh-Hant': hant });

export const MULTILINGUAL_PACK_ID = 'lantern-line-test';

export function multilingualPack(): Pack {
  return {
    id: MULTILINGUAL_PACK_ID,
    title: L('Lantern Line test pack', '灯笼热线测试包', '燈籠熱線測試包'),
    version: '1.0.0',
    language: 'en',
    languages: ['en', 'zh-Hans', 'zh-Hant'],
    reviewed: '2026-12-01',
    sources: [
      { id: 'src-paper', title: 'A helpline under scrutiny', publisher: 'Example Daily', date: '2023-03-20', url: 'https://example.org/paper', kind: 'news' },
      { id: 'src-council', title: 'Council statement', publisher: 'Example City Council', date: '2023-03-15', url: 'https://example.org/council', kind: 'official' },
      {
        id: 'src-ministry',
        title: '外交部发言人答记者问',
        publisher: 'Example Foreign Ministry',
        date: '2023-04-20',
        via: 'example.net, a repost',
        kind: 'official',
      },
      {
        id: 'src-reprint',
        title: 'Helpline volunteers speak',
        publisher: 'Example Weekly',
        date: '2023-05-02',
        url: 'https://example.org/reprint',
        via: 'Example Digest (reprint)',
        kind: 'news',
      },
    ],
    entities: [
      {
        id: 'lantern-line',
        name: L('Lantern Line', '灯笼热线', '燈籠熱線'),
        type: 'organization',
        group: 'organizations',
        aliases: [{ text: 'Lantern Line' }, { text: '灯笼热线' }, { text: '燈籠熱線' }],
        summary: L(
          'Lantern Line is a made-up helpline that exists only in tests. It says it answered 120 calls in 2023.',
          '灯笼热线是一个只存在于测试中的虚构求助热线。它称2023年接听了120通电话。',
          '燈籠熱線是一個只存在於測試中的虛構求助熱線。它稱2023年接聽了120通電話。',
        ),
        facts: [
          { label: L('Founded', '成立', '成立'), value: L('2019', '2019年', '2019年'), sources: ['src-paper'] },
          {
            label: L('Calls', '来电', '來電'),
            value: L('It says it answered 120 calls in 2023', '它称2023年接听了120通电话', '它稱2023年接聽了120通電話'),
            sources: ['src-reprint', 'src-paper'],
          },
        ],
        positions: [
          {
            holder: L('Lantern Line', '灯笼热线', '燈籠熱線'),
            statement: L('Its volunteers only give advice.', '其志愿者只提供建议。', '其志工只提供建議。'),
            sources: ['src-reprint'],
          },
          {
            holder: L('Example City Council', '示例市议会', '示例市議會'),
            statement: L('It found no wrongdoing at the office.', '未在该办公室发现不当行为。', '未在該辦公室發現不當行為。'),
            about: L("the helpline's office", '该热线的办公室', '該熱線的辦公室'),
            sources: ['src-council'],
          },
          {
            holder: L("China's foreign ministry", '中国外交部', '中國外交部'),
            statement: L('Called such reports groundless.', '称此类报道毫无根据。', '稱此類報導毫無根據。'),
            about: L('helplines abroad in general', '海外求助热线的总体情况', '海外求助熱線的整體情況'),
            general: true,
            sources: ['src-ministry'],
          },
        ],
        related: ['mira-osk'],
        countries: [
          {
            country: 'NL',
            reported: {
              text: L('One office, in Utrecht, named by a newspaper.', '一家报纸点名了乌得勒支的一处办公室。', '一家報紙點名了烏特勒支的一處辦公室。'),
              sources: ['src-paper'],
            },
            responses: [
              {
                date: '2023-03-14',
                actor: L('Utrecht police', '乌得勒支警方', '烏特勒支警方'),
                action: 'investigation-opened',
                text: L('Opened an inquiry.', '展开调查。', '展開調查。'),
                sources: ['src-paper'],
              },
              {
                date: '2023-03-15',
                actor: L('Example City Council', '示例市议会', '示例市議會'),
                action: 'none-found',
                text: L('Found no wrongdoing.', '未发现不当行为。', '未發現不當行為。'),
                sources: ['src-council'],
              },
            ],
            hostPosition: {
              holder: L('Example City Council', '示例市议会', '示例市議會'),
              statement: L('Will keep watching.', '将继续关注。', '將繼續關注。'),
              sources: ['src-council'],
            },
          },
          {
            country: 'IE',
            reported: { text: L('A second office, reported by volunteers.', '志愿者报告了第二处办公室。', '志工報告了第二處辦公室。'), sources: ['src-reprint'] },
            responses: [],
          },
        ],
      },
      {
        id: 'mira-osk',
        name: L('Mira Osk', '米拉·奥斯克', '米拉·奧斯克'),
        type: 'person',
        group: 'people',
        aliases: [{ text: 'Mira Osk' }, { text: '米拉·奥斯克' }, { text: '米拉·奧斯克' }],
        summary: L(
          'Mira Osk is a made-up volunteer who exists only in tests. She says she joined Lantern Line in 2020.',
          '米拉·奥斯克是一位只存在于测试中的虚构志愿者。她称自己于2020年加入灯笼热线。',
          '米拉·奧斯克是一位只存在於測試中的虛構志工。她稱自己於2020年加入燈籠熱線。',
        ),
        facts: [{ label: L('Role', '角色', '角色'), value: L('Volunteer', '志愿者', '志工'), sources: ['src-reprint'] }],
        related: ['lantern-line'],
      },
    ],
    timeline: [
      {
        date: '2023-03-14',
        entities: ['lantern-line'],
        side: 'other-government',
        speaker: L('Utrecht police', '乌得勒支警方', '烏特勒支警方'),
        text: L('Opened an inquiry into the office.', '对该办公室展开调查。', '對該辦公室展開調查。'),
        sources: ['src-paper'],
      },
      {
        date: '2023-04-18',
        entities: ['lantern-line'],
        side: 'chinese-government',
        speaker: L("China's foreign ministry", '中国外交部', '中國外交部'),
        text: L('Called the reports groundless.', '称相关报道毫无根据。', '稱相關報導毫無根據。'),
        sources: ['src-ministry'],
      },
    ],
  };
}
