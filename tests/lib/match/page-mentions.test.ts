import { describe, expect, it } from 'vitest';
import { matcherFor } from '../../../lib/match/matcher';
import { pageMentions } from '../../../lib/match/page-mentions';

const matcher = matcherFor([
  { id: 'stations', aliases: [{ text: 'overseas police stations' }, { text: 'the stations', short: 'page' }] },
  { id: 'sky-net', aliases: [{ text: 'Skynet', context: ['anti-corruption'] }] },
  { id: 'pcc', aliases: [{ text: 'PCC', case: 'exact', lang: ['it'] }] },
]);

const texts = (blocks: string[], found: ReturnType<typeof pageMentions>) =>
  found.map((mentions, i) => mentions.map((m) => `${m.entityId}:${blocks[i]!.slice(m.start, m.end)}`));

describe('pageMentions', () => {
  it('gives the mentions of each block, with context and full names from the whole page', () => {
    const blocks = ['The stations closed.', 'Skynet is a drive.', 'An anti-corruption drive ran overseas police stations.'];
    expect(texts(blocks, pageMentions(matcher, blocks))).toEqual([
      ['stations:The stations'],
      ['sky-net:Skynet'],
      ['stations:overseas police stations'],
    ]);
  });

  it('applies the tracked set', () => {
    const blocks = ['overseas police stations; the stations'];
    expect(texts(blocks, pageMentions(matcher, blocks, (id) => id !== 'stations'))).toEqual([[]]);
  });

  it('takes each block\'s language', () => {
    const found = pageMentions(matcher, [{ text: 'il PCC', lang: 'it' }, { text: 'o PCC', lang: 'pt' }]);
    expect(found.map((m) => m.length)).toEqual([1, 0]);
  });
});
