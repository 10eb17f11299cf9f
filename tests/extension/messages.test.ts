import { describe, expect, it } from 'vitest';
import { parseBackgroundRequest } from '../../extension/messages';

describe('parseBackgroundRequest', () => {
  it.each([
    [{ type: 'get-entity', entityId: 'safeguard-defenders' }, { type: 'get-entity', entityId: 'safeguard-defenders' }],
    [{ type: 'open-details', entityId: 'finn-lau', tab: 3 }, { type: 'open-details', entityId: 'finn-lau' }],
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
