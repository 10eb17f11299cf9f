import { describe, expect, it } from 'vitest';
import { needsActivation, readParams, type PopupData } from '../../../entrypoints/popup/data';

describe('readParams', () => {
  it.each([
    ['', { tabId: null, entityId: null, lang: null, section: null }],
    ['?tab=12', { tabId: 12, entityId: null, lang: null, section: null }],
    ['?tab=12&entity=finn-lau', { tabId: 12, entityId: 'finn-lau', lang: null, section: null }],
    ['?entity=finn-lau', { tabId: null, entityId: 'finn-lau', lang: null, section: null }],
    ['?tab=-1&entity=Finn%20Lau', { tabId: null, entityId: null, lang: null, section: null }],
    ['?tab=1e3&entity=<b>', { tabId: null, entityId: null, lang: null, section: null }],
    ['?tab=4&entity=finn-lau&lang=zh-Hant&section=countries', { tabId: 4, entityId: 'finn-lau', lang: 'zh-Hant', section: 'countries' }],
    ['?entity=finn-lau&lang=<i>&section=timeline', { tabId: null, entityId: 'finn-lau', lang: null, section: null }],
  ])('%s → %j', (search, expected) => {
    expect(readParams(search)).toEqual(expected);
  });
});

describe('needsActivation', () => {
  const data = (overrides: Partial<PopupData>): PopupData => ({
    tabId: 3,
    host: 'example.com',
    counts: {},
    enabled: true,
    paused: [],
    untracked: [],
    manual: true,
    packs: [],
    language: 'page',
    ui: 'en-US',
    ...overrides,
  });

  it.each([
    [{}, true],
    [{ manual: false }, false],
    [{ enabled: false }, false],
    [{ paused: ['example.com'] }, false],
    [{ host: null }, false],
    [{ tabId: null }, false],
  ] as [Partial<PopupData>, boolean][])('%j → %s', (overrides, expected) => {
    expect(needsActivation(data(overrides))).toBe(expected);
  });
});
