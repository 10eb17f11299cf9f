import { render } from 'preact';
import { browser } from 'wxt/browser';
import { BUNDLED_PACKS } from '../../data';
import { EntityList, type EntityListItem } from '../../components/EntityList';
import { getTabMentions } from '../../extension/messages';
import { Catalog } from '../../lib/pack/catalog';
import type { MentionCounts } from '../../lib/mention-counts';
import './style.css';

/** `popup.html?tab=<id>` shows that tab (DESIGN.md §4); otherwise the active one. */
async function targetTabId(): Promise<number | undefined> {
  const param = new URLSearchParams(location.search).get('tab');
  if (param !== null && /^\d+$/.test(param)) return Number(param);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

function itemsFor(catalog: Catalog, counts: MentionCounts): EntityListItem[] {
  return Object.entries(counts)
    .flatMap(([id, count]) => {
      const entity = catalog.entity(id);
      return entity && count > 0 ? [{ entity, count }] : [];
    })
    .sort((a, b) => b.count - a.count || a.entity.name.localeCompare(b.entity.name));
}

async function main() {
  const root = document.getElementById('app')!;
  const catalog = new Catalog(BUNDLED_PACKS);
  const tabId = await targetTabId();
  const counts = tabId === undefined ? {} : (await getTabMentions(tabId).catch(() => ({ counts: {} }))).counts;
  render(
    <main>
      <h1>On this page</h1>
      <EntityList items={itemsFor(catalog, counts)} empty="No tracked names or organisations on this page." />
    </main>,
    root,
  );
}

void main();
