import { describe, expect, it } from 'vitest';
import { trackingTokens } from '../../../lib/pack/url-hygiene';

describe('trackingTokens', () => {
  it.each([
    ['https://example.org/a?utm_source=relatedlink&utm_medium=referral', ['utm_source', 'utm_medium']],
    ['https://example.org/a?__cf_chl_jschl_tk__=abc-123', ['__cf_chl_jschl_tk__']],
    ['https://example.org/a?__cf_chl_rt_tk=abc', ['__cf_chl_rt_tk']],
    ['https://example.org/a?ns_mchannel=rss&ns_campaign=1490&ito=1490', ['ns_mchannel', 'ns_campaign', 'ito']],
    ['https://example.org/a?ico=in-line_link', ['ico']],
    ['https://example.org/a?UTM_Source=x', ['UTM_Source']],
    ['https://example.org/news/a-11082022.html/trackingdata.js', ['/trackingdata.js']],
  ])('finds the tokens in %s', (url, tokens) => {
    expect(trackingTokens(url)).toEqual(tokens);
  });

  it.each([
    'https://example.org/a',
    'https://www.rfa.org/cantonese/news/a.html?encoding=simplified',
    'https://www.kildarestreet.com/wrans/?id=2022-12-13a.749',
    'https://example.org/page.asp?pid=6497',
    'https://example.org/search?q=utm_source',
    'not a url',
  ])('finds none in %s', (url) => {
    expect(trackingTokens(url)).toEqual([]);
  });
});
