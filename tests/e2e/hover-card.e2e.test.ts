/**
 * The hover card in real Chromium with the built extension (issue 5): where
 * it opens, Escape, the keyboard command, Stop tracking, Details, light and
 * dark themes, a hostile page, and axe-core on the card. Its timing (~300 ms
 * to open and to close) is hover-timing.e2e.test.ts, which runs alone.
 * Screenshots go to test-results/hover-card/ for a human to look at.
 */
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { axeViolations, CARD_DIALOG } from './support/axe';
import { article, focusTexts, highlightTexts, useHarness, waitForHighlightCount, type Harness } from './support/browser';
import { cardState, hoverOpen, isOpen, mentionPoint } from './support/card';

const SHOTS = 'test-results/hover-card';
mkdirSync(SHOTS, { recursive: true });

const STORY = `
  <h1>Overseas police stations</h1>
  <p><label>Search the site <input id="search" type="search"></label></p>
  <p id="first">A report by Safeguard Defenders, called 110 Overseas, was published in 2022. It counted
  dozens of stations in several countries and named the provinces whose police ran them.</p>
  <p>Nothing else in this paragraph names anyone, so the pointer can rest here without a card.</p>
  <div style="height: 1400px"></div>
  <p id="last">Months later, Safeguard Defenders published a follow-up with more stations.</p>`;

const HOSTILE_CSS = `<style>
  * { all: unset !important; }
  div { display: none !important; }
  html { font-size: 40px !important; }
  backstory-card { display: none !important; transform: scale(0.2) !important; }
</style>`;

const PAGES = {
  '/story.html': article(STORY),
  '/hostile.html': article(
    `<div><p>hidden</p></div>
     <p id="first">A report by Safeguard Defenders, called 110 Overseas, was published in 2022.</p>
     <p>Filler text that is long enough to rest the pointer on, well away from any name.</p>`,
    HOSTILE_CSS,
  ),
  '/shadow.html': article(
    `<p>Filler text that is long enough to rest the pointer on, well away from any name.</p>
     <news-story></news-story>
     <script>
       customElements.define('news-story', class extends HTMLElement {
         constructor() {
           super();
           this.attachShadow({ mode: 'open' }).append(Object.assign(document.createElement('p'), {
             textContent: 'Inside a component: Safeguard Defenders said so.',
           }));
         }
       });
     </script>`,
  ),
  '/csp.html': {
    body: article('<p id="first">A report by Safeguard Defenders was published in 2022.</p>'),
    headers: { 'content-security-policy': "default-src 'none'; style-src 'none'; script-src 'none'" },
  },
};

/** A point on plain text, away from any mention and from the card. */
async function blankPoint(page: Page): Promise<{ x: number; y: number }> {
  return page.evaluate(() => {
    const p = [...document.querySelectorAll('p')].find((el) => el.textContent?.startsWith('Nothing else') || el.textContent?.startsWith('Filler'));
    const r = p!.getBoundingClientRect();
    return { x: r.right - 20, y: r.top + 8 };
  });
}

async function shoot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `${SHOTS}/${name}.png` });
}

/** What a keyboard command does: the background sends this to the tab's top frame (see entrypoints/background.ts). */
async function command(h: Harness, page: Page, direction: 'next' | 'previous'): Promise<void> {
  const tabId = await h.tabIdOf(page);
  const worker = await h.worker();
  await worker.evaluate(
    ([id, d]) => chrome.tabs.sendMessage(id as number, { type: 'focus-mention', direction: d }, { frameId: 0 }),
    [tabId, direction] as const,
  );
}

describe('hover card (light)', () => {
  // Every test starts with everything tracked: Stop tracking writes to storage.
  const h = useHarness(PAGES);
  afterEach(async () => {
    for (const page of h.context.pages()) await page.close();
  });

  async function story(): Promise<Page> {
    const page = await h.open('/story.html');
    await waitForHighlightCount(page, 3);
    return page;
  }

  it('opens beside its mention, named for the entity, without taking focus', async () => {
    const page = await story();
    const { y } = await mentionPoint(page, 'Safeguard Defenders');
    const state = await hoverOpen(page, 'Safeguard Defenders');
    expect(state).toMatchObject({ hosts: 1, dialogs: 1, entityId: 'safeguard-defenders', name: 'Safeguard Defenders', focused: null });
    expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
    // Beside the mention (below it, as there is room) and at most ~380 px wide.
    expect(state.rect!.top).toBeGreaterThan(y);
    expect(state.rect!.top - y).toBeLessThan(40);
    expect(state.rect!.width).toBeLessThanOrEqual(381);
    // The accessible name, as assistive technology gets it.
    await expect.poll(() => page.getByRole('dialog', { name: 'Safeguard Defenders' }).count()).toBe(1);
    await shoot(page, 'light-open');
  });

  it('shows summary, numbered facts, side-by-side positions and https citations opening in a new tab', async () => {
    const page = await story();
    await hoverOpen(page, 'Safeguard Defenders');
    const content = await page.evaluate(() => {
      const root = document.querySelector('backstory-card')!.shadowRoot!;
      const positions = [...root.querySelectorAll('.position')].map((el) => el.getBoundingClientRect());
      return {
        type: root.querySelector('.ed-type')?.textContent,
        summary: root.querySelector('.ed-summary')?.textContent ?? '',
        facts: root.querySelectorAll('.fact').length,
        marks: [...root.querySelectorAll('.cite')].map((el) => el.textContent),
        citations: [...root.querySelectorAll('.citation-number')].map((el) => el.textContent),
        sideBySide: positions.length >= 2 && Math.abs(positions[0]!.top - positions[1]!.top) < 2 && positions[0]!.right <= positions[1]!.left,
        links: [...root.querySelectorAll('a')].map((a) => ({ href: a.href, target: a.target, rel: a.rel })),
        reviewed: root.querySelector('.ed-reviewed')?.textContent ?? '',
        related: [...root.querySelectorAll('.related-item')].map((el) => el.getAttribute('data-entity-id')),
      };
    });
    expect(content.type).toBe('Organisation');
    expect(content.summary.length).toBeGreaterThan(40);
    expect(content.facts).toBeGreaterThan(0);
    expect(content.marks[0]).toMatch(/^\[1\]/);
    expect(content.citations.length).toBeGreaterThan(0);
    expect(content.citations[0]).toBe('[1]');
    expect(content.sideBySide).toBe(true);
    expect(content.links.length).toBeGreaterThan(0);
    for (const link of content.links) {
      expect(link.href).toMatch(/^https:\/\//);
      expect(link.target).toBe('_blank');
      expect(link.rel).toBe('noopener noreferrer');
    }
    expect(content.reviewed).toMatch(/^Last reviewed \S/);
    expect(content.related).toContain('report-110-overseas');

    // Long content scrolls inside the card, which stays where it is.
    const scrollTo = (selector: string) =>
      page.evaluate((sel) => {
        const root = document.querySelector('backstory-card')!.shadowRoot!;
        const body = root.querySelector<HTMLElement>('.card-body')!;
        body.scrollTop = sel === 'end' ? body.scrollHeight : root.querySelector<HTMLElement>(sel)!.offsetTop - body.offsetTop - 8;
        return body.scrollHeight > body.clientHeight;
      }, selector);
    expect(await scrollTo('.ed-positions')).toBe(true);
    await shoot(page, 'light-positions');
    await scrollTo('end');
    await shoot(page, 'light-sources');
    expect(await isOpen(page)).toBe(true);
  });

  it('stays open while the pointer is on the card', async () => {
    const page = await story();
    await hoverOpen(page, 'Safeguard Defenders');
    const { rect } = await cardState(page);
    const from = await mentionPoint(page, 'Safeguard Defenders');
    // Across the small gap and into the card, as a hand would.
    await page.mouse.move(from.x, rect!.top + 30, { steps: 6 });
    await page.mouse.move(rect!.left + rect!.width / 2, rect!.top + rect!.height / 2, { steps: 6 });
    await page.waitForTimeout(1_000);
    expect(await isOpen(page)).toBe(true);
    await shoot(page, 'light-pointer-on-card');
    const away = await blankPoint(page);
    await page.mouse.move(away.x, away.y + 200, { steps: 2 });
    await expect.poll(() => isOpen(page), { timeout: 2_000 }).toBe(false);
  });

  it('shows one card at a time: resting on another mention replaces it', async () => {
    const page = await story();
    await hoverOpen(page, 'Safeguard Defenders');
    const other = await mentionPoint(page, '110 Overseas');
    await page.mouse.move(other.x, other.y, { steps: 3 });
    await expect.poll(async () => (await cardState(page)).entityId, { timeout: 2_000 }).toBe('report-110-overseas');
    expect(await cardState(page)).toMatchObject({ hosts: 1, dialogs: 1, name: expect.stringMatching(/^110 Overseas/) });
  });

  it('closes when the page removes the text it was opened on, and not when the page changes elsewhere', async () => {
    const page = await story();
    await hoverOpen(page, 'Safeguard Defenders');
    // A change elsewhere (a new paragraph with a mention of its own) leaves the card alone.
    await page.evaluate(() => document.body.append(Object.assign(document.createElement('p'), { textContent: 'Later: 110 Overseas.' })));
    await waitForHighlightCount(page, 4);
    expect(await isOpen(page)).toBe(true);
    await page.evaluate(() => document.getElementById('first')!.remove());
    await expect.poll(() => isOpen(page), { timeout: 2_000 }).toBe(false);
  });

  it('closes on Escape', async () => {
    const page = await story();
    await hoverOpen(page, 'Safeguard Defenders');
    await page.keyboard.press('Escape');
    await expect.poll(() => isOpen(page), { timeout: 1_000 }).toBe(false);
  });

  it('steps through mentions with the keyboard command, focusing the card; Tab stays in its controls; Escape returns focus', async () => {
    const page = await story();
    await page.focus('#search');
    // The manifest declares the two commands; a browser-level shortcut cannot be pressed from a test,
    // so the test sends the message the background's command handler sends.
    const worker = await h.worker();
    const commands = await worker.evaluate(() => chrome.commands.getAll());
    expect(commands.filter((c) => c.name?.endsWith('-mention'))).toEqual([
      expect.objectContaining({ name: 'next-mention', shortcut: 'Alt+Shift+J' }),
      expect.objectContaining({ name: 'previous-mention', shortcut: 'Alt+Shift+K' }),
    ]);

    await command(h, page, 'next');
    await expect.poll(() => cardState(page), { timeout: 3_000 }).toMatchObject({ entityId: 'safeguard-defenders', focused: 'div[role=dialog]' });
    await expect.poll(() => focusTexts(page)).toEqual(['Safeguard Defenders']);
    await shoot(page, 'light-command-first');

    await command(h, page, 'next');
    await expect.poll(async () => (await cardState(page)).entityId, { timeout: 3_000 }).toBe('report-110-overseas');
    expect((await cardState(page)).focused).toBe('div[role=dialog]');

    // The third mention is far below: the page scrolls to it.
    await command(h, page, 'next');
    await expect.poll(() => page.evaluate(() => window.scrollY), { timeout: 3_000 }).toBeGreaterThan(500);
    await expect.poll(async () => (await cardState(page)).entityId, { timeout: 3_000 }).toBe('safeguard-defenders');
    const inView = await page.evaluate(() => {
      const r = document.getElementById('last')!.getBoundingClientRect();
      return r.top >= 0 && r.bottom <= window.innerHeight;
    });
    expect(inView).toBe(true);
    await shoot(page, 'light-command-scrolled');

    // And back.
    await command(h, page, 'previous');
    await expect.poll(async () => (await cardState(page)).entityId, { timeout: 3_000 }).toBe('report-110-overseas');

    // Tab moves through the card's links and buttons.
    const seen = new Set<string>();
    for (let i = 0; i < 6; i++) {
      await page.keyboard.press('Tab');
      const focused = (await cardState(page)).focused;
      expect(focused === 'a' || focused === 'button').toBe(true);
      seen.add(focused!);
    }
    expect(seen.has('a')).toBe(true);

    await page.keyboard.press('Escape');
    await expect.poll(() => isOpen(page), { timeout: 1_000 }).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search');
  });

  it('follows its mention when the page scrolls', async () => {
    const page = await story();
    await command(h, page, 'next');
    await expect.poll(() => isOpen(page), { timeout: 3_000 }).toBe(true);
    const before = (await cardState(page)).rect!;
    await page.evaluate(() => window.scrollBy(0, 60));
    await expect.poll(async () => Math.round((await cardState(page)).rect!.top), { timeout: 2_000 }).toBe(Math.round(before.top - 60));
  });

  it('"Stop tracking" removes that entity\'s highlights at once, in every open tab', async () => {
    const other = await story();
    const page = await story();
    await page.bringToFront();
    await hoverOpen(page, 'Safeguard Defenders');
    await page.locator('backstory-card').getByRole('button', { name: 'Stop tracking' }).click();
    expect(await waitForHighlightCount(page, 1, 3_000)).toEqual(['110 Overseas']);
    expect(await waitForHighlightCount(other, 1, 3_000)).toEqual(['110 Overseas']);
    expect(await isOpen(page)).toBe(false);
  });

  it('"Details" opens the popup\'s detail view for the entity and the tab', async () => {
    const page = await story();
    const tabId = await h.tabIdOf(page);
    await hoverOpen(page, 'Safeguard Defenders');
    const opened = h.context.waitForEvent('page');
    await page.locator('backstory-card').getByRole('button', { name: 'Details' }).click();
    const details = await opened;
    const url = new URL(details.url());
    expect(`${url.protocol}//${url.host}${url.pathname}`).toBe(`chrome-extension://${h.extensionId}/popup.html`);
    expect(url.searchParams.get('entity')).toBe('safeguard-defenders');
    expect(url.searchParams.get('tab')).toBe(String(tabId));
  });

  it('shows a related entity on click, with Back', async () => {
    const page = await story();
    await hoverOpen(page, 'Safeguard Defenders');
    const card = page.locator('backstory-card');
    await card.locator('.related-item[data-entity-id="report-110-overseas"] button').hover();
    await expect.poll(() => card.locator('.related-preview').innerText()).toContain('110 Overseas');
    await shoot(page, 'light-related-preview');
    await card.locator('.related-item[data-entity-id="report-110-overseas"] button').click();
    await expect.poll(async () => (await cardState(page)).entityId).toBe('report-110-overseas');
    // Still beside the mention: a new entity is a new dialog element, positioned like the first.
    const mention = await mentionPoint(page, 'Safeguard Defenders');
    await expect.poll(async () => (await cardState(page)).rect!.top).toBeGreaterThan(mention.y);
    await shoot(page, 'light-related');
    await card.getByRole('button', { name: 'Back' }).click();
    await expect.poll(async () => (await cardState(page)).name).toBe('Safeguard Defenders');
  });

  it('passes axe-core with no violations', async () => {
    const page = await story();
    await hoverOpen(page, 'Safeguard Defenders');
    expect(await axeViolations(page, CARD_DIALOG)).toEqual([]);
  });

  it('is not broken by hostile page CSS, and does not change the page', async () => {
    const page = await h.open('/hostile.html');
    await waitForHighlightCount(page, 2);
    const layout = () =>
      page.evaluate(() => ({
        styles: document.querySelectorAll('style, link[rel=stylesheet]').length,
        first: JSON.stringify(document.getElementById('first')!.getBoundingClientRect()),
        bodyChildren: document.body.childElementCount,
      }));
    const before = await layout();
    await hoverOpen(page, 'Safeguard Defenders');
    const look = await page.evaluate(() => {
      const host = document.querySelector('backstory-card')!;
      const dialog = host.shadowRoot!.querySelector<HTMLElement>('[role="dialog"]')!;
      const r = dialog.getBoundingClientRect();
      const cs = getComputedStyle(dialog);
      const at = document.elementFromPoint(r.left + r.width / 2, r.top + 20);
      return {
        parent: host.parentElement?.tagName,
        hostDisplay: getComputedStyle(host).display,
        width: r.width,
        inViewport: r.left >= 0 && r.top >= 0 && r.right <= innerWidth && r.bottom <= innerHeight,
        fontSize: parseFloat(cs.fontSize),
        visible: cs.visibility === 'visible' && cs.display !== 'none',
        onTop: at === host,
        buttons: [...host.shadowRoot!.querySelectorAll('.card-actions button')].map((b) => getComputedStyle(b).display),
      };
    });
    expect(look.parent).toBe('HTML');
    expect(look.hostDisplay).toBe('block');
    expect(look.width).toBeGreaterThan(300);
    expect(look.width).toBeLessThanOrEqual(381);
    expect(look.inViewport).toBe(true);
    // The user's default size (16px here) × 0.875, not the page's 40px.
    expect(look.fontSize).toBeCloseTo(14, 0);
    expect(look.visible).toBe(true);
    expect(look.onTop).toBe(true);
    // Details and Stop tracking, then the pack's three languages (EN / 简 / 繁).
    expect(look.buttons).toHaveLength(5);
    expect(look.buttons).not.toContain('none');
    await shoot(page, 'hostile-open');
    const during = await layout();
    expect(during.styles).toBe(before.styles);
    expect(during.first).toBe(before.first);
    expect(during.bodyChildren).toBe(before.bodyChildren);
    expect(await axeViolations(page, CARD_DIALOG)).toEqual([]);
  });

  it('opens for a mention inside a page\'s open shadow root', async () => {
    const page = await h.open('/shadow.html');
    await waitForHighlightCount(page, 1);
    await hoverOpen(page, 'Safeguard Defenders');
    expect((await cardState(page)).entityId).toBe('safeguard-defenders');
  });

  it('keeps its styles on a page whose CSP forbids inline styles', async () => {
    const page = await h.open('/csp.html');
    await waitForHighlightCount(page, 1);
    await hoverOpen(page, 'Safeguard Defenders');
    const look = await page.evaluate(() => {
      const dialog = document.querySelector('backstory-card')!.shadowRoot!.querySelector('[role="dialog"]')!;
      const cs = getComputedStyle(dialog);
      return { position: cs.position, width: dialog.getBoundingClientRect().width, radius: cs.borderTopLeftRadius };
    });
    expect(look).toEqual({ position: 'fixed', width: expect.any(Number), radius: '10px' });
    expect(look.width).toBeGreaterThan(300);
    await shoot(page, 'csp-open');
  });

  it('opens on a tap and closes on a tap elsewhere', async () => {
    const page = await story();
    const cdp = await h.context.newCDPSession(page);
    await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 1 });
    const tap = async (x: number, y: number) => {
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    };
    const { x, y } = await mentionPoint(page, '110 Overseas');
    await tap(x, y);
    await expect.poll(async () => (await cardState(page)).entityId, { timeout: 2_000 }).toBe('report-110-overseas');
    // A tap card does not wait for the pointer: it stays until dismissed.
    await page.waitForTimeout(600);
    expect(await isOpen(page)).toBe(true);
    const away = await blankPoint(page);
    await tap(away.x, away.y);
    await expect.poll(() => isOpen(page), { timeout: 2_000 }).toBe(false);
  });

  it('makes no request outside the test server', async () => {
    expect(h.blocked).toEqual([]);
    expect(await highlightTexts(await h.open('/story.html'))).toBeDefined();
  });
});

describe('hover card (dark)', () => {
  const h = useHarness(PAGES, { colorScheme: 'dark' });

  it('follows prefers-color-scheme: dark, and passes axe-core', async () => {
    const page = await h.open('/story.html');
    await waitForHighlightCount(page, 3);
    await page.evaluate(() => {
      document.body.style.background = '#121212';
      document.body.style.color = '#ddd';
    });
    await hoverOpen(page, 'Safeguard Defenders');
    const colours = await page.evaluate(() => {
      const dialog = document.querySelector('backstory-card')!.shadowRoot!.querySelector('[role="dialog"]')!;
      const cs = getComputedStyle(dialog);
      return { bg: cs.backgroundColor, fg: cs.color };
    });
    expect(colours).toEqual({ bg: 'rgb(31, 29, 37)', fg: 'rgb(236, 233, 242)' });
    await shoot(page, 'dark-open');
    expect(await axeViolations(page, CARD_DIALOG)).toEqual([]);
  });
});
