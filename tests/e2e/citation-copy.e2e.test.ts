/**
 * Copying a source as a citation (issue 17), in real Chromium with the built
 * extension: the copy button by each source in the hover card and in the
 * popup puts the exact citation on the clipboard (read back here through a
 * page granted clipboard-read), says "Copied" in a live region and then
 * stops saying it, is reachable and usable with the keyboard, is named after
 * its source, and looks right in light and dark. On a page whose permissions
 * policy refuses the clipboard, the card shows the citation selected for
 * the reader to copy by hand, and Ctrl+C then copies exactly that. A card
 * or details shown in Chinese (issue 14: the language of the text, not the
 * browser's) copy a citation in the same words: the button, its
 * confirmation and the copied text speak the card's language, while source
 * titles stay as published.
 * Screenshots go to test-results/citation-copy/.
 */
import { mkdirSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { BUNDLED_PACKS } from '../../data';
import { textIn } from '../../lib/pack/localized';
import { axeViolations, CARD_DIALOG } from './support/axe';
import { article, useHarness, waitForHighlightCount, type Harness } from './support/browser';
import { cardState, hoverOpen } from './support/card';
import { openPopupFor } from './support/ui';

const SHOTS = 'test-results/citation-copy';
mkdirSync(SHOTS, { recursive: true });

const STORY = article(`
  <h1>Overseas police stations</h1>
  <p id="first">A report by Safeguard Defenders, called 110 Overseas, was published in 2022. Peter Dahlin co-founded the group.</p>
  <p>Nothing else in this paragraph names anyone, so the pointer can rest here without a card.</p>`);

const chinese = (lang: string, body: string) =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>Test</title></head><body>${body}</body></html>`;

const PAGES = {
  '/story.html': STORY,
  // The page forbids the clipboard API to itself, and so to the content script that runs in it.
  '/no-clipboard.html': { body: STORY, headers: { 'permissions-policy': 'clipboard-write=()' } },
  // Chinese pages written for this test: the card and the details follow the language of the text.
  '/hant.html': chinese('zh-TW', `<h1>一則報導</h1><p>保護衛士發表了一份報告。共同創辦人彼得·達林接受了訪問。</p><p>這一段沒有提到任何人，指標可以停在這裡。</p>`),
  '/hans.html': chinese('zh-CN', `<h1>一则报道</h1><p>保护卫士发表了一份报告。共同创办人彼得·达林接受了采访。</p><p>这一段没有提到任何人，指针可以停在这里。</p>`),
};

const PACK = BUNDLED_PACKS[0]!;
/** The pack's title in a language, as the pack gives it. */
const packTitle = (lang: string) => textIn(PACK.title, lang, PACK.language);
/** A date as a citation in `locale` writes it: the month spelt out. */
const longDate = (iso: string, locale: string, day = true) =>
  new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', ...(day ? { day: 'numeric' } : {}), timeZone: 'UTC' }).format(
    new Date(`${iso.length === 7 ? `${iso}-01` : iso}T00:00:00Z`),
  );
const CITED_IN = `Cited in Backstory's context pack “${packTitle('en')}”, reviewed ${longDate(PACK.reviewed, 'en')}.`;

/** Exact citations of a few sources: dated to the day, to the month, undated, and one seen only via another outlet without a link. */
const PATROL =
  'Safeguard Defenders, “Patrol and Persuade - A follow up on 110 Overseas investigation”, December 5, 2022, ' +
  `https://safeguarddefenders.com/zh-hans/node/579. ${CITED_IN}`;
const QUARTZ =
  'Quartz, “Human rights activist Peter Dahlin has been expelled from China and is headed home to Sweden”, January 2016, ' +
  `https://qz.com/602768/human-rights-activist-peter-dahlin-has-been-expelled-from-china-and-is-headed-home-to-sweden. ${CITED_IN}`;
const ABOUT = `Safeguard Defenders, “About us”, https://safeguarddefenders.com/en/about-us. ${CITED_IN}`;
const CHINA_DAILY_START =
  'China Daily, “Anti-China forces behind slew of fake reports aimed at misleading public”, September 12, 2023, via ecns.cn';
const CHINA_DAILY_END = `, no link. ${CITED_IN}`;

/** The clipboard as the browser holds it, read through a page of the test server granted clipboard-read. */
async function clipboardText(h: Harness): Promise<string> {
  const reader = await h.open('/story.html');
  try {
    await reader.bringToFront();
    return await reader.evaluate(() => navigator.clipboard.readText());
  } finally {
    await reader.close();
  }
}

async function setClipboard(h: Harness, text: string): Promise<void> {
  const writer = await h.open('/story.html');
  await writer.bringToFront();
  await writer.evaluate((t) => navigator.clipboard.writeText(t), text);
  await writer.close();
}

const card = (page: Page) => page.locator('backstory-card [role="dialog"]');
const citation = (scope: Page | Locator, sourceId: string) => scope.locator(`.citation[data-source-id="${sourceId}"]`);

/** What a keyboard shortcut does: the background sends this to the tab's top frame (as in hover-card.e2e.test.ts). */
async function nextMentionCommand(h: Harness, page: Page): Promise<void> {
  const tabId = await h.tabIdOf(page);
  const worker = await h.worker();
  await worker.evaluate((id) => chrome.tabs.sendMessage(id, { type: 'focus-mention', direction: 'next' }, { frameId: 0 }), tabId);
}

/** Presses Tab until the focused element in the card is `wanted` ("tag:accessible name"); fails after `max` presses. */
async function tabInCardTo(page: Page, wanted: string, max = 40): Promise<void> {
  const seen: (string | null)[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const now = await focusedInCard(page);
    if (now === wanted) return;
    seen.push(now);
  }
  throw new Error(`Tab never reached ${wanted}; it went through ${seen.join(' | ')}`);
}

/** The element focused inside the card's shadow root, as "tag:accessible name". */
function focusedInCard(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const el = document.querySelector('backstory-card')?.shadowRoot?.activeElement;
    return el ? `${el.tagName.toLowerCase()}:${el.getAttribute('aria-label') ?? el.textContent}` : null;
  });
}

for (const scheme of ['light', 'dark'] as const) {
  describe(`copying a citation (${scheme})`, () => {
    const h = useHarness(PAGES, { colorScheme: scheme });

    /**
     * Lets the test read the clipboard. Granting one permission through the DevTools protocol denies
     * every other to that origin, so the write that Chrome allows an active tab during a click is
     * granted back with it.
     */
    async function grantRead(): Promise<void> {
      await h.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: h.server.origin });
    }

    it('from the card: each source has a button named after it; a click copies the exact citation and says so, briefly', async () => {
      await grantRead();
      await setClipboard(h, 'before');
      const page = await h.open('/story.html');
      await waitForHighlightCount(page, 3);
      await hoverOpen(page, 'Safeguard Defenders');

      const buttons = card(page).locator('button.citation-copy');
      const sources = await card(page).locator('.citation').count();
      expect(sources).toBeGreaterThan(1);
      expect(await buttons.count()).toBe(sources);
      const patrol = citation(card(page), 'sd-2022-12-05-patrol-and-persuade');
      const button = patrol.locator('button.citation-copy');
      expect(await button.innerText()).toBe('Copy');
      expect(await button.getAttribute('aria-label')).toBe('Copy citation: Patrol and Persuade - A follow up on 110 Overseas investigation');

      const status = patrol.locator('[role="status"]');
      expect(await status.innerText()).toBe('');
      await button.click();
      await expect.poll(() => status.innerText()).toBe('Copied');
      // Only that source says so.
      expect((await card(page).locator('[role="status"]').allInnerTexts()).filter((t) => t !== '')).toEqual(['Copied']);
      await page.screenshot({ path: `${SHOTS}/card-copied-${scheme}.png` });
      expect(await axeViolations(page, CARD_DIALOG)).toEqual([]);
      // Clicking in the card made it stay: it is still open to confirm, and the confirmation goes by itself.
      await expect.poll(() => status.innerText(), { timeout: 6_000 }).toBe('');
      expect(await card(page).count()).toBe(1);

      expect(await clipboardText(h)).toBe(PATROL);
      await page.close();
    });

    it('from the card: a source seen only via another outlet, without a link, says so instead of leaving a gap', async () => {
      await grantRead();
      const page = await h.open('/story.html');
      await waitForHighlightCount(page, 3);
      await hoverOpen(page, 'Safeguard Defenders');
      const unlinked = citation(card(page), 'chinadaily-ecns-2023-09-12-fake-reports');
      await unlinked.locator('button.citation-copy').click();
      await expect.poll(() => unlinked.locator('[role="status"]').innerText()).toBe('Copied');
      const text = await clipboardText(h);
      expect(text.startsWith(CHINA_DAILY_START), text).toBe(true);
      expect(text.endsWith(CHINA_DAILY_END), text).toBe(true);
      expect(text).not.toContain('http://');
      await page.close();
    });

    it('from the card, with the keyboard alone: the shortcut opens it, Tab reaches the button after its source, Enter copies', async () => {
      await grantRead();
      await setClipboard(h, 'before');
      const page = await h.open('/story.html');
      await waitForHighlightCount(page, 3);
      await page.bringToFront();
      await nextMentionCommand(h, page);
      await expect.poll(() => cardState(page), { timeout: 3_000 }).toMatchObject({ entityId: 'safeguard-defenders', focused: 'div[role=dialog]' });
      const about = citation(card(page), 'sd-about-us');
      await tabInCardTo(page, 'a:About us');
      await page.keyboard.press('Tab');
      expect(await focusedInCard(page)).toBe('button:Copy citation: About us');
      const ring = await about.locator('button.citation-copy').evaluate((el) => getComputedStyle(el).outlineStyle);
      expect(ring).toBe('solid');
      await page.keyboard.press('Enter');
      await expect.poll(() => about.locator('[role="status"]').innerText()).toBe('Copied');
      expect(await clipboardText(h)).toBe(ABOUT);
      await page.close();
    });

    it('from a page that refuses the clipboard: the card says so and shows the citation selected; Ctrl+C copies it', async () => {
      await grantRead();
      await setClipboard(h, 'before');
      const page = await h.open('/no-clipboard.html');
      await waitForHighlightCount(page, 3);
      await hoverOpen(page, 'Safeguard Defenders');
      const patrol = citation(card(page), 'sd-2022-12-05-patrol-and-persuade');
      await patrol.locator('button.citation-copy').click();

      await expect
        .poll(() => patrol.locator('[role="status"]').innerText())
        .toBe('This page does not let Backstory use the clipboard. The citation is selected below: press Ctrl+C (⌘C on a Mac) to copy it.');
      const field = patrol.locator('textarea.citation-field');
      expect(await field.inputValue()).toBe(PATROL);
      expect(await field.getAttribute('aria-label')).toBe('Citation: Patrol and Persuade - A follow up on 110 Overseas investigation');
      expect(await focusedInCard(page)).toBe('textarea:Citation: Patrol and Persuade - A follow up on 110 Overseas investigation');
      expect(await field.evaluate((el: HTMLTextAreaElement) => [el.selectionStart, el.selectionEnd])).toEqual([0, PATROL.length]);
      await page.screenshot({ path: `${SHOTS}/card-refused-${scheme}.png` });
      expect(await axeViolations(page, CARD_DIALOG)).toEqual([]);
      // Nothing reached the clipboard until the reader copies by hand.
      expect(await clipboardText(h)).toBe('before');

      await page.bringToFront();
      await page.keyboard.press('Control+C');
      await expect.poll(() => clipboardText(h)).toBe(PATROL);
      // The explanation stays until the reader is done with it.
      expect(await card(page).count()).toBe(1);
      await page.close();
    });

    it('from the popup: the same buttons in an entity’s details copy the exact citation, by mouse and by keyboard', async () => {
      await grantRead();
      await setClipboard(h, 'before');
      const page = await h.open('/story.html');
      await waitForHighlightCount(page, 3);
      const popup = await openPopupFor(h, page);
      const entity = popup.locator('.entity[data-entity-id="peter-dahlin"]');
      await entity.locator('.entity-toggle').click();
      const quartz = citation(entity, 'quartz-2016-01-dahlin-expelled');
      const button = quartz.locator('button.citation-copy');
      expect(await button.getAttribute('aria-label')).toBe(
        'Copy citation: Human rights activist Peter Dahlin has been expelled from China and is headed home to Sweden',
      );
      await button.click();
      await expect.poll(() => quartz.locator('[role="status"]').innerText()).toBe('Copied');
      await popup.screenshot({ path: `${SHOTS}/popup-copied-${scheme}.png`, fullPage: true });
      expect(await axeViolations(popup)).toEqual([]);
      await expect.poll(() => quartz.locator('[role="status"]').innerText(), { timeout: 6_000 }).toBe('');
      expect(await clipboardText(h)).toBe(QUARTZ);

      // Keyboard: from the source's link, Tab to its button, Enter.
      await popup.bringToFront();
      const about = citation(entity, 'sd-about-us');
      await about.locator('a.citation-title').focus();
      await popup.keyboard.press('Tab');
      expect(await popup.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Copy citation: About us');
      await popup.keyboard.press('Enter');
      await expect.poll(() => about.locator('[role="status"]').innerText()).toBe('Copied');
      expect(await clipboardText(h)).toBe(ABOUT);
      await popup.close();
      await page.close();
    });
  });
}

describe('copying a citation in the language of the text shown (English browser)', () => {
  const h = useHarness(PAGES);
  const grant = () => h.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: h.server.origin });

  it('from a card in Traditional Chinese, by keyboard: the button, its confirmation and the citation are in the card’s words', async () => {
    await grant();
    await setClipboard(h, 'before');
    const page = await h.open('/hant.html');
    await waitForHighlightCount(page, 2);
    await page.bringToFront();
    await nextMentionCommand(h, page);
    await expect.poll(() => cardState(page), { timeout: 3_000 }).toMatchObject({ entityId: 'safeguard-defenders', focused: 'div[role=dialog]' });
    expect(await card(page).getAttribute('lang')).toBe('zh-Hant');

    const patrol = citation(card(page), 'sd-2022-12-05-patrol-and-persuade');
    const button = patrol.locator('button.citation-copy');
    expect(await button.innerText()).toBe('複製');
    // No lang of its own: it is in the card's language, which the dialog carries.
    expect(await button.getAttribute('lang')).toBeNull();
    await tabInCardTo(page, 'button:複製引文：Patrol and Persuade - A follow up on 110 Overseas investigation');
    await page.keyboard.press('Enter');
    await expect.poll(() => patrol.locator('[role="status"]').innerText()).toBe('已複製');
    await page.screenshot({ path: `${SHOTS}/card-copied-zh-Hant.png` });
    expect(await axeViolations(page, CARD_DIALOG)).toEqual([]);

    expect(await clipboardText(h)).toBe(
      'Safeguard Defenders，〈Patrol and Persuade - A follow up on 110 Overseas investigation〉，' +
        `${longDate('2022-12-05', 'zh-Hant')}，https://safeguarddefenders.com/zh-hans/node/579。` +
        `引自 Backstory 資料包《${packTitle('zh-Hant')}》，審核於 ${longDate(PACK.reviewed, 'zh-Hant')}。`,
    );
    await page.close();
  });

  it('from the popup’s details of an entity on a Simplified Chinese page: the same, in Simplified Chinese', async () => {
    await grant();
    await setClipboard(h, 'before');
    const page = await h.open('/hans.html');
    await waitForHighlightCount(page, 2);
    const popup = await openPopupFor(h, page, '&entity=peter-dahlin');
    const details = popup.locator('.entity-details');
    expect(await details.getAttribute('lang')).toBe('zh-Hans');
    const quartz = citation(popup, 'quartz-2016-01-dahlin-expelled');
    const button = quartz.locator('button.citation-copy');
    expect(await button.innerText()).toBe('复制');
    expect(await button.getAttribute('aria-label')).toBe(
      '复制引文：Human rights activist Peter Dahlin has been expelled from China and is headed home to Sweden',
    );
    await button.focus();
    await popup.keyboard.press('Enter');
    await expect.poll(() => quartz.locator('[role="status"]').innerText()).toBe('已复制');
    await popup.screenshot({ path: `${SHOTS}/popup-copied-zh-Hans.png`, fullPage: true });
    expect(await axeViolations(popup)).toEqual([]);
    expect(await clipboardText(h)).toBe(
      'Quartz，《Human rights activist Peter Dahlin has been expelled from China and is headed home to Sweden》，' +
        `${longDate('2016-01', 'zh-Hans', false)}，` +
        'https://qz.com/602768/human-rights-activist-peter-dahlin-has-been-expelled-from-china-and-is-headed-home-to-sweden。' +
        `引自 Backstory 资料包《${packTitle('zh-Hans')}》，审核于 ${longDate(PACK.reviewed, 'zh-Hans')}。`,
    );
    await popup.close();
    await page.close();
  });
});
