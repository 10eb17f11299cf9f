import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../lib/pack/schema';
import { isChinaSide, newestFirst, timelineOf } from '../../lib/timeline';

const event = (date: string, entities: string[], text: string, side: TimelineEvent['side'] = 'media'): TimelineEvent => ({
  date,
  entities,
  side,
  speaker: 'Someone',
  text,
  sources: ['s'],
});

describe('timelineOf', () => {
  const events = [
    event('2022-10-26', ['stations'], 'denial', 'chinese-government'),
    event('2022-09-12', ['stations', 'report'], 'report published', 'ngo'),
    event('2023-04-17', ['lu'], 'arrest', 'other-government'),
    event('2022-11-01', ['stations'], 'closure ordered', 'other-government'),
  ];

  it('keeps only the events naming the entity, newest first', () => {
    expect(timelineOf(events, 'stations').map((e) => e.text)).toEqual(['closure ordered', 'denial', 'report published']);
    expect(timelineOf(events, 'report').map((e) => e.text)).toEqual(['report published']);
  });

  it('is empty for an entity no event names, or a pack without a timeline', () => {
    expect(timelineOf(events, 'nobody')).toEqual([]);
    expect(timelineOf(undefined, 'stations')).toEqual([]);
  });
});

describe('newestFirst', () => {
  it('keeps the pack order of events on the same date and does not change its input', () => {
    const input = [event('2022-11-01', ['a'], 'first'), event('2022-11-01', ['a'], 'second'), event('2023', ['a'], 'later')];
    expect(newestFirst(input).map((e) => e.text)).toEqual(['later', 'first', 'second']);
    expect(input.map((e) => e.text)).toEqual(['first', 'second', 'later']);
  });
});

describe('isChinaSide', () => {
  it('counts the Chinese government and state media as China', () => {
    expect(isChinaSide('chinese-government')).toBe(true);
    expect(isChinaSide('chinese-state-media')).toBe(true);
    expect(['other-government', 'ngo', 'media', 'individual'].map((s) => isChinaSide(s as TimelineEvent['side']))).toEqual([false, false, false, false]);
  });
});
