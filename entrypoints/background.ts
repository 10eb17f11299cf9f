import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { showBadge } from '../extension/badge';
import { keepContentScriptInStep } from '../extension/content-script';
import { listenForFirstRunChoice, onInstalled } from '../extension/first-run';
import { answerEntity } from '../extension/entity-answers';
import { directionOfCommand, sendFocusMention } from '../extension/mention-commands';
import { parseBackgroundRequest } from '../extension/messages';
import { cachedCatalog, refreshImportedPatterns } from '../extension/packs';
import { isContentScriptIn } from '../extension/popup-requests';
import { languagePreference } from '../extension/settings';
import { TabMentions } from '../extension/tab-mentions';

export default defineBackground(() => {
  // Automatic mode registers the content script; manual mode removes it.
  keepContentScriptInStep();
  // First run (extension/first-run.ts): the welcome page opens on install, and tabs open at install
  // wait for the reader's choice there.
  browser.runtime.onInstalled.addListener(({ reason }) => {
    void onInstalled(reason, isContentScriptIn).catch((error: unknown) => console.error('Backstory: first run failed', error));
  });
  listenForFirstRunChoice(isContentScriptIn);
  const tabs = new TabMentions();
  // Bundled and imported packs (extension/packs.ts); imported ones compiled by an older version are compiled again.
  const catalog = cachedCatalog();
  void refreshImportedPatterns().catch((error: unknown) => console.error('Backstory: compiling imported packs failed', error));

  browser.runtime.onMessage.addListener((message, sender) => {
    const request = parseBackgroundRequest(message);
    if (!request || sender.id !== browser.runtime.id) return undefined;
    switch (request.type) {
      case 'report-mentions': {
        const tabId = sender.tab?.id;
        if (tabId === undefined) return undefined;
        return tabs.report(tabId, sender.frameId ?? 0, request.counts).then((total) => showBadge(tabId, total));
      }
      case 'get-entity':
        return Promise.all([catalog(), languagePreference.getValue()]).then(([c, preference]) =>
          answerEntity(c, request, { preference, ui: browser.i18n.getUILanguage() }),
        );
      case 'open-details': {
        // The popup's detail view, in a tab of its own: a popup cannot be opened from here without a user gesture on the toolbar.
        const params = new URLSearchParams({ entity: request.entityId });
        if (sender.tab?.id !== undefined) params.set('tab', String(sender.tab.id));
        // It goes on in the language the card showed, at the section the card linked to.
        if (request.lang) params.set('lang', request.lang);
        if (request.section) params.set('section', request.section);
        return browser.tabs.create({ url: `${browser.runtime.getURL('/popup.html')}?${params}` }).then(() => undefined);
      }
    }
  });

  // Keyboard commands go to the top frame of the tab they were pressed in.
  browser.commands.onCommand.addListener(async (command, tab) => {
    const direction = directionOfCommand(command);
    if (!direction) return;
    const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
    // No content script there (a browser page, a paused or manual-mode site): nothing to move to.
    if (tabId !== undefined) await sendFocusMention(tabId, direction).catch(() => undefined);
  });

  // A new document in the tab: its content scripts report afresh.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') void tabs.clearTab(tabId).then(() => showBadge(tabId, {}));
  });
  browser.tabs.onRemoved.addListener((tabId) => void tabs.clearTab(tabId));
});
