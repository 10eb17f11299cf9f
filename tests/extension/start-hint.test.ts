import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { isHinted, START_HINT_ID, START_HINT_JS, startHintScript, syncStartHint } from '../../extension/start-hint';
import { fakeScripting } from '../support/scripting';

const on = { manual: false, enabled: true, paused: [] as string[], imported: false };

describe('the start hint', () => {
  beforeEach(() => {
    vi.restoreAllMocks();
    fakeBrowser.reset();
  });

  describe('startHintScript', () => {
    it('runs at document_start in every frame the content script runs in, where Backstory reads pages', () => {
      expect(startHintScript(on)).toEqual({
        id: START_HINT_ID,
        matches: ['http://*/*', 'https://*/*'],
        js: [START_HINT_JS],
        allFrames: true,
        matchOriginAsFallback: true,
        runAt: 'document_start',
        persistAcrossSessions: true,
      });
    });

    it('has no place in manual mode, while Backstory is off, or while packs are imported (the matcher needed is theirs)', () => {
      expect(startHintScript({ ...on, manual: true })).toBeNull();
      expect(startHintScript({ ...on, enabled: false })).toBeNull();
      expect(startHintScript({ ...on, imported: true })).toBeNull();
    });

    it('leaves out paused sites, on any scheme and port; an IPv6 address is not excluded, not to risk the registration', () => {
      expect(startHintScript({ ...on, paused: ['example.com', '127.0.0.1', '[::1]', 'not a host'] })?.excludeMatches).toEqual([
        '*://example.com/*',
        '*://127.0.0.1/*',
      ]);
    });
  });

  describe('syncStartHint', () => {
    it('registers the hint, replaces it when a site is paused, and removes it when Backstory is off', async () => {
      const { registered, calls } = fakeScripting();
      await syncStartHint(on);
      expect(registered.get(START_HINT_ID)?.excludeMatches).toBeUndefined();
      await syncStartHint({ ...on, paused: ['example.com'] });
      expect(registered.get(START_HINT_ID)?.excludeMatches).toEqual(['*://example.com/*']);
      await syncStartHint({ ...on, enabled: false });
      expect(registered.has(START_HINT_ID)).toBe(false);
      expect(calls).toEqual([`register ${START_HINT_ID}`, `unregister ${START_HINT_ID}`, `register ${START_HINT_ID}`, `unregister ${START_HINT_ID}`]);
    });

    it('leaves a current registration alone: the worker restarts often', async () => {
      const { calls } = fakeScripting();
      await syncStartHint({ ...on, paused: ['example.com'] });
      await syncStartHint({ ...on, paused: ['example.com'] });
      expect(calls).toEqual([`register ${START_HINT_ID}`]);
    });
  });

  describe('isHinted', () => {
    afterEach(() => {
      delete (globalThis as { backstoryStartHint?: boolean }).backstoryStartHint;
    });

    it('is what the hint script sets in the content scripts’ world', async () => {
      expect(isHinted()).toBe(false);
      // The shipped file, run once, as the browser runs it in a frame (a plain script: no types to check).
      const file: string = '../../public/start-hint.js';
      await import(/* @vite-ignore */ file);
      expect(isHinted()).toBe(true);
    });
  });
});
