import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  CONTENT_CSS,
  CONTENT_JS,
  CONTENT_SCRIPT_ID,
  injectContentScript,
  injectIntoOpenTabs,
  keepContentScriptInStep,
  syncContentScript,
} from '../../extension/content-script';
import { fakeScripting } from '../support/scripting';

describe('extension/content-script', () => {
  beforeEach(() => {
    vi.restoreAllMocks();
    fakeBrowser.reset();
  });

  describe('syncContentScript', () => {
    it('registers the script in all frames of http(s) pages, srcdoc and about:blank ones included, in automatic mode', async () => {
      const { registered } = fakeScripting();
      await syncContentScript(false);
      expect(registered.get(CONTENT_SCRIPT_ID)).toMatchObject({
        matches: ['http://*/*', 'https://*/*'],
        js: [CONTENT_JS],
        css: [CONTENT_CSS],
        allFrames: true,
        matchOriginAsFallback: true,
        runAt: 'document_idle',
        persistAcrossSessions: true,
      });
    });

    it('changes nothing when the registration is already current (a service worker restart)', async () => {
      const { calls } = fakeScripting();
      await syncContentScript(false);
      await syncContentScript(false);
      expect(calls).toEqual([`register ${CONTENT_SCRIPT_ID}`]);
    });

    it('replaces a registration left by an older version', async () => {
      const { registered, calls } = fakeScripting();
      registered.set(CONTENT_SCRIPT_ID, { id: CONTENT_SCRIPT_ID, matches: ['https://*/*'], js: ['old.js'], allFrames: true });
      await syncContentScript(false);
      expect(calls).toEqual([`unregister ${CONTENT_SCRIPT_ID}`, `register ${CONTENT_SCRIPT_ID}`]);
      expect(registered.get(CONTENT_SCRIPT_ID)?.js).toEqual([CONTENT_JS]);
    });

    it('removes a registration this version no longer makes (an older version’s start hint), in either mode', async () => {
      for (const manual of [false, true]) {
        const { registered, calls } = fakeScripting();
        registered.set('backstory-start-hint', { id: 'backstory-start-hint', matches: ['http://*/*', 'https://*/*'], js: ['/start-hint.js'], runAt: 'document_start' });
        await syncContentScript(manual);
        expect(calls[0]).toBe('unregister backstory-start-hint');
        expect([...registered.keys()]).toEqual(manual ? [] : [CONTENT_SCRIPT_ID]);
      }
    });

    it('accepts paths reported without the leading slash', async () => {
      const { registered, calls } = fakeScripting();
      registered.set(CONTENT_SCRIPT_ID, {
        id: CONTENT_SCRIPT_ID,
        matches: ['http://*/*', 'https://*/*'],
        js: [CONTENT_JS.slice(1)],
        css: [CONTENT_CSS.slice(1)],
        allFrames: true,
        matchOriginAsFallback: true,
      });
      await syncContentScript(false);
      expect(calls).toEqual([]);
    });

    it('replaces a registration that does not reach srcdoc and about:blank frames', async () => {
      const { registered, calls } = fakeScripting();
      registered.set(CONTENT_SCRIPT_ID, { id: CONTENT_SCRIPT_ID, matches: ['http://*/*', 'https://*/*'], js: [CONTENT_JS], css: [CONTENT_CSS], allFrames: true });
      await syncContentScript(false);
      expect(calls).toEqual([`unregister ${CONTENT_SCRIPT_ID}`, `register ${CONTENT_SCRIPT_ID}`]);
      expect(registered.get(CONTENT_SCRIPT_ID)?.matchOriginAsFallback).toBe(true);
    });

    it('removes the registration in manual mode', async () => {
      const { registered } = fakeScripting();
      await syncContentScript(false);
      await syncContentScript(true);
      expect(registered.size).toBe(0);
      await syncContentScript(true);
      expect(registered.size).toBe(0);
    });
  });

  describe('keepContentScriptInStep', () => {
    it('follows the manual-mode setting', async () => {
      const { registered } = fakeScripting();
      const stop = keepContentScriptInStep();
      await vi.waitFor(() => expect([...registered.keys()]).toEqual([CONTENT_SCRIPT_ID]));
      await browser.storage.sync.set({ manualMode: true });
      await vi.waitFor(() => expect(registered.size).toBe(0));
      await browser.storage.sync.set({ manualMode: false });
      await vi.waitFor(() => expect([...registered.keys()]).toEqual([CONTENT_SCRIPT_ID]));
      stop();
    });

    it('starts in manual mode without registering anything', async () => {
      const { calls } = fakeScripting();
      await browser.storage.sync.set({ manualMode: true });
      const stop = keepContentScriptInStep();
      await new Promise((r) => setTimeout(r, 20));
      expect(calls.filter((c) => c.startsWith('register'))).toEqual([]);
      stop();
    });
  });

  describe('injectContentScript', () => {
    it('injects the stylesheet and the script into every frame of the tab', async () => {
      const { calls } = fakeScripting();
      expect(await injectContentScript(7, async () => false)).toBe('injected');
      expect(calls).toEqual(['insertCSS', 'executeScript']);
      expect(fakeBrowser.scripting.executeScript).toHaveBeenCalledWith({ target: { tabId: 7, allFrames: true }, files: [CONTENT_JS] });
      expect(fakeBrowser.scripting.insertCSS).toHaveBeenCalledWith({ target: { tabId: 7, allFrames: true }, files: [CONTENT_CSS] });
    });

    it('does not inject twice', async () => {
      const { calls } = fakeScripting();
      expect(await injectContentScript(7, async () => true)).toBe('running');
      expect(calls).toEqual([]);
    });

    it('reports a tab it may not script', async () => {
      fakeScripting();
      vi.mocked(fakeBrowser.scripting.executeScript).mockRejectedValueOnce(new Error('Cannot access a chrome:// URL'));
      expect(await injectContentScript(7, async () => false)).toBe('refused');
    });
  });

  describe('injectIntoOpenTabs', () => {
    it('gives the web pages already open at install the script, except where it runs', async () => {
      fakeScripting();
      const query = vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 1 }, { id: 2 }, { id: 3 }] as never);
      await injectIntoOpenTabs(async (tabId) => tabId === 2);
      expect(query).toHaveBeenCalledWith({ url: ['http://*/*', 'https://*/*'] });
      expect(vi.mocked(fakeBrowser.scripting.executeScript).mock.calls.map(([o]) => (o as { target: { tabId: number } }).target.tabId)).toEqual([1, 3]);
    });

    it('does nothing in manual mode', async () => {
      fakeScripting();
      await browser.storage.sync.set({ manualMode: true });
      const query = vi.spyOn(fakeBrowser.tabs, 'query');
      await injectIntoOpenTabs(async () => false);
      expect(query).not.toHaveBeenCalled();
      expect(fakeBrowser.scripting.executeScript).not.toHaveBeenCalled();
    });
  });
});
