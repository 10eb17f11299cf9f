import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { applyFirstRunChoice, firstRun, listenForFirstRunChoice, onInstalled, parseFirstRunChoice, sendFirstRunChoice } from '../../extension/first-run';
import { manualMode } from '../../extension/settings';

const WELCOME_URL = `chrome-extension://${fakeBrowser.runtime.id}/welcome.html`;

/** Web pages open in the browser, and the tabs into which the content script was injected (fakeBrowser has no scripting API). */
function openTabs(ids: number[], running: number[] = []) {
  const injected: number[] = [];
  vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue(ids.map((id) => ({ id })) as never);
  Object.assign(fakeBrowser.scripting, {
    insertCSS: vi.fn(async () => undefined),
    executeScript: vi.fn(async ({ target }: { target: { tabId: number } }) => void injected.push(target.tabId)),
  });
  const isRunning = async (tabId: number) => running.includes(tabId) || injected.includes(tabId);
  return { injected, isRunning };
}

function createdTabs() {
  return vi.spyOn(fakeBrowser.tabs, 'create');
}

describe('extension/first-run', () => {
  beforeEach(() => {
    vi.restoreAllMocks();
    fakeBrowser.reset();
  });

  describe('onInstalled', () => {
    it('on install, opens the welcome page and reads none of the tabs already open', async () => {
      const { injected, isRunning } = openTabs([1, 2]);
      const create = createdTabs();
      await onInstalled('install', isRunning);
      expect(create).toHaveBeenCalledWith({ url: WELCOME_URL });
      expect(injected).toEqual([]);
      expect(await firstRun.getValue()).toBe('awaiting-choice');
    });

    it('on update after the reader chose, gives the open tabs the new script and opens nothing', async () => {
      await firstRun.setValue('chosen');
      const { injected, isRunning } = openTabs([1, 2, 3], [2]);
      const create = createdTabs();
      await onInstalled('update', isRunning);
      expect(injected).toEqual([1, 3]);
      expect(create).not.toHaveBeenCalled();
    });

    it('on update from a version without the welcome page (nothing stored), behaves as after a choice', async () => {
      const { injected, isRunning } = openTabs([4]);
      await onInstalled('update', isRunning);
      expect(injected).toEqual([4]);
    });

    it('on update before the reader chose, keeps holding the tabs back and does not reopen the page', async () => {
      const { injected, isRunning } = openTabs([1]);
      const create = createdTabs();
      await onInstalled('install', isRunning);
      create.mockClear();
      await onInstalled('update', isRunning);
      expect(injected).toEqual([]);
      expect(create).not.toHaveBeenCalled();
      expect(await firstRun.getValue()).toBe('awaiting-choice');
    });

    it('on update in manual mode, reads nothing', async () => {
      await manualMode.setValue(true);
      const { injected, isRunning } = openTabs([1]);
      await onInstalled('update', isRunning);
      expect(injected).toEqual([]);
    });

    it('ignores a browser update', async () => {
      const { injected, isRunning } = openTabs([1]);
      const create = createdTabs();
      await onInstalled('chrome_update', isRunning);
      expect(injected).toEqual([]);
      expect(create).not.toHaveBeenCalled();
    });
  });

  describe('applyFirstRunChoice', () => {
    it('manual mode: saves the mode, and the tabs held back since install are never read', async () => {
      const { injected, isRunning } = openTabs([1, 2]);
      vi.spyOn(fakeBrowser.tabs, 'create').mockResolvedValue({} as never);
      await onInstalled('install', isRunning);
      await applyFirstRunChoice(true, isRunning);
      expect(await manualMode.getValue()).toBe(true);
      expect(await firstRun.getValue()).toBe('chosen');
      expect(injected).toEqual([]);
    });

    it('automatic: reads the tabs held back since install, except where the script already runs', async () => {
      const { injected, isRunning } = openTabs([1, 2, 3], [3]);
      vi.spyOn(fakeBrowser.tabs, 'create').mockResolvedValue({} as never);
      await onInstalled('install', isRunning);
      await applyFirstRunChoice(false, isRunning);
      expect(await manualMode.getValue()).toBe(false);
      expect(injected).toEqual([1, 2]);
    });

    it('a later choice (the page opened again) only sets the mode: open tabs follow the mode as they do from the settings', async () => {
      await firstRun.setValue('chosen');
      await manualMode.setValue(true);
      const { injected, isRunning } = openTabs([1]);
      await applyFirstRunChoice(false, isRunning);
      expect(await manualMode.getValue()).toBe(false);
      expect(injected).toEqual([]);
    });
  });

  describe('the stored state', () => {
    it('reads a corrupt value as chosen, like a missing one', async () => {
      await browser.storage.local.set({ firstRun: 42 });
      expect(await firstRun.getValue()).toBe('chosen');
    });

    it('refuses to store anything but the two stages', async () => {
      await expect(firstRun.setValue('maybe' as never)).rejects.toThrow();
    });
  });

  describe('listenForFirstRunChoice', () => {
    const fromWelcome = { id: fakeBrowser.runtime.id, url: WELCOME_URL };
    const choice = (manual: boolean) => ({ type: 'backstory-first-run-choice', manual });

    it('applies the welcome page choice, from what storage kept across a service-worker restart', async () => {
      const { injected, isRunning } = openTabs([5]);
      vi.spyOn(fakeBrowser.tabs, 'create').mockResolvedValue({} as never);
      await onInstalled('install', isRunning);
      // A new service worker: nothing in memory, only storage.
      listenForFirstRunChoice(isRunning);
      expect(await fakeBrowser.runtime.onMessage.trigger(choice(false), fromWelcome)).toContain(true);
      expect(injected).toEqual([5]);
    });

    it('reads the held-back tabs once when the reader clicks twice', async () => {
      const { injected, isRunning } = openTabs([5]);
      vi.spyOn(fakeBrowser.tabs, 'create').mockResolvedValue({} as never);
      await onInstalled('install', isRunning);
      listenForFirstRunChoice(isRunning);
      await Promise.all([fakeBrowser.runtime.onMessage.trigger(choice(false), fromWelcome), fakeBrowser.runtime.onMessage.trigger(choice(false), fromWelcome)]);
      expect(vi.mocked(fakeBrowser.scripting.executeScript)).toHaveBeenCalledTimes(1);
      expect(injected).toEqual([5]);
    });

    it.each([
      ['a content script in a web page', { id: fakeBrowser.runtime.id, url: 'https://example.com/' }],
      ['another extension', { id: 'someone-else', url: 'chrome-extension://someone-else/page.html' }],
    ])('ignores a choice sent by %s', async (_, sender) => {
      const { isRunning } = openTabs([]);
      listenForFirstRunChoice(isRunning);
      expect(await fakeBrowser.runtime.onMessage.trigger(choice(true), sender)).toEqual([undefined]);
      expect(await manualMode.getValue()).toBe(false);
    });
  });

  describe('sendFirstRunChoice', () => {
    it('resolves once the background applied the choice', async () => {
      const { isRunning } = openTabs([]);
      listenForFirstRunChoice(isRunning);
      // fakeBrowser delivers runtime messages with an empty sender: stand in the welcome page's.
      vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(
        async (message: unknown) => (await fakeBrowser.runtime.onMessage.trigger(message, { id: fakeBrowser.runtime.id, url: WELCOME_URL })).find(Boolean),
      );
      await sendFirstRunChoice(true);
      expect(await manualMode.getValue()).toBe(true);
    });

    it('rejects when nothing applied it, so the page can say so', async () => {
      vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(undefined);
      await expect(sendFirstRunChoice(true)).rejects.toThrow();
    });
  });

  it('parses only well-formed choices', () => {
    expect(parseFirstRunChoice({ type: 'backstory-first-run-choice', manual: true })).toEqual({ type: 'backstory-first-run-choice', manual: true });
    expect(parseFirstRunChoice({ type: 'backstory-first-run-choice', manual: 'yes' })).toBeNull();
    expect(parseFirstRunChoice({ type: 'report-mentions' })).toBeNull();
    expect(parseFirstRunChoice(null)).toBeNull();
  });
});
