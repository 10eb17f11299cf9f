/**
 * The options page in real Chromium: entities by group with switches, paused
 * sites, highlight style with its live preview, manual mode, pack import and
 * removal (an invalid file changes nothing), settings export and import,
 * light and dark, axe-core. Changes must reach tabs that are already open.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Pack } from '../../lib/pack/schema';
import { axeViolations } from './support/axe';
import { article, highlightTexts, startHarness, useHarness, waitForHighlightCount } from './support/browser';
import { adoptedHighlightCss, openOptions, openPopupFor, shot } from './support/ui';

const PAGES = {
  '/story.html': article(`
    <p id="lead">A report by Safeguard Defenders, called 110 Overseas, was published in 2022. Peter Dahlin co-founded the group.</p>
    <p>The Harbour Watch Collective answered, and Harbour Watch published more.</p>`),
  '/shadow.html': article(`<div id="host"></div>
    <script>document.getElementById('host').attachShadow({ mode: 'open' }).innerHTML = '<p>Inside a widget, Safeguard Defenders.</p>';</script>`),
};
/** Bundled mentions on the story; the Harbour Watch ones come with the imported pack. */
const BUNDLED = 3;

const PACK: Pack = {
  id: 'harbour-watch',
  title: 'Harbour Watch test pack',
  version: '1.2.0',
  language: 'en',
  reviewed: '2026-10-01',
  sources: [{ id: 'hw-site', title: 'About Harbour Watch', publisher: 'Harbour Watch', url: 'https://example.org/hw', kind: 'advocacy' }],
  entities: [
    {
      id: 'harbour-watch-collective',
      name: 'Harbour Watch Collective',
      type: 'organization',
      aliases: [{ text: 'Harbour Watch Collective' }, { text: 'Harbour Watch' }, { text: '港口观察' }],
      summary: 'A fictional monitoring group used by the tests.',
      facts: [{ label: 'Founded', value: '2020', sources: ['hw-site'] }],
    },
  ],
};

const file = (name: string, content: unknown) => ({
  name,
  mimeType: 'application/json',
  buffer: Buffer.from(typeof content === 'string' ? content : JSON.stringify(content, null, 2)),
});

for (const scheme of ['light', 'dark'] as const) {
  describe(`options page (${scheme})`, () => {
    const h = useHarness(PAGES, { colorScheme: scheme });

    async function story(): Promise<Page> {
      const page = await h.open('/story.html');
      await waitForHighlightCount(page, BUNDLED);
      return page;
    }
    const stored = async () => (await h.worker()).evaluate(async () => ({ ...(await chrome.storage.sync.get(null)), ...(await chrome.storage.local.get(null)) }));

    it('lists every entity by group with switches; an entity or group switch applies to open tabs at once; axe-core passes', async () => {
      const page = await story();
      const options = await openOptions(h);
      const groups = await options.locator('#tracked .group-name').allInnerTexts();
      expect(groups).toEqual(['ORGANISATIONS', 'PEOPLE', 'REPORTS', 'PROGRAMMES', 'GOVERNMENT BODIES', 'MEDIA', 'CONCEPTS']);
      const listed = await options.locator('#tracked .entity[data-entity-id]').count();
      expect(listed).toBeGreaterThanOrEqual(22);
      expect(await options.locator('#tracked .entity[data-entity-id] [role="switch"]').count()).toBe(listed);
      await shot(options, `options-${scheme}`);
      expect(await axeViolations(options)).toEqual([]);

      await options.locator('.entity[data-entity-id="safeguard-defenders"] [role="switch"]').click();
      expect((await waitForHighlightCount(page, 2)).sort()).toEqual(['110 Overseas', 'Peter Dahlin']);
      await options.locator('[data-group="people"] .group-head [role="switch"]').click();
      expect(await waitForHighlightCount(page, 1)).toEqual(['110 Overseas']);
      await expect.poll(() => options.locator('.entity[data-entity-id="finn-lau"] [role="switch"]').getAttribute('aria-checked')).toBe('false');
      // Every entity is listed here, so the header says only how much of the group is tracked.
      const people = await options.locator('[data-group="people"] .entity[data-entity-id]').count();
      const orgs = await options.locator('[data-group="organizations"] .entity[data-entity-id]').count();
      await expect.poll(() => options.locator('[data-group="people"] .group-count').innerText()).toBe(`tracking none of ${people}`);
      expect(await options.locator('[data-group="organizations"] .group-count').innerText()).toBe(`tracking ${orgs - 1} of ${orgs}`);
      expect(await options.locator('[data-group="reports"] .group-count').innerText()).toMatch(/^tracking all \d+$/);

      // The filter finds entities by alias, in Chinese too.
      await options.locator('#entity-filter').fill('保護衛士');
      expect(await options.locator('#tracked .entity[data-entity-id]').evaluateAll((els) => els.map((e) => e.getAttribute('data-entity-id')))).toEqual([
        'safeguard-defenders',
      ]);
      await options.locator('#entity-filter').press('Escape');
      await options.locator('[data-group="people"] .group-head [role="switch"]').click();
      await options.locator('.entity[data-entity-id="safeguard-defenders"] [role="switch"]').click();
      await waitForHighlightCount(page, BUNDLED);
      await options.close();
      await page.close();
    });

    it('adds paused sites by hostname or link, says why an entry is not a site, and removes them; the open tab follows', async () => {
      const page = await story();
      const options = await openOptions(h);
      const input = options.locator('#site-input');
      await input.fill('not a site');
      await input.press('Enter');
      expect(await options.locator('#site-error').innerText()).toBe('“not a site” is not a site. Enter a hostname such as example.com.');
      expect(await input.getAttribute('aria-invalid')).toBe('true');
      expect((await stored()).pausedSites).toBeUndefined();

      await input.fill(`${h.server.url('/story.html')}?utm=1`);
      await options.getByRole('button', { name: 'Pause site' }).click();
      await expect.poll(() => options.locator('.site-item').allInnerTexts()).toEqual([expect.stringContaining('127.0.0.1')]);
      expect(await input.inputValue()).toBe('');
      await waitForHighlightCount(page, 0);
      await expect.poll(() => h.badgeText(page)).toBe('');

      await input.fill('Example.COM');
      await input.press('Enter');
      await expect.poll(() => options.locator('.site-name').allInnerTexts()).toEqual(['127.0.0.1', 'example.com']);
      await input.fill('example.com');
      await input.press('Enter');
      expect(await options.locator('#site-error').innerText()).toBe('example.com is already paused.');
      await options.locator('#sites').screenshot({ path: `test-results/popup/options-sites-${scheme}.png` });
      expect(await axeViolations(options)).toEqual([]);

      await options.getByRole('button', { name: 'Remove 127.0.0.1' }).click();
      await waitForHighlightCount(page, BUNDLED);
      expect((await stored()).pausedSites).toEqual(['example.com']);
      await options.close();
      await page.close();
    });

    it('changes the highlight style live in its preview and in open tabs; "none" paints nothing but keeps the badge', async () => {
      const page = await story();
      const lead = page.locator('#lead');
      const options = await openOptions(h);
      const preview = options.locator('.preview-page');
      const looks: Record<string, Buffer> = {};
      for (const style of ['background', 'none', 'underline'] as const) {
        await options.locator(`input[name="highlight-style"][value="${style}"]`).check();
        await expect.poll(() => preview.locator('.preview-text').getAttribute('data-style')).toBe(style);
        if (style === 'underline') await expect.poll(() => adoptedHighlightCss(page)).toEqual([]);
        else await expect.poll(async () => (await adoptedHighlightCss(page)).join()).toContain(style === 'none' ? 'transparent' : 'rgba(124, 92, 214, 0.22)');
        await options.bringToFront();
        await preview.screenshot({ path: `test-results/popup/options-style-${style}-${scheme}.png` });
        await page.bringToFront();
        looks[style] = await lead.screenshot();
        // The highlight is still there, for the card and the badge.
        expect(await highlightTexts(page)).toHaveLength(BUNDLED);
        await expect.poll(() => h.badgeText(page)).toBe('3');
      }
      expect(looks.background!.equals(looks.underline!)).toBe(false);
      // Mentions inside a page's open shadow root follow the style too, and the default leaves no sheet of ours there.
      const shadow = await h.open('/shadow.html');
      await waitForHighlightCount(shadow, 1);
      const rootCss = () =>
        shadow.evaluate(() => document.getElementById('host')!.shadowRoot!.adoptedStyleSheets.map((sheet) => [...sheet.cssRules].map((r) => r.cssText).join()));
      expect(await rootCss()).toHaveLength(1);
      await options.locator('input[name="highlight-style"][value="none"]').check();
      await expect.poll(async () => (await rootCss()).join()).toContain('transparent');
      await options.locator('input[name="highlight-style"][value="underline"]').check();
      await expect.poll(rootCss).toHaveLength(1);
      await shadow.close();
      expect(looks.none!.equals(looks.underline!)).toBe(false);
      // "None" looks exactly like the page without Backstory.
      const worker = await h.worker();
      await worker.evaluate(() => chrome.storage.sync.set({ enabled: false }));
      await waitForHighlightCount(page, 0);
      await worker.evaluate(() => chrome.storage.sync.set({ highlightStyle: 'none', enabled: true }));
      await waitForHighlightCount(page, BUNDLED);
      await expect.poll(async () => (await lead.screenshot()).equals(looks.none!)).toBe(true);
      await options.close();
      await page.close();
    });

    it('explains manual mode and switches it', async () => {
      const options = await openOptions(h);
      const manual = options.locator('#manual');
      expect(await manual.innerText()).toContain('targets of the surveillance');
      const toggle = manual.locator('[role="switch"]');
      expect(await toggle.getAttribute('aria-checked')).toBe('false');
      await toggle.click();
      await expect.poll(async () => (await stored()).manualMode).toBe(true);
      await expect.poll(() => toggle.getAttribute('aria-checked')).toBe('true');
      await toggle.click();
      await expect.poll(async () => (await stored()).manualMode).toBe(false);
      await options.close();
    });

    it('imports a pack: listed, matched live in open tabs, searchable in the popup; and removes it', async () => {
      const page = await story();
      const options = await openOptions(h);
      await options.setInputFiles('#import-pack', file('harbour.json', PACK));
      await expect.poll(() => options.locator('#packs .outcome.ok').innerText()).toBe('Imported “Harbour Watch test pack”.');
      expect(await options.locator('#packs .pack[data-pack-id="harbour-watch"]').innerText()).toContain('Version 1.2.0');
      expect((await waitForHighlightCount(page, BUNDLED + 2)).filter((t) => t.startsWith('Harbour'))).toEqual(['Harbour Watch Collective', 'Harbour Watch']);
      await expect.poll(() => options.locator('#tracked .entity[data-entity-id="harbour-watch-collective"]').count()).toBe(1);
      await shot(options, `options-imported-${scheme}`);

      const popup = await openPopupFor(h, page);
      await expect.poll(() => popup.locator('.on-page .entity[data-entity-id="harbour-watch-collective"] .entity-count').innerText()).toBe('2 mentions');
      await popup.getByRole('searchbox').fill('港口');
      await expect.poll(() => popup.locator('.results [data-entity-id]').count()).toBe(1);
      await popup.close();
      // A page loaded now is read with the imported patterns from the start.
      const fresh = await h.open('/story.html');
      expect((await waitForHighlightCount(fresh, BUNDLED + 2)).filter((t) => t.startsWith('Harbour'))).toEqual(['Harbour Watch Collective', 'Harbour Watch']);
      await fresh.close();

      // Importing a new version replaces the old one.
      await options.setInputFiles('#import-pack', file('harbour-2.json', { ...PACK, version: '1.3.0' }));
      await expect.poll(() => options.locator('#packs .outcome.ok').innerText()).toBe('Updated “Harbour Watch test pack” to version 1.3.0.');
      expect(await options.locator('#packs .pack[data-pack-id="harbour-watch"]').count()).toBe(1);

      await options.getByRole('button', { name: 'Remove the pack Harbour Watch test pack' }).click();
      await expect.poll(() => options.locator('#packs .pack[data-pack-id="harbour-watch"]').count()).toBe(0);
      await waitForHighlightCount(page, BUNDLED);
      expect((await stored()).importedPacks).toEqual([]);
      await options.close();
      await page.close();
    });

    it('shows an invalid pack’s errors with their paths, and changes nothing', async () => {
      const page = await story();
      const options = await openOptions(h);
      await options.setInputFiles('#import-pack', file('harbour.json', PACK));
      await expect.poll(() => options.locator('#packs .outcome.ok').count()).toBe(1);
      await waitForHighlightCount(page, BUNDLED + 2);
      const before = await stored();

      const broken = structuredClone(PACK) as unknown as { id: string; entities: { facts: { sources: string[] }[]; summary: string }[]; version: string };
      broken.id = 'broken-pack';
      broken.version = 'two';
      broken.entities[0]!.facts[0]!.sources = ['nowhere'];
      broken.entities[0]!.summary = '<b>bold</b>';
      await options.setInputFiles('#import-pack', file('broken.json', broken));
      const errors = options.locator('#packs [role="alert"]');
      await expect.poll(() => errors.locator('.errors-title').innerText()).toBe('“broken.json” was not imported, and nothing changed. Problems found:');
      const paths = await errors.locator('.error').evaluateAll((els) => els.map((e) => e.getAttribute('data-path')));
      expect(paths).toEqual(expect.arrayContaining(['version', 'entities[0] (harbour-watch-collective).summary']));
      expect(await errors.locator('.error').first().innerText()).toMatch(/^Problem at \S+: /);
      await shot(options, `options-invalid-pack-${scheme}`);
      expect(await axeViolations(options)).toEqual([]);

      // Not JSON at all, and a clash with a bundled entity.
      await options.setInputFiles('#import-pack', file('notes.json', 'not json {'));
      await expect.poll(() => errors.locator('.error').innerText()).toContain('is not valid JSON');
      await options.setInputFiles('#import-pack', file('clash.json', { ...PACK, id: 'clash', entities: [{ ...PACK.entities[0]!, id: 'safeguard-defenders' }] }));
      await expect.poll(() => errors.locator('.error').innerText()).toContain('already exists in pack');

      expect(await stored()).toEqual(before);
      expect(await options.locator('#packs .pack').evaluateAll((els) => els.map((e) => e.getAttribute('data-pack-id')))).toEqual([
        'overseas-police-stations',
        'harbour-watch',
      ]);
      expect(await highlightTexts(page)).toHaveLength(BUNDLED + 2);
      await options.close();
      await page.close();
    });

    it('exports the settings and imports that export; an invalid settings file changes nothing', async () => {
      const options = await openOptions(h);
      await options.setInputFiles('#import-pack', file('harbour.json', PACK));
      await expect.poll(() => options.locator('#packs .outcome.ok').count()).toBe(1);
      await options.locator('.entity[data-entity-id="global-times"] [role="switch"]').click();
      await options.locator('#site-input').fill('example.com');
      await options.locator('#site-input').press('Enter');
      await options.locator('input[name="highlight-style"][value="background"]').check();
      await expect.poll(async () => (await stored()).highlightStyle).toBe('background');

      const download = options.waitForEvent('download');
      await options.getByRole('button', { name: 'Export settings' }).click();
      const saved = await download;
      expect(saved.suggestedFilename()).toMatch(/^backstory-settings-\d{4}-\d{2}-\d{2}\.json$/);
      const text = await readFile((await saved.path())!, 'utf8');
      const exported = JSON.parse(text);
      expect(exported).toMatchObject({
        format: 'backstory-settings',
        version: 1,
        untrackedEntities: ['global-times'],
        pausedSites: ['example.com'],
        highlightStyle: 'background',
        manualMode: false,
      });
      expect(exported.importedPacks.map((p: Pack) => p.id)).toEqual(['harbour-watch']);
      expect(JSON.stringify(exported)).not.toMatch(/127\.0\.0\.1|story\.html/);

      // Start afresh, then restore from the file.
      await (await h.worker()).evaluate(async () => {
        await chrome.storage.sync.clear();
        await chrome.storage.local.clear();
      });
      await expect.poll(() => options.locator('.site-item').count()).toBe(0);
      await options.setInputFiles('#import-settings', file('backup.json', text));
      await expect.poll(() => options.locator('#backup .outcome.ok').innerText()).toBe('Settings restored from “backup.json”.');
      const restored = await stored();
      expect(restored).toMatchObject({ untrackedEntities: ['global-times'], pausedSites: ['example.com'], highlightStyle: 'background', manualMode: false });
      expect((restored.importedPacks as Pack[]).map((p) => p.id)).toEqual(['harbour-watch']);
      await expect.poll(() => options.locator('.site-name').allInnerTexts()).toEqual(['example.com']);
      expect(await options.locator('input[value="background"]').isChecked()).toBe(true);

      // An invalid file: listed problems, nothing changed.
      const before = await stored();
      const bad = { ...exported, highlightStyle: 'bold', pausedSites: ['example.com', 'not a host'] };
      await options.setInputFiles('#import-settings', file('bad.json', bad));
      const errors = options.locator('#backup [role="alert"]');
      await expect.poll(() => errors.locator('.error').evaluateAll((els) => els.map((e) => e.getAttribute('data-path')))).toEqual([
        'pausedSites[1]',
        'highlightStyle',
      ]);
      await options.setInputFiles('#import-settings', file('pack.json', PACK));
      await expect.poll(() => errors.locator('.error').innerText()).toContain('not a settings file');
      expect(await stored()).toEqual(before);
      await shot(options, `options-backup-${scheme}`);
      expect(await axeViolations(options)).toEqual([]);
      await options.close();
    });

    it('makes no request outside the test server', () => {
      expect(h.blocked).toEqual([]);
    });
  });
}

describe('options page in Chinese', () => {
  it('follows the browser’s language (zh-TW)', async () => {
    const h = await startHarness(PAGES, { uiLanguage: 'zh-TW' });
    try {
      const options = await openOptions(h);
      expect(await options.title()).toBe('Backstory 設定');
      expect(await options.locator('#manual h2').innerText()).toBe('手動模式');
      expect(await options.locator('.preview-text').innerText()).toContain('保護衛士');
      await shot(options, 'options-zh-TW');
      expect(await axeViolations(options)).toEqual([]);
    } finally {
      await h.dispose();
    }
  });
});
