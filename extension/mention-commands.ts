/**
 * Keyboard commands that step through a page's mentions. The browser
 * delivers a command (declared in the manifest, rebindable by the user) to
 * the background, which forwards it to the top frame of the tab it came
 * from; the content script there moves to the mention and opens its card.
 */
import { browser } from 'wxt/browser';

export type MentionDirection = 'next' | 'previous';

export interface FocusMention {
  type: 'focus-mention';
  direction: MentionDirection;
}

/** Manifest command names; keep in step with `commands` in wxt.config.ts. */
export const MENTION_COMMANDS: Readonly<Record<string, MentionDirection>> = {
  'next-mention': 'next',
  'previous-mention': 'previous',
};

export function directionOfCommand(command: string): MentionDirection | null {
  return Object.hasOwn(MENTION_COMMANDS, command) ? MENTION_COMMANDS[command]! : null;
}

export function parseFocusMention(message: unknown): FocusMention | null {
  if (message === null || typeof message !== 'object') return null;
  const m = message as Record<string, unknown>;
  if (m.type !== 'focus-mention' || (m.direction !== 'next' && m.direction !== 'previous')) return null;
  return { type: 'focus-mention', direction: m.direction };
}

/** Background side: tells the tab's top frame to move. Rejects if no content script listens there. */
export function sendFocusMention(tabId: number, direction: MentionDirection): Promise<void> {
  const message: FocusMention = { type: 'focus-mention', direction };
  return browser.tabs.sendMessage(tabId, message, { frameId: 0 }).then(() => undefined);
}

/** Content side: calls back for each command meant for this frame; returns the unsubscribe function. */
export function onFocusMention(handler: (direction: MentionDirection) => void): () => void {
  const listener = (message: unknown, sender: { id?: string }) => {
    const request = parseFocusMention(message);
    if (!request || sender.id !== browser.runtime.id) return undefined;
    handler(request.direction);
    // Answer so that the sender's promise settles instead of waiting for a reply that never comes.
    return Promise.resolve(true);
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
