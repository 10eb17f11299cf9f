import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readTabMentions, TabMentions, watchTabMentions } from '../../extension/tab-mentions';

describe('readTabMentions / watchTabMentions', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('reads the counts the background keeps, summed over frames', async () => {
    const tabs = new TabMentions();
    expect(await readTabMentions(3)).toEqual({});
    await tabs.report(3, 0, { 'finn-lau': 2 });
    await tabs.report(3, 5, { 'finn-lau': 1, 'global-times': 1 });
    expect(await readTabMentions(3)).toEqual({ 'finn-lau': 3, 'global-times': 1 });
  });

  it('tells a watcher each change of that tab only', async () => {
    const tabs = new TabMentions();
    const seen: unknown[] = [];
    watchTabMentions(3, (counts) => seen.push(counts));
    await tabs.report(3, 0, { 'finn-lau': 1 });
    await tabs.report(4, 0, { 'finn-lau': 9 });
    await tabs.clearTab(3);
    await vi.waitFor(() => expect(seen).toEqual([{ 'finn-lau': 1 }, {}]));
  });
});
