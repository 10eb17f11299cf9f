import { describe, expect, it } from 'vitest';
import { fill } from '../../lib/fill';

describe('fill', () => {
  it('puts the value where the label says $1', () => {
    expect(fill('Last reviewed $1', 'Dec 1, 2026')).toBe('Last reviewed Dec 1, 2026');
    expect(fill('最近审核：$1', '2026年12月1日')).toBe('最近审核：2026年12月1日');
  });

  it('inserts a value as it is, even one that looks like a replacement pattern', () => {
    expect(fill('via $1', "$& and $1 and $'")).toBe("via $& and $1 and $'");
  });

  it('fills several placeholders in the order the label puts them, each value as it is', () => {
    expect(fill('$1. Cited in “$2”, reviewed $3.', 'A, “B”', 'Pack $3', 'May 1')).toBe('A, “B”. Cited in “Pack $3”, reviewed May 1.');
    expect(fill('引自《$2》：$1', 'x', 'y')).toBe('引自《y》：x');
  });

  it('leaves a placeholder it has no value for as written', () => {
    expect(fill('$1 and $2', 'one')).toBe('one and $2');
  });
});
