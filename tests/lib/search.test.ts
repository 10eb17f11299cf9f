import { describe, expect, it } from 'vitest';
import { EntitySearch, searchKey } from '../../lib/search';

const ENTITIES = [
  { id: 'safeguard-defenders', name: 'Safeguard Defenders', aliases: [{ text: 'Safeguard Defenders' }, { text: '保护卫士' }, { text: '保護衛士' }] },
  { id: 'peter-dahlin', name: 'Peter Dahlin', aliases: [{ text: 'Peter Dahlin' }, { text: '彼得·达林' }] },
  { id: 'ministry-of-public-security', name: 'Ministry of Public Security', aliases: [{ text: 'MPS' }, { text: '公安部' }] },
  { id: 'operation-fox-hunt', name: 'Operation Fox Hunt', aliases: [{ text: 'Fox Hunt' }, { text: '猎狐行动' }, { text: '獵狐行動' }] },
  { id: 'public-security-bureau', name: 'Public Security Bureau', aliases: [{ text: 'PSB' }] },
];

const search = new EntitySearch(ENTITIES);
const ids = (query: string) => search.search(query).map((h) => h.id);

describe('searchKey', () => {
  it.each([
    ['Peter  DAHLIN', 'peter dahlin'],
    ['Dahlín', 'dahlin'],
    ['ＭＰＳ', 'mps'],
    ['Fox‐Hunt', 'fox-hunt'],
    ['保護衛士', '保護衛士'],
  ])('%s → %s', (input, expected) => {
    expect(searchKey(input)).toBe(expected);
  });
});

describe('EntitySearch', () => {
  it.each([
    ['safeguard', ['safeguard-defenders']],
    ['DEFENDERS', ['safeguard-defenders']],
    ['dahlín', ['peter-dahlin']],
    ['mps', ['ministry-of-public-security']],
    ['ＭＰＳ', ['ministry-of-public-security']],
    ['卫士', ['safeguard-defenders']],
    ['保護', ['safeguard-defenders']],
    ['公安部', ['ministry-of-public-security']],
    ['獵狐', ['operation-fox-hunt']],
    ['达林', ['peter-dahlin']],
    ['hunt fox', ['operation-fox-hunt']],
    ['nothing like this', []],
    ['', []],
    ['   ', []],
  ])('%j finds %j', (query, expected) => {
    expect(ids(query)).toEqual(expected);
  });

  it('ranks an exact alias before a prefix, a word start and a match inside a word', () => {
    const s = new EntitySearch([
      { id: 'inside', name: 'Xfox', aliases: [] },
      { id: 'word', name: 'Red Fox', aliases: [] },
      { id: 'prefix', name: 'Foxes', aliases: [] },
      { id: 'exact', name: 'Something', aliases: [{ text: 'fox' }] },
    ]);
    expect(s.search('fox').map((h) => [h.id, h.rank])).toEqual([
      ['exact', 0],
      ['prefix', 1],
      ['word', 2],
      ['inside', 3],
    ]);
  });

  it('says which name or alias matched', () => {
    expect(search.search('公安')).toEqual([{ id: 'ministry-of-public-security', matched: '公安部', rank: 1 }]);
  });

  it('orders equal ranks by name and honours the limit', () => {
    expect(ids('security')).toEqual(['ministry-of-public-security', 'public-security-bureau']);
    expect(ids('public security')).toEqual(['public-security-bureau', 'ministry-of-public-security']);
    expect(search.search('security', 1)).toHaveLength(1);
  });
});

describe('EntitySearch over names in several languages', () => {
  const multilingual = new EntitySearch([
    { id: 'lantern-line', name: 'Lantern Line', names: ['Lantern Line', '灯笼热线', '燈籠熱線'], aliases: [{ text: 'Lantern Line' }] },
    { id: 'mira-osk', name: '米拉·奧斯克', names: ['Mira Osk', '米拉·奥斯克', '米拉·奧斯克'], aliases: [] },
  ]);

  it('finds an entity by its name in any language its pack carries, even one that is no alias', () => {
    expect(multilingual.search('燈籠')).toEqual([{ id: 'lantern-line', matched: '燈籠熱線', rank: 1 }]);
    expect(multilingual.search('灯笼热线')).toEqual([{ id: 'lantern-line', matched: '灯笼热线', rank: 0 }]);
    expect(multilingual.search('mira')).toEqual([{ id: 'mira-osk', matched: 'Mira Osk', rank: 1 }]);
  });
});
