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
});
