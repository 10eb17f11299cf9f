import { describe, expect, it } from 'vitest';
import { isHostname, normalizeHostname, normalizeHostnames, siteOf } from '../../lib/hostname';

describe('normalizeHostname', () => {
  it.each([
    ['example.com', 'example.com'],
    ['  Example.COM ', 'example.com'],
    ['example.com.', 'example.com'],
    ['https://www.example.com/a/b?c=d#e', 'www.example.com'],
    ['http://127.0.0.1:8080/x', '127.0.0.1'],
    ['example.com:8080', 'example.com'],
    ['localhost', 'localhost'],
    ['bücher.example', 'xn--bcher-kva.example'],
    ['http://[::1]:3000/', '[::1]'],
  ])('%s → %s', (input, expected) => {
    expect(normalizeHostname(input)).toBe(expected);
  });

  it.each(['', '   ', 'not a host', 'ftp://example.com', 'javascript:alert(1)', 'exa_mple.com', '-bad.com', 'a..b'])(
    'rejects %j',
    (input) => {
      expect(normalizeHostname(input)).toBeNull();
    },
  );
});

describe('isHostname', () => {
  it.each([
    ['example.com', true],
    ['Example.com', false],
    ['example.com/', false],
    ['[::1]', true],
    ['', false],
    ['a'.repeat(254), false],
  ])('%s → %s', (input, expected) => {
    expect(isHostname(input)).toBe(expected);
  });
});

describe('normalizeHostnames', () => {
  it('normalises, drops non-strings and non-hosts, and keeps the first of duplicates', () => {
    expect(normalizeHostnames(['B.com', 3, 'a.com', 'https://b.com/x', 'no way', null])).toEqual(['b.com', 'a.com']);
  });
});

describe('siteOf', () => {
  it('reads a page’s hostname as normalizeHostname does: lower case, no trailing dot', () => {
    const pages = ['example.com', 'example.com.', 'Example.COM.', 'localhost.', '127.0.0.1'];
    expect(pages.map(siteOf)).toEqual(['example.com', 'example.com', 'example.com', 'localhost', '127.0.0.1']);
    expect(pages.map(siteOf)).toEqual(pages.map(normalizeHostname));
  });
});
