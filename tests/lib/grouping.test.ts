import { describe, expect, it } from 'vitest';
import { groupBy, groupOf, trackingState } from '../../lib/grouping';

describe('groupOf', () => {
  it.each([
    [{ type: 'person' as const }, 'people'],
    [{ type: 'government-body' as const }, 'government-bodies'],
    [{ type: 'person' as const, group: 'organizations' as const }, 'organizations'],
  ])('%j → %s', (entity, group) => {
    expect(groupOf(entity)).toBe(group);
  });
});

describe('groupBy', () => {
  it('returns non-empty groups in a fixed order with items in input order', () => {
    const items = [
      { id: 'a', type: 'person' as const },
      { id: 'b', type: 'organization' as const },
      { id: 'c', type: 'person' as const },
      { id: 'd', type: 'concept' as const },
    ];
    expect(groupBy(items, (x) => x).map((g) => [g.group, g.items.map((x) => x.id)])).toEqual([
      ['organizations', ['b']],
      ['people', ['a', 'c']],
      ['concepts', ['d']],
    ]);
  });

  it('returns nothing for nothing', () => {
    expect(groupBy([], (x) => x)).toEqual([]);
  });
});

describe('trackingState', () => {
  it.each([
    [['a', 'b'], [], 'all'],
    [['a', 'b'], ['a'], 'some'],
    [['a', 'b'], ['a', 'b', 'z'], 'none'],
  ] as const)('%j with %j off → %s', (ids, off, state) => {
    expect(trackingState(ids, new Set(off))).toBe(state);
  });
});
