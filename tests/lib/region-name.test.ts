import { describe, expect, it } from 'vitest';
import { regionName } from '../../lib/region-name';

describe('regionName', () => {
  it('names a country in the reader language', () => {
    expect(regionName('NL', 'en')).toBe('Netherlands');
    expect(regionName('NL', 'zh-CN')).toBe('荷兰');
    expect(regionName('NL', 'zh-TW')).toBe('荷蘭');
    expect(regionName('GB', 'en')).toBe('United Kingdom');
  });

  it('defaults to English', () => {
    expect(regionName('IE')).toBe('Ireland');
  });

  it('falls back to English for a locale tag it cannot use', () => {
    expect(regionName('CZ', 'not a locale!')).toBe(regionName('CZ', 'en'));
  });

  it('shows the code when no name is known or the code is malformed', () => {
    expect(regionName('QQ', 'en')).toBe('QQ');
    expect(regionName('nl-xx', 'en')).toBe('nl-xx');
  });
});
