import { describe, expect, it } from 'vitest';
import { longestOwnTask } from '../../../scripts/bench/measure';

const span = (start: number, duration: number, name = 'x') => ({ name, start, duration });

describe('longestOwnTask', () => {
  it('charges us the long tasks that overlap a slice or hold a start-up mark, and no others', () => {
    const tasks = [span(0, 60), span(100, 70), span(200, 90), span(400, 120)];
    const slices = [span(110, 8)];
    const marks = [span(250, 0, 'backstory:ready')];
    expect(longestOwnTask(tasks, [...slices, ...marks])).toBe(90);
    expect(longestOwnTask(tasks, slices)).toBe(70);
  });

  it('is 0 when no long task was ours', () => {
    expect(longestOwnTask([span(0, 60)], [span(100, 5)])).toBe(0);
  });
});
