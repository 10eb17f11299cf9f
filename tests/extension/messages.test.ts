import { describe, expect, it } from 'vitest';
import { parseBackgroundRequest } from '../../extension/messages';

describe('parseBackgroundRequest', () => {
  it.each([
    [{ type: 'get-entity', entityId: 'safeguard-defenders' }, { type: 'get-entity', entityId: 'safeguard-defenders', page: null }],
    [
      { type: 'get-entity', entityId: 'finn-lau', page: { declared: 'zh', sample: '刘祖廸' }, lang: 'zh-Hant' },
      { type: 'get-entity', entityId: 'finn-lau', page: { declared: 'zh', sample: '刘祖廸' }, lang: 'zh-Hant' },
    ],
    // What a page wrote in its lang attribute is cut short, as is the sample; neither is ever shown.
    [
      { type: 'get-entity', entityId: 'finn-lau', page: { declared: 'x'.repeat(100), sample: '字'.repeat(3000) } },
      { type: 'get-entity', entityId: 'finn-lau', page: { declared: 'x'.repeat(64), sample: '字'.repeat(2000) } },
    ],
    [{ type: 'get-entity', entityId: 'finn-lau', page: { declared: 3, sample: '' } }, null],
    [{ type: 'get-entity', entityId: 'finn-lau', page: ['zh'] }, null],
    [{ type: 'get-entity', entityId: 'finn-lau', page: null, lang: '<script>' }, null],
    [{ type: 'open-details', entityId: 'finn-lau', tab: 3 }, { type: 'open-details', entityId: 'finn-lau' }],
    [
      { type: 'open-details', entityId: 'finn-lau', lang: 'zh-Hans', section: 'countries' },
      { type: 'open-details', entityId: 'finn-lau', lang: 'zh-Hans', section: 'countries' },
    ],
    [{ type: 'open-details', entityId: 'finn-lau', section: 'elsewhere' }, null],
    [{ type: 'open-details', entityId: 'finn-lau', lang: 'zh Hans' }, null],
    [{ type: 'get-entity', entityId: 'Not An Id' }, null],
    [{ type: 'get-entity', entityId: '../popup.html' }, null],
    [{ type: 'open-details', entityId: 'a'.repeat(201) }, null],
    [{ type: 'open-details' }, null],
    [{ type: 'get-entity', entityId: 42 }, null],
    // The popup reads a tab's counts from storage.session (extension/tab-mentions.ts), not from the background.
    [{ type: 'get-tab-mentions', tabId: 7 }, null],
    [{ type: 'report-mentions', counts: { 'finn-lau': 2 } }, { type: 'report-mentions', counts: { 'finn-lau': 2 } }],
    [{ type: 'nope' }, null],
    [undefined, null],
  ])('reads %j as %j', (message, parsed) => {
    expect(parseBackgroundRequest(message)).toEqual(parsed);
  });
});
