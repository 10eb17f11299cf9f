import { describe, expect, it } from 'vitest';
import { csFloorOf, READY_MARK, SETTINGS_ASKED_MARK, SETTINGS_READ_MARK, settingsWaitOf, START_MARK, startupOf } from '../../../scripts/bench/marks';

const mark = (name: string, start: number) => ({ name, start, duration: 0 });

describe('startupOf', () => {
  it('is the time from the start mark to the ready mark', () => {
    expect(startupOf([mark(START_MARK, 100.5), mark(READY_MARK, 103)])).toBe(2.5);
  });

  it('is null when the build has no marks, or the script never got ready', () => {
    expect(startupOf([])).toBeNull();
    expect(startupOf([mark(START_MARK, 10)])).toBeNull();
    expect(startupOf([mark(READY_MARK, 10)])).toBeNull();
  });

  it('ignores a ready mark from before the start (another run of the script)', () => {
    expect(startupOf([mark(READY_MARK, 5), mark(START_MARK, 10), mark(READY_MARK, 12)])).toBe(2);
  });
});

describe('settingsWaitOf', () => {
  it('is the time from asking storage for the settings to having them', () => {
    const marks = [mark(START_MARK, 100), mark(SETTINGS_ASKED_MARK, 101.5), mark(SETTINGS_READ_MARK, 108), mark(READY_MARK, 115)];
    expect(settingsWaitOf(marks)).toBe(6.5);
  });

  it('is null without the marks: a build without them, or a blank frame that never asked', () => {
    expect(settingsWaitOf([])).toBeNull();
    expect(settingsWaitOf([mark(START_MARK, 10), mark(READY_MARK, 11)])).toBeNull();
    expect(settingsWaitOf([mark(START_MARK, 10), mark(SETTINGS_ASKED_MARK, 11)])).toBeNull();
  });

  it('ignores marks from before the start (another run of the script)', () => {
    const marks = [mark(SETTINGS_ASKED_MARK, 1), mark(SETTINGS_READ_MARK, 2), mark(START_MARK, 10), mark(SETTINGS_ASKED_MARK, 11), mark(SETTINGS_READ_MARK, 14)];
    expect(settingsWaitOf(marks)).toBe(3);
  });
});

describe('csFloorOf', () => {
  it('reads the walk time and the counts from the floor measure', () => {
    expect(csFloorOf([{ name: 'other', start: 0, duration: 9 }, { name: 'bench:cs-floor:120:4500', start: 50, duration: 1.25 }])).toEqual({
      ms: 1.25,
      textNodes: 120,
      chars: 4500,
    });
  });

  it('is null when the floor script did not run', () => {
    expect(csFloorOf([{ name: 'bench:cs-floor-ready', start: 0, duration: 0 }])).toBeNull();
  });
});
