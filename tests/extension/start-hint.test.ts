import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { START_DEFAULTS_JS, START_HINT_ID, START_HINT_JS, startHint, startHintScript, syncStartHint } from '../../extension/start-hint';
import { fakeScripting } from '../support/scripting';

const on = { manual: false, enabled: true, paused: [] as string[], untracked: [] as string[], imported: false };

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
        js: [START_DEFAULTS_JS],
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

    it('stands for the default settings only while nothing the reading depends on differs from them', () => {
      // Paused sites, all excluded by the registration, leave the defaults where the hint runs.
      expect(startHintScript({ ...on, paused: ['example.com'] })?.js).toEqual([START_DEFAULTS_JS]);
      // An untracked entity, or a paused site the hint may still run on: the content script waits for its settings.
      expect(startHintScript({ ...on, untracked: ['wang-jingyu'] })?.js).toEqual([START_HINT_JS]);
      expect(startHintScript({ ...on, paused: ['example.com', '[::1]'] })?.js).toEqual([START_HINT_JS]);
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

    it('replaces the defaults hint with the plain one when an entity is untracked, and back', async () => {
      const { registered } = fakeScripting();
      await syncStartHint(on);
      expect(registered.get(START_HINT_ID)?.js).toEqual([START_DEFAULTS_JS]);
      await syncStartHint({ ...on, untracked: ['wang-jingyu'] });
      expect(registered.get(START_HINT_ID)?.js).toEqual([START_HINT_JS]);
      await syncStartHint(on);
      expect(registered.get(START_HINT_ID)?.js).toEqual([START_DEFAULTS_JS]);
    });

    it('leaves a current registration alone: the worker restarts often', async () => {
      const { calls } = fakeScripting();
      await syncStartHint({ ...on, paused: ['example.com'] });
      await syncStartHint({ ...on, paused: ['example.com'] });
      expect(calls).toEqual([`register ${START_HINT_ID}`]);
    });
  });

  describe('startHint', () => {
    afterEach(() => {
      delete (globalThis as { backstoryStartHint?: string }).backstoryStartHint;
    });

    // The shipped files, run as the browser runs them in a frame (plain scripts: no types to check).
    it.each([
      [START_HINT_JS, 'on'],
      [START_DEFAULTS_JS, 'defaults'],
    ])('reads what %s sets in the content scripts’ world', async (path, said) => {
      expect(startHint()).toBeNull();
      const file: string = `../../public${path}?${said}`;
      await import(/* @vite-ignore */ file);
      expect(startHint()).toBe(said);
    });
  });
});
