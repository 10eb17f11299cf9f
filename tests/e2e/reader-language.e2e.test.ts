/**
 * Context in the reader's language (issue 14), in real Chromium with the
 * built extension: the card follows the language of the text a mention is
 * in (its `lang`, or its characters where the page says nothing), the
 * options page overrides it, the card switches with one click, the popup's
 * details follow the page too and carry the country table and timeline
 * (issue 15), the card links to that table, and Chinese text lays out well
 * in light and dark. axe-core checks each card and the popup's details.
 * Screenshots go to test-results/reader-language/ for a human to look at.
 *
 * The entities come from a three-language pack imported through the options
 * page, as a reader would import one (tests/support/multilingual-pack.ts).
 */
import { mkdirSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { multilingualPack } from '../support/multilingual-pack';
import { axeViolations, CARD_DIALOG } from './support/axe';
import { useHarness, waitForHighlightCount, type Harness } from './support/browser';
import { cardState, hoverOpen, isOpen } from './support/card';
import { openOptions, openPopupFor } from './support/ui';

const SHOTS = 'test-results/reader-language';
mkdirSync(SHOTS, { recursive: true });

const page = (lang: string | null, body: string) =>
  `<!doctype html><html${lang === null ? '' : ` lang="${lang}"`}><head><meta charset="utf-8"><title>Test</title></head><body>${body}</body></html>`;

const FILLER = '<p>Filler text that is long enough to rest the pointer on, well away from any name.</p>';
const PAGES = {
  '/en.html': page('en', `<h1>A helpline</h1><p>A volunteer group, Lantern Line, says it only gives advice. Mira Osk says she joined it.</p>${FILLER}`),
  '/hans.html': page('zh-CN', `<h1>求助热线</h1><p>志愿者团体灯笼热线称，它只提供建议。米拉·奥斯克说她加入了该团体。</p>${FILLER}`),
  '/hant.html': page('zh-TW', `<h1>求助熱線</h1><p>志工團體燈籠熱線表示，它只提供建議。米拉·奧斯克說她加入了該團體。</p>${FILLER}`),
  // No lang anywhere: the characters decide.
  '/bare-hant.html': page(null, `<h1>求助熱線</h1><p>志工團體燈籠熱線表示，這個辦公室只提供諮詢，並說明了來電的數量。</p>${FILLER}`),
  '/bare-hans.html': page(null, `<h1>求助热线</h1><p>志愿者团体灯笼热线表示，这个办公室只提供咨询，并说明了来电的数量。</p>${FILLER}`),
  // An English page quoting a Traditional Chinese paragraph: the paragraph's lang wins for its mentions.
  '/mixed.html': page('en', `<p id="en">Lantern Line says it only gives advice.</p><p lang="zh-Hant" id="zh">燈籠熱線表示，它只提供建議。</p>${FILLER}`),
};

/** The card's language, name and first section heading, read from the page's side. */
function cardLanguage(p: Page): Promise<{ lang: string | null; name: string | null; heading: string | null; close: string | null }> {
  return p.evaluate(() => {
    const root = document.querySelector('backstory-card')!.shadowRoot!;
    const dialog = root.querySelector('[role="dialog"]')!;
    return {
      lang: dialog.getAttribute('lang'),
      name: root.querySelector('.ed-name')?.textContent ?? null,
      heading: root.querySelector('.ed-facts .ed-heading')?.textContent ?? null,
      close: root.querySelector('.card-close')?.getAttribute('aria-label') ?? null,
    };
  });
}

async function closeCard(p: Page): Promise<void> {
  await p.keyboard.press('Escape');
  await expect.poll(() => isOpen(p)).toBe(false);
}

async function importPack(h: Harness): Promise<void> {
  const options = await openOptions(h);
  const buffer = Buffer.from(JSON.stringify(multilingualPack()));
  await options.setInputFiles('#import-pack', { name: 'lantern.json', mimeType: 'application/json', buffer });
  // Called from beforeAll, where expect.poll is not available: wait on the locator instead.
  await options.locator('#packs .outcome.ok').waitFor();
  expect(await options.locator('#packs .outcome.ok').count()).toBe(1);
  await options.close();
}

const SETTING = { English: 'en', 简体中文: 'zh-Hans', 'Follow the page': 'page' } as const;

async function setLanguage(h: Harness, label: keyof typeof SETTING): Promise<void> {
  const options = await openOptions(h);
  await options.getByRole('radio', { name: label }).check();
  const stored = () => h.worker().then((w) => w.evaluate(() => chrome.storage.sync.get('language').then((s) => s.language as unknown)));
  await expect.poll(stored).toBe(SETTING[label]);
  await options.close();
}

async function openPage(h: Harness, path: string, mentions: number): Promise<Page> {
  const p = await h.open(path);
  await waitForHighlightCount(p, mentions);
  return p;
}

describe('context in the reader’s language', () => {
  const h = useHarness(PAGES, {}, { resetSettings: false });
  beforeAll(async () => {
    await importPack(h);
  });

  it.each([
    ['/en.html', 'Lantern Line', 'en', 'Lantern Line', 'Key facts', 'Close'],
    ['/hans.html', '灯笼热线', 'zh-Hans', '灯笼热线', '要点', '关闭'],
    ['/hant.html', '燈籠熱線', 'zh-Hant', '燈籠熱線', '重點', '關閉'],
    ['/bare-hant.html', '燈籠熱線', 'zh-Hant', '燈籠熱線', '重點', '關閉'],
    ['/bare-hans.html', '灯笼热线', 'zh-Hans', '灯笼热线', '要点', '关闭'],
  ])('opens the card on %s in the language of the page, root lang and words included, and axe passes', async (path, mention, lang, name, heading, close) => {
    const p = await openPage(h, path, path.startsWith('/bare') ? 1 : 2);
    await hoverOpen(p, mention);
    expect(await cardLanguage(p)).toEqual({ lang, name, heading, close });
    expect((await cardState(p)).name).toBe(name);
    await p.screenshot({ path: `${SHOTS}/card${path.replace(/\W+/g, '-')}.png` });
    expect(await axeViolations(p, CARD_DIALOG)).toEqual([]);
    await p.close();
  });

  it('follows the nearest lang: a Chinese paragraph on an English page gets a Chinese card', async () => {
    const p = await openPage(h, '/mixed.html', 2);
    await hoverOpen(p, 'Lantern Line');
    expect((await cardLanguage(p)).lang).toBe('en');
    await closeCard(p);
    await hoverOpen(p, '燈籠熱線');
    expect((await cardLanguage(p)).lang).toBe('zh-Hant');
    await p.close();
  });

  it('lays Chinese out with more line height, strict line breaking and a CJK system font of the right script', async () => {
    for (const [path, mention, font] of [
      ['/hant.html', '燈籠熱線', /Noto Sans CJK TC/],
      ['/hans.html', '灯笼热线', /Noto Sans CJK SC/],
    ] as const) {
      const p = await openPage(h, path, 2);
      await hoverOpen(p, mention);
      const style = await p.evaluate(() => {
        const summary = document.querySelector('backstory-card')!.shadowRoot!.querySelector('.ed-summary')!;
        const s = getComputedStyle(summary);
        return { lineHeight: parseFloat(s.lineHeight) / parseFloat(s.fontSize), lineBreak: s.lineBreak };
      });
      expect(style.lineHeight).toBeGreaterThanOrEqual(1.65);
      expect(style.lineBreak).toBe('strict');
      // The fonts Chromium drew the summary's characters with, from the DevTools protocol (shadow roots pierced).
      const cdp = await h.context.newCDPSession(p);
      await cdp.send('DOM.enable');
      await cdp.send('CSS.enable');
      const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
      const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector: 'backstory-card' });
      const host = await cdp.send('DOM.describeNode', { nodeId: nodeIds[0]!, depth: -1, pierce: true });
      const summaryNode = findNode(host.node, (n) => n.attributes?.includes('ed-summary') ?? false);
      expect(summaryNode, 'the summary in the card’s shadow root').toBeDefined();
      const { nodeIds: [summaryId] } = await cdp.send('DOM.pushNodesByBackendIdsToFrontend', { backendNodeIds: [summaryNode!.backendNodeId] });
      const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId: summaryId! });
      expect(fonts.map((f) => f.familyName).join(', ')).toMatch(font);
      await p.close();
    }
  });

  it('never starts a line of Chinese with closing punctuation, at any width of the popup', async () => {
    const p = await openPage(h, '/hant.html', 2);
    const popup = await openPopupFor(h, p, '');
    await popup.locator('[data-entity-id="lantern-line"] .entity-toggle').click();
    const details = popup.locator('[data-entity-id="lantern-line"] .entity-details');
    await details.waitFor();
    const starts: string[] = [];
    // The popup's body has a fixed width: narrowing it moves every line break.
    for (let width = 300; width <= 400; width += 9) {
      await popup.evaluate((w) => (document.body.style.width = `${w}px`), width);
      starts.push(...(await lineStarts(popup)));
    }
    expect(starts.length).toBeGreaterThan(20);
    expect(starts.filter((c) => '，。、；：？！」』）》〉'.includes(c))).toEqual([]);
    await popup.close();
    await p.close();
  });

  it("switches the card's language with one click or key, keeps focus there, and keeps the choice for the page", async () => {
    const p = await openPage(h, '/hans.html', 2);
    await hoverOpen(p, '灯笼热线');
    const pressed = () =>
      p.evaluate(() =>
        [...document.querySelector('backstory-card')!.shadowRoot!.querySelectorAll('.card-lang')].map((b) => `${b.textContent}:${b.getAttribute('aria-pressed')}`),
      );
    expect(await pressed()).toEqual(['EN:false', '简:true', '繁:false']);
    await p.locator('backstory-card').locator('button[aria-label="繁體中文"]').click();
    await expect.poll(() => cardLanguage(p)).toMatchObject({ lang: 'zh-Hant', name: '燈籠熱線', heading: '重點' });
    expect(await pressed()).toEqual(['EN:false', '简:false', '繁:true']);

    // By keyboard: focus the English button and press Enter; focus stays on the switch.
    await p.locator('backstory-card').locator('button[aria-label="English"]').focus();
    await p.keyboard.press('Enter');
    await expect.poll(() => cardLanguage(p)).toMatchObject({ lang: 'en', name: 'Lantern Line' });
    expect(await p.evaluate(() => document.querySelector('backstory-card')!.shadowRoot!.activeElement?.getAttribute('aria-label'))).toBe('English');
    expect(await axeViolations(p, CARD_DIALOG)).toEqual([]);
    await closeCard(p);

    // The next card on this page keeps the reader's pick.
    await hoverOpen(p, '米拉·奥斯克');
    expect(await cardLanguage(p)).toMatchObject({ lang: 'en', name: 'Mira Osk' });
    await p.close();
  });

  it('lets the options page override the page’s language, and follow it again', async () => {
    await setLanguage(h, 'English');
    const p = await openPage(h, '/hant.html', 2);
    await hoverOpen(p, '燈籠熱線');
    expect(await cardLanguage(p)).toMatchObject({ lang: 'en', name: 'Lantern Line', heading: 'Key facts' });
    await closeCard(p);
    await setLanguage(h, '简体中文');
    await hoverOpen(p, '燈籠熱線');
    expect(await cardLanguage(p)).toMatchObject({ lang: 'zh-Hans', name: '灯笼热线' });
    await closeCard(p);
    await setLanguage(h, 'Follow the page');
    await hoverOpen(p, '燈籠熱線');
    expect(await cardLanguage(p)).toMatchObject({ lang: 'zh-Hant', name: '燈籠熱線' });
    await p.close();
  });

  it("shows the popup's details in the language of the page, with the country table and the timeline", async () => {
    const p = await openPage(h, '/hant.html', 2);
    const popup = await openPopupFor(h, p);
    const item = popup.locator('[data-entity-id="lantern-line"]');
    // The list names the entity as the page does, marked with its language.
    await expect.poll(() => item.locator('.entity-name').getAttribute('lang')).toBe('zh-Hant');
    expect(await item.locator('.entity-name').innerText()).toBe('燈籠熱線');
    await item.locator('.entity-toggle').click();
    const details = item.locator('.entity-details');
    expect(await details.getAttribute('lang')).toBe('zh-Hant');
    expect(await details.locator('.ed-name').innerText()).toBe('燈籠熱線');

    const table = details.locator('table.country-table');
    expect(await table.locator('thead th').allInnerTexts()).toEqual(['國家', '報導情況', '回應', '日期']);
    expect(await table.locator('th.ct-country').allInnerTexts()).toEqual(['荷蘭', '愛爾蘭']);
    expect(await table.locator('.ct-action').allInnerTexts()).toEqual(['展開調查', '未發現']);
    expect(await table.locator('.ct-none').innerText()).toBe('無回應紀錄');

    const events = details.locator('.tl-event');
    expect(await events.locator('.tl-date').allInnerTexts()).toEqual(['2023年4月18日', '2023年3月14日']);
    expect(await events.evaluateAll((li) => li.map((e) => e.getAttribute('data-lane')))).toEqual(['china', 'others']);
    expect(await events.locator('.tl-side').allInnerTexts()).toEqual(['中國政府', '其他政府']);
    // The source without a link says where it was seen.
    expect((await details.locator('.citation-via.is-unlinked').innerText()).trim()).toBe('· 無連結：見於 example.net, a repost');
    await popup.screenshot({ path: `${SHOTS}/popup-details-hant.png`, fullPage: true });
    expect(await axeViolations(popup)).toEqual([]);
    await popup.close();
    await p.close();
  });

  it('finds entities in the popup by their Chinese names, from an English page', async () => {
    const p = await openPage(h, '/en.html', 2);
    const popup = await openPopupFor(h, p);
    const search = popup.getByRole('searchbox');
    const queries: [string, string][] = [
      ['燈籠', 'Lantern Line'],
      ['灯笼热线', 'Lantern Line'],
      ['奧斯克', 'Mira Osk'],
    ];
    for (const [query, name] of queries) {
      await search.fill(query);
      const results = popup.locator('.results .entity');
      await expect.poll(() => results.evaluateAll((li) => li.map((e) => e.getAttribute('data-entity-id')))).toContain(name === 'Mira Osk' ? 'mira-osk' : 'lantern-line');
      // The page is English, so names show in English, with the Chinese name that matched beside them.
      expect(await results.first().locator('.entity-name').innerText()).toBe(name);
      expect(await results.first().locator('.entity-alias').innerText()).toContain(query.slice(0, 2));
    }
    await popup.close();
    await p.close();
  });

  it("links from the card to the country table, in the card's language", async () => {
    const p = await openPage(h, '/hans.html', 2);
    const tabId = await h.tabIdOf(p);
    await hoverOpen(p, '灯笼热线');
    const opened = h.context.waitForEvent('page');
    await p.locator('backstory-card').getByRole('button', { name: '各国情况' }).click();
    const details = await opened;
    const url = new URL(details.url());
    expect(url.pathname).toBe('/popup.html');
    expect(Object.fromEntries(url.searchParams)).toEqual({ entity: 'lantern-line', tab: String(tabId), lang: 'zh-Hans', section: 'countries' });
    const heading = details.locator('#story-lantern-line-countries');
    await heading.waitFor();
    expect(await heading.innerText()).toBe('各国情况');
    await expect.poll(() => details.evaluate(() => document.activeElement?.id)).toBe('story-lantern-line-countries');
    expect(await details.locator('.entity-details').getAttribute('lang')).toBe('zh-Hans');
    expect(await details.locator('th.ct-country').allInnerTexts()).toEqual(['爱尔兰', '荷兰']);
    await details.screenshot({ path: `${SHOTS}/by-country-hans.png` });
    await details.close();
    await p.close();
  });
});

describe('Chinese cards in the dark scheme', () => {
  const h = useHarness(PAGES, { colorScheme: 'dark' }, { resetSettings: false });
  beforeAll(async () => {
    await importPack(h);
  });

  it.each([
    ['/hant.html', '燈籠熱線', 'zh-Hant'],
    ['/hans.html', '灯笼热线', 'zh-Hans'],
  ])('opens the card on %s in its language, and axe passes', async (path, mention, lang) => {
    const p = await openPage(h, path, 2);
    await hoverOpen(p, mention);
    expect((await cardLanguage(p)).lang).toBe(lang);
    await p.screenshot({ path: `${SHOTS}/card-dark-${lang}.png` });
    expect(await axeViolations(p, CARD_DIALOG)).toEqual([]);
    const popup = await openPopupFor(h, p);
    await popup.locator('[data-entity-id="lantern-line"] .entity-toggle').click();
    await popup.locator('.country-table').waitFor();
    await popup.screenshot({ path: `${SHOTS}/popup-dark-${lang}.png`, fullPage: true });
    expect(await axeViolations(popup)).toEqual([]);
    await popup.close();
    await p.close();
  });
});

const DEMO = readFileSync(new URL('../../scripts/demo/article.html', import.meta.url), 'utf8');

describe('the bundled pack in three languages, on the demo article', () => {
  const h = useHarness({ '/article.html': DEMO });

  /**
   * What the card shows that a translation must keep: its facts' labels and the sources each fact
   * cites; and its dates (each source's, and the reviewed line's), written in the card's language.
   */
  function cardFacts(p: Page): Promise<{ labels: string[]; cites: string[]; sources: string[]; reviewed: string }> {
    return p.evaluate(() => {
      const root = document.querySelector('backstory-card')!.shadowRoot!;
      return {
        labels: [...root.querySelectorAll('.fact-label')].map((e) => e.textContent ?? ''),
        cites: [...root.querySelectorAll('.fact')].map((f) => [...f.querySelectorAll('.cite')].map((c) => c.textContent).join('')),
        // `· Publisher`, then `, <date>` when the source has one.
        sources: [...root.querySelectorAll('.citation-meta')].map((e) => e.textContent ?? ''),
        reviewed: root.querySelector('.ed-reviewed')?.textContent ?? '',
      };
    });
  }

  /** A pack date of month or day precision at the end of a text, as Intl writes it in English or in Chinese. */
  const DATE_AT_END = {
    en: /, [A-Z][a-z]{2} (?:\d{1,2}, )?\d{4}$/,
    zh: /, \d{4}年\d{1,2}月(?:\d{1,2}日)?$/,
  };

  it('opens Safeguard Defenders in English, Simplified or Traditional Chinese as the paragraph is written, citing the same sources', async () => {
    const p = await h.open('/article.html');
    // The number `npm start` reports for the demo article.
    await waitForHighlightCount(p, 30);
    const seen: Record<string, Awaited<ReturnType<typeof cardFacts>>> = {};
    for (const [mention, lang, name, founded] of [
      ['Safeguard Defenders', 'en', 'Safeguard Defenders', 'Founded'],
      ['保护卫士', 'zh-Hans', '保护卫士', '成立时间'],
      ['保護衛士', 'zh-Hant', '保護衛士', '成立時間'],
    ] as const) {
      // The Chinese paragraphs are below the fold.
      await p.getByText(mention, { exact: false }).first().scrollIntoViewIfNeeded();
      await hoverOpen(p, mention);
      const shown = await cardLanguage(p);
      expect(shown.lang).toBe(lang);
      expect(shown.name).toBe(name);
      seen[lang] = await cardFacts(p);
      expect(seen[lang]!.labels).toContain(founded);
      // Dates come written by the background, in the card's language (lib/pack/date-text.ts).
      const [own, other] = lang === 'en' ? [DATE_AT_END.en, DATE_AT_END.zh] : [DATE_AT_END.zh, DATE_AT_END.en];
      expect(seen[lang]!.sources.filter((t) => own.test(t)).length).toBeGreaterThan(0);
      expect(seen[lang]!.sources.filter((t) => other.test(t))).toEqual([]);
      expect(seen[lang]!.reviewed).toMatch(lang === 'en' ? /[A-Z][a-z]{2} \d{1,2}, \d{4}\.?$/ : /\d{4}年\d{1,2}月\d{1,2}日。?$/);
      if (lang !== 'en') await p.screenshot({ path: `${SHOTS}/demo-card-${lang}.png` });
      expect(await axeViolations(p, CARD_DIALOG)).toEqual([]);
      await closeCard(p);
    }
    // Same facts, each citing the same numbered sources, in every language.
    expect(seen['zh-Hans']!.cites).toEqual(seen.en!.cites);
    expect(seen['zh-Hant']!.cites).toEqual(seen.en!.cites);
    expect(seen['zh-Hans']!.labels).toHaveLength(seen.en!.labels.length);
    // As many dated sources, however the dates are written.
    const dated = (lang: string, shape: RegExp) => seen[lang]!.sources.filter((t) => shape.test(t)).length;
    expect(dated('zh-Hans', DATE_AT_END.zh)).toBe(dated('en', DATE_AT_END.en));
    expect(dated('zh-Hant', DATE_AT_END.zh)).toBe(dated('en', DATE_AT_END.en));
    await p.close();
  });
});

interface CdpNode {
  backendNodeId: number;
  attributes?: string[];
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
}

function findNode(node: CdpNode, test: (n: CdpNode) => boolean): CdpNode | undefined {
  if (test(node)) return node;
  for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) {
    const found = findNode(child, test);
    if (found) return found;
  }
  return undefined;
}

/** The first character of every line of Chinese text in the popup's details. */
function lineStarts(popup: Page): Promise<string[]> {
  return popup.evaluate(() => {
    const starts: string[] = [];
    const root = document.querySelector('.entity-details')!;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      if (!/\p{Script=Han}/u.test(node.data)) continue;
      let lastTop: number | null = null;
      const range = document.createRange();
      for (let i = 0; i < node.data.length; i++) {
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        const rect = range.getClientRects()[0];
        if (!rect) continue;
        if (lastTop !== null && rect.top > lastTop + rect.height / 2) starts.push(node.data[i]!);
        lastTop = rect.top;
      }
    }
    return starts;
  });
}
