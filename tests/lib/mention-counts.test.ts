import { describe, expect, it } from 'vitest';
import { mergeCounts, sameCounts, updateCounts } from '../../lib/mention-counts';

const m = (entityId: string) => ({ entityId });

describe('updateCounts', () => {
  it('adds what came and subtracts what went', () => {
    const counts = updateCounts({ a: 2 }, [m('a'), m('b')], [m('a')]);
    expect(counts).toEqual({ a: 2, b: 1 });
  });

  it('drops an entity whose mentions are all gone', () => {
    expect(updateCounts({ a: 1, b: 3 }, [], [m('a')])).toEqual({ b: 3 });
  });

  it('never goes below zero, even for a removal it never counted', () => {
    expect(updateCounts({}, [], [m('a')])).toEqual({});
  });

  it('returns a new object, so the last reported counts stay as they were', () => {
    const before = { a: 1 };
    const after = updateCounts(before, [m('a')], []);
    expect(before).toEqual({ a: 1 });
    expect(sameCounts(before, after)).toBe(false);
  });

  it('replacing a mention with an equal one leaves the counts the same', () => {
    const before = { a: 4 };
    expect(sameCounts(before, updateCounts(before, [m('a')], [m('a')]))).toBe(true);
  });
});

describe('sameCounts', () => {
  it('compares entity by entity', () => {
    expect(sameCounts({ a: 1, b: 2 }, { b: 2, a: 1 })).toBe(true);
    expect(sameCounts({ a: 1 }, { a: 1, b: 1 })).toBe(false);
    expect(sameCounts({ a: 1 }, { a: 2 })).toBe(false);
  });
});

describe('mergeCounts', () => {
  it('sums the counts of a tab’s frames', () => {
    expect(mergeCounts([{ a: 1 }, { a: 2, b: 1 }, {}])).toEqual({ a: 3, b: 1 });
  });
});
