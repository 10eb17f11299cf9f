import { describe, expect, it } from 'vitest';
import { parsePopupRequest } from '../../extension/popup-requests';

describe('parsePopupRequest', () => {
  it.each([
    [{ type: 'backstory-ping' }, { type: 'backstory-ping' }],
    [{ type: 'jump-to-mention', entityId: 'finn-lau' }, { type: 'jump-to-mention', entityId: 'finn-lau' }],
    [{ type: 'jump-to-mention', entityId: 'finn-lau', extra: 1 }, { type: 'jump-to-mention', entityId: 'finn-lau' }],
    [{ type: 'jump-to-mention' }, null],
    [{ type: 'jump-to-mention', entityId: 'x'.repeat(201) }, null],
    [{ type: 'jump-to-mention', entityId: 3 }, null],
    [{ type: 'page-languages' }, { type: 'page-languages' }],
    [{ type: 'page-languages', entityId: 'finn-lau' }, { type: 'page-languages' }],
    [{ type: 'focus-mention', direction: 'next' }, null],
    ['backstory-ping', null],
    [null, null],
  ])('%j → %j', (message, expected) => {
    expect(parsePopupRequest(message)).toEqual(expected);
  });
});
