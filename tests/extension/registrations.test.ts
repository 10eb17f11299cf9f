import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CONTENT_SCRIPT_ID } from '../../extension/content-script';
import { importedPatterns } from '../../extension/imported-patterns';
import { keepRegistrationsInStep } from '../../extension/registrations';
import { enabled, manualMode, pausedSites } from '../../extension/settings';
import { START_HINT_ID } from '../../extension/start-hint';
import { fakeScripting } from '../support/scripting';

describe('keepRegistrationsInStep', () => {
  let stop: (() => void) | undefined;
  beforeEach(() => {
    vi.restoreAllMocks();
    fakeBrowser.reset();
  });
  afterEach(() => stop?.());

  it('registers the content script, then its start hint, never the other way round', async () => {
    const { calls } = fakeScripting();
    stop = keepRegistrationsInStep();
    await vi.waitFor(() => expect(calls).toEqual([`register ${CONTENT_SCRIPT_ID}`, `register ${START_HINT_ID}`]));
  });

  it('follows the manual-mode setting: both go, both come back', async () => {
    const { registered } = fakeScripting();
    stop = keepRegistrationsInStep();
    await vi.waitFor(() => expect([...registered.keys()]).toEqual([CONTENT_SCRIPT_ID, START_HINT_ID]));
    await browser.storage.sync.set({ manualMode: true });
    await vi.waitFor(() => expect(registered.size).toBe(0));
    await manualMode.setValue(false);
    await vi.waitFor(() => expect([...registered.keys()].sort()).toEqual([CONTENT_SCRIPT_ID, START_HINT_ID]));
  });

  it('starts in manual mode without registering anything', async () => {
    const { calls } = fakeScripting();
    await browser.storage.sync.set({ manualMode: true });
    stop = keepRegistrationsInStep();
    await new Promise((r) => setTimeout(r, 20));
    expect(calls.filter((c) => c.startsWith('register'))).toEqual([]);
  });

  it('keeps the content script while Backstory is off or a site is paused, and changes only the hint', async () => {
    const { registered } = fakeScripting();
    stop = keepRegistrationsInStep();
    await vi.waitFor(() => expect(registered.has(START_HINT_ID)).toBe(true));
    await pausedSites.setValue(['example.org']);
    await vi.waitFor(() => expect(registered.get(START_HINT_ID)?.excludeMatches).toEqual(['*://example.org/*']));
    expect(registered.get(CONTENT_SCRIPT_ID)?.excludeMatches).toBeUndefined();
    await enabled.setValue(false);
    await vi.waitFor(() => expect(registered.has(START_HINT_ID)).toBe(false));
    expect(registered.has(CONTENT_SCRIPT_ID)).toBe(true);
    await enabled.setValue(true);
    await vi.waitFor(() => expect(registered.has(START_HINT_ID)).toBe(true));
  });

  it('removes the hint while packs are imported, and brings it back when they are gone', async () => {
    const { registered } = fakeScripting();
    stop = keepRegistrationsInStep();
    await vi.waitFor(() => expect(registered.has(START_HINT_ID)).toBe(true));
    await importedPatterns.setValue({ bundled: 'stamp', data: 'rows' });
    await vi.waitFor(() => expect(registered.has(START_HINT_ID)).toBe(false));
    expect(registered.has(CONTENT_SCRIPT_ID)).toBe(true);
    await importedPatterns.setValue(null);
    await vi.waitFor(() => expect(registered.has(START_HINT_ID)).toBe(true));
  });
});
