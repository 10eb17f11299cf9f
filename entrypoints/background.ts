import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { showBadge } from '../extension/badge';
import { parseBackgroundRequest } from '../extension/messages';
import { TabMentions } from '../extension/tab-mentions';

export default defineBackground(() => {
  const tabs = new TabMentions();

  browser.runtime.onMessage.addListener((message, sender) => {
    const request = parseBackgroundRequest(message);
    if (!request || sender.id !== browser.runtime.id) return undefined;
    switch (request.type) {
      case 'report-mentions': {
        const tabId = sender.tab?.id;
        if (tabId === undefined) return undefined;
        return tabs.report(tabId, sender.frameId ?? 0, request.counts).then((total) => showBadge(tabId, total));
      }
      case 'get-tab-mentions':
        return tabs.forTab(request.tabId).then((counts) => ({ counts }));
    }
  });

  // A new document in the tab: its content scripts report afresh.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') void tabs.clearTab(tabId).then(() => showBadge(tabId, {}));
  });
  browser.tabs.onRemoved.addListener((tabId) => void tabs.clearTab(tabId));
});
