import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { directionOfCommand, onFocusMention, parseFocusMention } from '../../extension/mention-commands';

beforeEach(() => {
  fakeBrowser.reset();
});

describe('directionOfCommand', () => {
  it.each([
    ['next-mention', 'next'],
    ['previous-mention', 'previous'],
    ['_execute_action', null],
    ['toString', null],
    ['', null],
  ])('maps %s to %s', (command, direction) => {
    expect(directionOfCommand(command)).toBe(direction);
  });
});

describe('parseFocusMention', () => {
  it.each([
    [{ type: 'focus-mention', direction: 'next' }, { type: 'focus-mention', direction: 'next' }],
    [{ type: 'focus-mention', direction: 'previous', extra: 1 }, { type: 'focus-mention', direction: 'previous' }],
    [{ type: 'focus-mention', direction: 'sideways' }, null],
    [{ type: 'focus-mention' }, null],
    [{ type: 'get-entity', entityId: 'x' }, null],
    [null, null],
    ['focus-mention', null],
  ])('reads %j as %j', (message, parsed) => {
    expect(parseFocusMention(message)).toEqual(parsed);
  });
});

describe('onFocusMention', () => {
  it('calls back for commands from the extension until unsubscribed', async () => {
    const handler = vi.fn();
    const stop = onFocusMention(handler);
    await fakeBrowser.runtime.onMessage.trigger({ type: 'focus-mention', direction: 'previous' }, { id: fakeBrowser.runtime.id });
    expect(handler).toHaveBeenCalledExactlyOnceWith('previous');
    stop();
    await fakeBrowser.runtime.onMessage.trigger({ type: 'focus-mention', direction: 'next' }, { id: fakeBrowser.runtime.id });
    expect(handler).toHaveBeenCalledOnce();
  });

  it('ignores other messages and other senders', async () => {
    const handler = vi.fn();
    onFocusMention(handler);
    await fakeBrowser.runtime.onMessage.trigger({ type: 'focus-mention', direction: 'next' }, { id: 'another-extension' });
    await fakeBrowser.runtime.onMessage.trigger({ type: 'report-mentions', counts: {} }, { id: fakeBrowser.runtime.id });
    expect(handler).not.toHaveBeenCalled();
  });
});
