/**
 * The popup in real Chromium with the built extension: what this page
 * mentions, details and "Jump to", search over every entity, tracking
 * switches applied live to open tabs, pause and the global switch with the
 * badge, the ?entity= detail view, keyboard-only use, light and dark,
 * axe-core, and the first render within budget. Screenshots go to
 * test-results/popup/ for a human to look at.
 */
import os from 'node:os';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { BUNDLED_PACKS } from '../../data';
import { groupOf, type EntityGroup } from '../../lib/grouping';
import { axeViolations } from './support/axe';
import { article, focusTexts, highlightTexts, startHarness, useHarness, waitForHighlightCount } from './support/browser';
import { openOptions, openPopupFor, ownRenderTime, renderTime, shot } from './support/ui';

const STORY = article(`
  <h1>Overseas police stations</h1>
  <p id="first">A report by Safeguard Defenders, called 110 Overseas, was published in 2022. Peter Dahlin co-founded the group.</p>
  <div style="height: 1600px"></div>
  <p id="second">Months later, Safeguard Defenders published a follow-up.</p>
  <div style="height: 1600px"></div>
  <p id="third">保护卫士 spoke again, and so did Safeguard Defenders.</p>`);

const PAGES = {
  '/story.html': STORY,
  '/second.html': article('<p>Safeguard Defenders and 110 Overseas, in a second tab.</p>'),
  '/plain.html': article('<p>Nothing to see here: a story about gardening.</p>'),
};
/** Six mentions: Safeguard Defenders ×4 (one in Chinese), 110 Overseas, Peter Dahlin. */
const ALL = 6;

/** Popup render budget (DESIGN.md §5). Measured from navigation start to the first render, best of a few opens. */
const RENDER_BUDGET_MS = 100;

function ids(popup: Page, scope = ''): Promise<(string | null)[]> {
  return popup.locator(`${scope} [data-entity-id]`).evaluateAll((els) => els.map((el) => el.getAttribute('data-entity-id')));
}

/** Entities in a group of the bundled pack: what its switch turns on or off, and what its header counts as tracked. */
const groupSize = (group: EntityGroup) => BUNDLED_PACKS.flatMap((p) => p.entities).filter((e) => groupOf(e) === group).length;
const ORGS = groupSize('organizations');
const PEOPLE = groupSize('people');

const item = (popup: Page, id: string) => popup.locator(`.entity[data-entity-id="${id}"]`);
const switchOf = (popup: Page, id: string) => item(popup, id).locator('[role="switch"]');

for (const scheme of ['light', 'dark'] as const) {
  describe(`popup (${scheme})`, () => {
    const h = useHarness(PAGES, { colorScheme: scheme });

    async function story(): Promise<Page> {
      const page = await h.open('/story.html');
      await waitForHighlightCount(page, ALL);
      await expect.poll(() => h.badgeText(page), { timeout: 5_000 }).toBe('3');
      return page;
    }

    it('lists the entities on the page by group, each with its count and a switch, and passes axe-core', async () => {
      const page = await story();
      const popup = await openPopupFor(h, page);
      await expect.poll(() => ids(popup, '.on-page')).toEqual(['safeguard-defenders', 'peter-dahlin', 'report-110-overseas']);
      expect(await popup.locator('.group-name').allInnerTexts()).toEqual(['ORGANISATIONS', 'PEOPLE', 'REPORTS']);
      // What the page has, then what is tracked, counted over the whole group that the switch beside it changes.
      expect(await popup.locator('.group-count').allInnerTexts()).toEqual([
        `1 on this page · tracking all ${ORGS}`,
        `1 on this page · tracking all ${PEOPLE}`,
        `1 on this page · tracking all ${groupSize('reports')}`,
      ]);
      expect(ORGS).toBeGreaterThan(1);
      expect(await item(popup, 'safeguard-defenders').locator('.entity-count').innerText()).toBe('4 mentions');
      expect(await item(popup, 'peter-dahlin').locator('.entity-count').innerText()).toBe('1 mention');
      for (const id of ['safeguard-defenders', 'peter-dahlin', 'report-110-overseas']) {
        expect(await switchOf(popup, id).getAttribute('aria-checked')).toBe('true');
      }
      expect(await popup.locator('.site-host').innerText()).toBe('127.0.0.1');
      await shot(popup, `list-${scheme}`);
      expect(await axeViolations(popup)).toEqual([]);
      await popup.close();
      await page.close();
    });

    it('renders its first view within 100 ms of opening', async () => {
      const page = await story();
      const times: { total: number; ours: number }[] = [];
      for (let i = 0; i < 5; i++) {
        const popup = await openPopupFor(h, page);
        times.push({ total: await renderTime(popup), ours: await ownRenderTime(popup) });
        await popup.close();
      }
      const best = Math.min(...times.map((t) => t.total));
      const busy = os.loadavg()[0]! > os.availableParallelism();
      console.log(
        `popup first render (${scheme}): ${times.map((t) => `${t.total.toFixed(0)} (ours ${t.ours.toFixed(0)})`).join(', ')} ms; load ${os.loadavg()[0]!.toFixed(1)} on ${os.availableParallelism()} cores`,
      );
      // The first open also pays for cold caches: the budget is for opening the popup again and again, as a reader does.
      if (!busy) expect(best).toBeLessThan(RENDER_BUDGET_MS);
      // On an overloaded machine even an empty extension page takes longer than the budget to open; what remains ours
      // (our script's work from its start to the first render) must still fit.
      else expect(Math.min(...times.map((t) => t.ours))).toBeLessThan(RENDER_BUDGET_MS);
      await page.close();
    });

    it('expands an entity into its summary, facts, positions and citations; "Jump to" scrolls to each mention in turn', async () => {
      const page = await story();
      const popup = await openPopupFor(h, page);
      const toggle = item(popup, 'safeguard-defenders').locator('.entity-toggle');
      await toggle.click();
      expect(await toggle.getAttribute('aria-expanded')).toBe('true');
      const details = item(popup, 'safeguard-defenders').locator('.entity-details');
      expect(await details.locator('.ed-summary').innerText()).toMatch(/\w/);
      expect(await details.locator('.fact').count()).toBeGreaterThan(0);
      expect(await details.locator('.position').count()).toBeGreaterThan(0);
      expect(await details.locator('.citation a[href^="https:"]').count()).toBeGreaterThan(0);
      await shot(popup, `expanded-${scheme}`);
      expect(await axeViolations(popup)).toEqual([]);

      const jump = item(popup, 'safeguard-defenders').locator('.jump');
      const visited: string[] = [];
      for (let i = 0; i < 5; i++) {
        await jump.click();
        await expect.poll(() => focusTexts(page)).not.toEqual([]);
        const where = await page.evaluate(() => {
          const range = [...CSS.highlights.get('backstory-focus')!][0] as Range;
          const rect = range.getBoundingClientRect();
          return { id: range.startContainer.parentElement!.id, inView: rect.top >= 0 && rect.bottom <= innerHeight, text: range.toString() };
        });
        expect(where.inView).toBe(true);
        visited.push(`${where.id}:${where.text}`);
      }
      // Reading order from the top of the viewport, then round again.
      expect(visited).toEqual([
        'first:Safeguard Defenders',
        'second:Safeguard Defenders',
        'third:保护卫士',
        'third:Safeguard Defenders',
        'first:Safeguard Defenders',
      ]);
      // The emphasis is brief.
      await expect.poll(() => focusTexts(page), { timeout: 5_000 }).toEqual([]);
      await popup.close();
      await page.close();
    });

    it('searches every bundled entity by name and alias, in Chinese too, and shows details of one not on the page', async () => {
      const page = await story();
      const popup = await openPopupFor(h, page);
      const search = popup.getByRole('searchbox');
      for (const [query, expected] of [
        ['safeguard', 'safeguard-defenders'],
        ['保護衛士', 'safeguard-defenders'],
        ['保护', 'safeguard-defenders'],
        ['finn', 'finn-lau'],
        ['global times', 'global-times'],
      ] as const) {
        await search.fill(query);
        await expect.poll(() => ids(popup, '.results')).toContain(expected);
      }
      expect(await item(popup, 'global-times').locator('.entity-count').count()).toBe(0);
      await item(popup, 'global-times').locator('.entity-toggle').click();
      expect(await item(popup, 'global-times').locator('.ed-summary').innerText()).toMatch(/\w/);
      expect(await item(popup, 'global-times').locator('.jump').count()).toBe(0);
      await shot(popup, `search-${scheme}`);
      expect(await axeViolations(popup)).toEqual([]);

      await search.fill('no such entity anywhere');
      await expect.poll(() => popup.locator('.results .empty').innerText()).toContain('no such entity anywhere');

      // Escape clears the search and the page's list comes back.
      await search.press('Escape');
      expect(await search.inputValue()).toBe('');
      await expect.poll(() => ids(popup, '.on-page')).toEqual(['safeguard-defenders', 'peter-dahlin', 'report-110-overseas']);
      await popup.close();
      await page.close();
    });

    it('a switch flipped in the popup removes that entity’s highlights on every open tab at once, and turns them back on', async () => {
      const page = await story();
      const other = await h.open('/second.html');
      await waitForHighlightCount(other, 2);
      await page.bringToFront();
      const popup = await openPopupFor(h, page);
      await switchOf(popup, 'safeguard-defenders').click();
      // The switch shows what storage holds, which answers after the click.
      await expect.poll(() => switchOf(popup, 'safeguard-defenders').getAttribute('aria-checked')).toBe('false');

      expect((await waitForHighlightCount(page, 2)).sort()).toEqual(['110 Overseas', 'Peter Dahlin']);
      expect(await waitForHighlightCount(other, 1)).toEqual(['110 Overseas']);
      await expect.poll(() => h.badgeText(page)).toBe('2');
      // It stays listed, marked as not tracked, so it can be switched back on.
      await expect.poll(() => item(popup, 'safeguard-defenders').locator('.entity-count').innerText()).toBe('Not tracked');
      expect(await popup.locator('[data-group="organizations"] .group-count').innerText()).toBe(`1 on this page · tracking ${ORGS - 1} of ${ORGS}`);
      await shot(popup, `untracked-${scheme}`);

      await switchOf(popup, 'safeguard-defenders').press('Space');
      await waitForHighlightCount(page, ALL);
      await waitForHighlightCount(other, 2);
      await expect.poll(() => h.badgeText(page)).toBe('3');
      await popup.close();
      await other.close();
      await page.close();
    });

    it('a group switch turns a whole group off and on', async () => {
      const page = await story();
      const popup = await openPopupFor(h, page);
      const people = popup.locator('[data-group="people"] .group-head [role="switch"]');
      expect(await people.getAttribute('aria-label')).toBe(`Track all ${PEOPLE} entities in People`);
      await people.click();
      expect(await waitForHighlightCount(page, ALL - 1)).not.toContain('Peter Dahlin');
      await expect.poll(() => people.getAttribute('aria-checked')).toBe('false');
      expect(await popup.locator('[data-group="people"] .group-count').innerText()).toBe(`1 on this page · tracking none of ${PEOPLE}`);
      await people.click();
      await waitForHighlightCount(page, ALL);
      await popup.close();
      await page.close();
    });

    it('pauses on this site and resumes: highlights, badge and popup follow; other sites are not paused', async () => {
      const page = await story();
      const elsewhere = await h.context.newPage();
      await elsewhere.goto(h.server.url('/second.html').replace('127.0.0.1', 'localhost'));
      await waitForHighlightCount(elsewhere, 2);
      await page.bringToFront();
      const popup = await openPopupFor(h, page);
      const pause = popup.locator('.site .pause');
      expect(await pause.innerText()).toBe('Pause on this site');
      await pause.click();

      await waitForHighlightCount(page, 0);
      await expect.poll(() => h.badgeText(page)).toBe('');
      await expect.poll(() => popup.locator('.state-paused').innerText()).toContain('Paused on 127.0.0.1');
      expect(await popup.locator('.state-paused').innerText()).toContain('Resume on this site');
      expect(await popup.locator('.on-page [data-entity-id]').count()).toBe(0);
      expect(await pause.innerText()).toBe('Resume on this site');
      expect(await highlightTexts(elsewhere)).toHaveLength(2);
      await shot(popup, `paused-${scheme}`);
      expect(await axeViolations(popup)).toEqual([]);

      // A paused page stays paused across a reload: the script runs there again and reads nothing.
      await page.reload();
      await expect.poll(() => h.scriptAnswers(page)).toBe(true);
      expect(await highlightTexts(page)).toEqual([]);

      await pause.click();
      await waitForHighlightCount(page, ALL);
      await expect.poll(() => h.badgeText(page)).toBe('3');
      await expect.poll(() => ids(popup, '.on-page')).toEqual(['safeguard-defenders', 'peter-dahlin', 'report-110-overseas']);
      await popup.close();
      await elsewhere.close();
      await page.close();
    });

    it('the global switch turns Backstory off everywhere and on again; the badge follows', async () => {
      const page = await story();
      const popup = await openPopupFor(h, page);
      const global = popup.locator('.bar [role="switch"]');
      expect(await global.getAttribute('aria-checked')).toBe('true');
      await global.click();
      await waitForHighlightCount(page, 0);
      await expect.poll(() => h.badgeText(page)).toBe('');
      await expect.poll(() => popup.locator('.state-off').innerText()).toContain('Highlight names');
      await shot(popup, `off-${scheme}`);
      expect(await axeViolations(popup)).toEqual([]);
      await global.click();
      await waitForHighlightCount(page, ALL);
      await expect.poll(() => h.badgeText(page)).toBe('3');
      await popup.close();
      await page.close();
    });

    it('?entity= opens straight into that entity’s details; Back goes to the list', async () => {
      const page = await story();
      const popup = await openPopupFor(h, page, '&entity=report-110-overseas');
      const detail = popup.locator('.detail[data-entity-id="report-110-overseas"]');
      await detail.waitFor();
      expect(await detail.locator('h2.ed-name').innerText()).toContain('110 Overseas');
      expect(await detail.locator('.entity-count').innerText()).toBe('1 mention');
      const tracking = detail.locator('[role="switch"]');
      expect(await tracking.getAttribute('aria-checked')).toBe('true');
      expect(await tracking.innerText()).toBe('Track');
      expect(await tracking.getAttribute('aria-label')).toMatch(/^Track 110 Overseas/);
      await detail.locator('.jump').click();
      await expect.poll(() => focusTexts(page)).toEqual(['110 Overseas']);
      await shot(popup, `detail-${scheme}`);
      expect(await axeViolations(popup)).toEqual([]);

      // A related entity opens in the same view.
      const related = detail.locator('.related-name').first();
      if ((await related.count()) > 0) {
        const relatedId = await related.evaluate((el) => el.closest('[data-entity-id]')!.getAttribute('data-entity-id'));
        await related.click();
        await popup.locator(`.detail[data-entity-id="${relatedId}"]`).waitFor();
      }

      await popup.locator('.back').click();
      await expect.poll(() => ids(popup, '.on-page')).toEqual(['safeguard-defenders', 'peter-dahlin', 'report-110-overseas']);
      await popup.close();

      const unknown = await openPopupFor(h, page, '&entity=no-such-entity');
      expect(await unknown.locator('.detail .state').innerText()).toBe('This entity is not in any installed pack.');
      await unknown.close();
      await page.close();
    });

    it('works with the keyboard alone, with a visible focus ring', async () => {
      const page = await story();
      const popup = await openPopupFor(h, page);
      const focused = () =>
        popup.evaluate(() => {
          const el = document.activeElement as HTMLElement;
          return `${el.getAttribute('role') ?? el.tagName.toLowerCase()}:${el.getAttribute('aria-label') ?? el.textContent?.trim()}`;
        });
      const stops: string[] = [];
      for (let i = 0; i < 7; i++) {
        await popup.keyboard.press('Tab');
        stops.push(await focused());
      }
      expect(stops).toEqual([
        'switch:Highlight namesOn every site',
        'button:Pause on this site',
        'input:',
        `switch:Track all ${ORGS} entities in Organisations`,
        'button:Safeguard DefendersOrganisation',
        'switch:Track Safeguard Defenders',
        `switch:Track all ${PEOPLE} entities in People`,
      ]);
      const ring = await popup.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
      expect(ring).toBe('solid');

      // Back to the entity: Enter opens its details, Space on its switch stops tracking it.
      await popup.keyboard.press('Shift+Tab');
      await popup.keyboard.press('Shift+Tab');
      await popup.keyboard.press('Enter');
      expect(await item(popup, 'safeguard-defenders').locator('.entity-toggle').getAttribute('aria-expanded')).toBe('true');
      await popup.keyboard.press('Tab');
      expect(await focused()).toBe('switch:Track Safeguard Defenders');
      await popup.keyboard.press('Space');
      await waitForHighlightCount(page, 2);
      await popup.keyboard.press('Enter');
      await waitForHighlightCount(page, ALL);
      await item(popup, 'safeguard-defenders').locator('.jump').waitFor();
      await popup.keyboard.press('Tab');
      expect(await focused()).toBe('button:Jump to the next mention of Safeguard Defenders');
      await popup.keyboard.press('Enter');
      await expect.poll(() => focusTexts(page)).toEqual(['Safeguard Defenders']);

      // Typing a search, then Escape clears it and keeps focus in the field.
      await popup.locator('input[type="search"]').focus();
      await popup.keyboard.type('dahlin');
      await expect.poll(() => ids(popup, '.results')).toEqual(['peter-dahlin']);
      await popup.keyboard.press('Escape');
      expect(await popup.locator('input[type="search"]').inputValue()).toBe('');
      expect(await focused()).toBe('input:');
      await shot(popup, `keyboard-${scheme}`);
      await popup.close();
      await page.close();
    });

    it('says what to do on a page without mentions and on a page Backstory cannot read', async () => {
      const plain = await h.open('/plain.html');
      await plain.waitForTimeout(300);
      const popup = await openPopupFor(h, plain);
      expect(await popup.locator('.empty').innerText()).toBe('No tracked names on this page. Search above to look anyone up.');
      await shot(popup, `empty-${scheme}`);
      expect(await axeViolations(popup)).toEqual([]);
      await popup.close();

      const blank = await h.context.newPage();
      await blank.goto('about:blank');
      const unsupported = await openPopupFor(h, blank);
      expect(await unsupported.locator('.state-unsupported').innerText()).toContain('cannot read this page');
      expect(await unsupported.locator('.site').count()).toBe(0);
      await shot(unsupported, `unsupported-${scheme}`);
      await unsupported.close();
      await blank.close();
      await plain.close();
    });

    it('makes no request outside the test server', () => {
      expect(h.blocked).toEqual([]);
    });
  });
}

describe('popup and page on a hostname with a trailing dot', () => {
  const h = useHarness(PAGES);
  const paused = async () => (await (await h.worker()).evaluate(() => chrome.storage.sync.get('pausedSites'))).pausedSites as unknown;

  it('agree that the site is paused, whether the popup or the options page paused it', async () => {
    // `localhost.` is `localhost` written fully qualified; the page reports it with the dot.
    const page = await h.context.newPage();
    await page.goto(h.server.url('/story.html').replace('127.0.0.1', 'localhost.'));
    expect(await page.evaluate(() => location.hostname)).toBe('localhost.');
    await waitForHighlightCount(page, ALL);

    const popup = await openPopupFor(h, page);
    await popup.locator('.site .pause').click();
    await waitForHighlightCount(page, 0);
    await expect.poll(() => popup.locator('.state-paused').count()).toBe(1);
    expect(await popup.locator('.status').innerText()).toBe('');
    // Stored as the options page names the site.
    expect(await paused()).toEqual(['localhost']);
    await popup.locator('.site .pause').click();
    await waitForHighlightCount(page, ALL);
    await expect.poll(paused).toEqual([]);
    await popup.close();

    const options = await openOptions(h);
    await options.locator('#site-input').fill('localhost');
    await options.locator('#site-input').press('Enter');
    await waitForHighlightCount(page, 0);
    const again = await openPopupFor(h, page);
    expect(await again.locator('.state-paused').count()).toBe(1);
    expect(await again.locator('.site .pause').innerText()).toBe('Resume on this site');
    await again.close();
    await options.close();
    await page.close();
  });
});

describe('popup in Chinese', () => {
  for (const [language, expected] of [
    [
      'zh-CN',
      {
        pause: '在本网站暂停',
        onPage: '本页提及',
        mentions: '提及 4 次',
        group: '组织',
        count: `本页提及 1 个 · 已追踪全部 ${ORGS} 个`,
        trackGroup: `追踪“组织”中的全部 ${ORGS} 个条目`,
      },
    ],
    [
      'zh-TW',
      {
        pause: '在本網站暫停',
        onPage: '本頁提及',
        mentions: '提及 4 次',
        group: '組織',
        count: `本頁提及 1 個 · 已追蹤全部 ${ORGS} 個`,
        trackGroup: `追蹤「組織」中的全部 ${ORGS} 個條目`,
      },
    ],
  ] as const) {
    it(`follows the browser's language: ${language}`, async () => {
      const h = await startHarness(PAGES, { uiLanguage: language });
      try {
        const page = await h.open('/story.html');
        await waitForHighlightCount(page, ALL);
        const popup = await openPopupFor(h, page);
        expect(await popup.evaluate(() => document.documentElement.lang)).toBe(language);
        expect(await popup.locator('.pause').innerText()).toBe(expected.pause);
        expect(await popup.locator('#on-page-heading').innerText()).toBe(expected.onPage);
        await expect.poll(() => item(popup, 'safeguard-defenders').locator('.entity-count').innerText()).toBe(expected.mentions);
        expect(await popup.locator('.group-name').first().innerText()).toBe(expected.group);
        expect(await popup.locator('.group-count').first().innerText()).toBe(expected.count);
        expect(await popup.locator('.group-head [role="switch"]').first().getAttribute('aria-label')).toBe(expected.trackGroup);
        await item(popup, 'safeguard-defenders').locator('.entity-toggle').click();
        await shot(popup, `list-${language}`);
        expect(await axeViolations(popup)).toEqual([]);
      } finally {
        await h.dispose();
      }
    });
  }
});
