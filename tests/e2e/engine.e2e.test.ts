import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { article, HIGHLIGHT, highlightTexts, startHarness, waitForHighlightCount, type Harness } from './support/browser';

/**
 * Records every mutation anyone makes to the page's nodes once the parser is done: the observer starts at
 * DOMContentLoaded (content scripts run later, at document_idle), so the parser's own insertions, whose
 * records can arrive late on a loaded machine, are never counted.
 */
const RECORDER = `<script>
  window.__mutations = [];
  addEventListener('DOMContentLoaded', () => {
    new MutationObserver((records) => {
      for (const r of records) window.__mutations.push(r.type + ':' + (r.target.nodeName || '') + ':' + (r.attributeName || ''));
    }).observe(document, { subtree: true, childList: true, characterData: true, attributes: true, characterDataOldValue: true });
  });
</script>`;

const PAGES: Record<string, string> = {
  '/split.html': article('<p>The NGO Safeguard <em>Def<b>end</b>ers</em> published a report.</p>', RECORDER),
  '/later.html': article(
    '<p id="first">Nothing yet.</p>',
    `<script>setTimeout(() => { const p = document.createElement('p'); p.textContent = 'Later: Safeguard Defenders.'; document.body.append(p); }, 1000);</script>`,
  ),
  '/frame-parent.html': article(`<p>Parent page.</p><iframe id="same" src="/frame.html"></iframe>`),
  '/frame.html': article('<p>Inside the frame: Safeguard Defenders.</p>'),
  // Two frames blank when the script starts in them, filled by the parent a second later (a widget, an editor preview).
  '/blank-frames.html': article(
    `<p>Parent page.</p><iframe id="blank"></iframe><iframe id="srcdoc" srcdoc=""></iframe>`,
    `<script>addEventListener('load', () => setTimeout(() => {
      for (const id of ['blank', 'srcdoc']) {
        const doc = document.getElementById(id).contentDocument;
        const p = doc.createElement('p'); p.textContent = 'Filled later: Safeguard Defenders.'; doc.body.append(p);
      }
    }, 1000));</script>`,
  ),
  '/shadow.html': article(
    '<div id="host"></div>',
    `<script>addEventListener('DOMContentLoaded', () => {
      const root = document.getElementById('host').attachShadow({ mode: 'open' });
      const p = document.createElement('p'); p.textContent = 'In a shadow root: Safeguard Defenders.'; root.append(p);
    });</script>`,
  ),
  '/fields.html': article(`
    <textarea>Safeguard Defenders</textarea>
    <input value="Safeguard Defenders">
    <div contenteditable="true"><p>Safeguard Defenders</p></div>
    <select><option>Safeguard Defenders</option></select>
    <p id="real">The real one: Safeguard Defenders.</p>`),
  '/remove.html': article('<p id="a">Safeguard Defenders, first.</p><p id="b">110 Overseas, second.</p>'),
  '/clears.html': article('<p>Safeguard Defenders is here.</p>'),
  '/short.html': article(
    '<p>Two overseas police service stations in Rotterdam were closed last week.</p><p>The stations denied doing any police work.</p><p>Nothing else here.</p>',
  ),
  '/short-alone.html': article('<p>The stations on the coast line were closed for repairs.</p>'),
  '/lang-es.html': `<!doctype html><html lang="es"><head><meta charset="utf-8"><title>Artículo</title></head><body><p>Las comisarías chinas de Madrid siguen abiertas.</p></body></html>`,
  '/lang-mixed.html': article('<p>Las comisarías chinas de Madrid siguen abiertas.</p><blockquote lang="es-ES"><p>Las comisarías chinas de Madrid siguen abiertas.</p></blockquote>'),
  '/spa.html': article(
    '<main id="app"><p>Home page without names.</p></main>',
    `<script>window.navigateTo = (path, html) => { history.pushState({}, '', path); document.getElementById('app').innerHTML = html; };</script>`,
  ),
};

/** Rests the pointer on the first painted mention with this text; resolves with the card's entity id. */
async function cardEntityOver(page: Page, text: string): Promise<string | null> {
  const point = await page.evaluate(
    ([name, t]) => {
      const range = [...(CSS.highlights.get(name as string) ?? [])].find((r) => (r as Range).toString() === t) as Range | undefined;
      const rect = range?.getClientRects()[0];
      return rect ? { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 } : null;
    },
    [HIGHLIGHT, text] as const,
  );
  if (!point) throw new Error(`no painted mention "${text}"`);
  await page.mouse.move(point.x - 3, point.y, { steps: 2 });
  await page.mouse.move(point.x, point.y, { steps: 2 });
  const dialog = () =>
    page.evaluate(() => document.querySelector('backstory-card')?.shadowRoot?.querySelector('[role="dialog"]')?.getAttribute('data-entity-id') ?? null);
  await expect.poll(dialog, { timeout: 3_000 }).not.toBeNull();
  return dialog();
}

function frameHighlights(frame: Frame): Promise<string[]> {
  return frame.evaluate((name) => [...(CSS.highlights.get(name) ?? [])].map((r) => (r as Range).toString()), HIGHLIGHT);
}

describe('detection engine in real Chromium', () => {
  let h: Harness;
  let page: Page;
  beforeAll(async () => {
    h = await startHarness((path) => PAGES[path]);
  });
  afterAll(async () => {
    await h?.dispose();
  });

  it('highlights a mention split across inline tags as one range', async () => {
    page = await h.open('/split.html');
    expect(await waitForHighlightCount(page, 1)).toEqual(['Safeguard Defenders']);
    await page.close();
  });

  it('makes zero mutations to the page: a page observer sees nothing after the scan', async () => {
    page = await h.open('/split.html');
    await waitForHighlightCount(page, 1);
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as { __mutations: string[] }).__mutations)).toEqual([]);
    await page.close();
  });

  it('finds text that arrives a second after load', async () => {
    page = await h.open('/later.html');
    await page.waitForTimeout(300);
    expect(await highlightTexts(page)).toEqual([]);
    expect(await waitForHighlightCount(page, 1, 5_000)).toEqual(['Safeguard Defenders']);
    await page.close();
  });

  it('scans a same-origin iframe in its own frame', async () => {
    page = await h.open('/frame-parent.html');
    const frame = page.frames().find((f) => f.url().endsWith('/frame.html'))!;
    await expect.poll(() => frameHighlights(frame), { timeout: 5_000 }).toEqual(['Safeguard Defenders']);
    expect(await highlightTexts(page)).toEqual([]);
    await page.close();
  });

  it('waits in a blank about:blank or srcdoc frame, and reads the text the page puts there later', async () => {
    page = await h.open('/blank-frames.html');
    const local = page.frames().filter((f) => f !== page.mainFrame());
    expect(local).toHaveLength(2);
    for (const frame of local) await expect.poll(() => frameHighlights(frame), { timeout: 8_000 }).toEqual(['Safeguard Defenders']);
  });

  it('scans a cross-origin iframe in its own frame', async () => {
    const cross = h.server.origin.replace('127.0.0.1', 'localhost');
    page = await h.context.newPage();
    await page.setContent(article(`<iframe src="${cross}/frame.html"></iframe>`));
    await page.goto(h.server.url('/frame-parent.html'));
    await page.evaluate((src) => {
      const f = document.createElement('iframe');
      f.src = src;
      document.body.append(f);
    }, `${cross}/frame.html`);
    await expect.poll(() => page.frames().some((f) => f.url().startsWith(cross))).toBe(true);
    const frame = page.frames().find((f) => f.url().startsWith(cross))!;
    await expect.poll(() => frameHighlights(frame), { timeout: 5_000 }).toEqual(['Safeguard Defenders']);
    await page.close();
  });

  it('highlights text inside an open shadow root', async () => {
    page = await h.open('/shadow.html');
    expect(await waitForHighlightCount(page, 1)).toEqual(['Safeguard Defenders']);
    // The ::highlight rule is adopted into the root (no node added) so the mention is visibly painted.
    expect(await page.evaluate(() => document.getElementById('host')!.shadowRoot!.adoptedStyleSheets.length)).toBe(1);
    expect(await page.evaluate(() => document.getElementById('host')!.shadowRoot!.childNodes.length)).toBe(1);
    await page.close();
  });

  it('takes its sheet out of the page\'s shadow root when turned off, and puts it back when turned on', async () => {
    page = await h.open('/shadow.html');
    await waitForHighlightCount(page, 1);
    const sheets = () => page.evaluate(() => document.getElementById('host')!.shadowRoot!.adoptedStyleSheets.length);
    expect(await sheets()).toBe(1);
    const worker = await h.worker();
    await worker.evaluate(() => chrome.storage.sync.set({ enabled: false }));
    try {
      await waitForHighlightCount(page, 0);
      await expect.poll(sheets, { timeout: 3_000 }).toBe(0);
    } finally {
      await worker.evaluate(() => chrome.storage.sync.set({ enabled: true }));
    }
    await waitForHighlightCount(page, 1);
    expect(await sheets()).toBe(1);
    await page.close();
  });

  it('never highlights inside textarea, input, select or contenteditable', async () => {
    page = await h.open('/fields.html');
    const texts = await waitForHighlightCount(page, 1);
    expect(texts).toEqual(['Safeguard Defenders']);
    const inReal = await page.evaluate(
      (name) => [...CSS.highlights.get(name)!].every((r) => document.getElementById('real')!.contains((r as Range).startContainer)),
      HIGHLIGHT,
    );
    expect(inReal).toBe(true);
    await page.close();
  });

  it('removing a paragraph removes its highlights and lowers the badge count', async () => {
    page = await h.open('/remove.html');
    await waitForHighlightCount(page, 2);
    await expect.poll(() => h.badgeText(page), { timeout: 5_000 }).toBe('2');
    await page.evaluate(() => document.getElementById('a')!.remove());
    expect(await waitForHighlightCount(page, 1)).toEqual(['110 Overseas']);
    // The count the badge shows follows what left the page, not only what came.
    await expect.poll(() => h.badgeText(page), { timeout: 5_000 }).toBe('1');
    await page.close();
  });

  it('restores its highlight after a page deletes it, on the next change', async () => {
    page = await h.open('/clears.html');
    await waitForHighlightCount(page, 1);
    await page.evaluate((name) => CSS.highlights.delete(name), HIGHLIGHT);
    expect(await highlightTexts(page)).toEqual([]);
    await page.evaluate(() => document.body.append(Object.assign(document.createElement('p'), { textContent: 'More text.' })));
    expect(await waitForHighlightCount(page, 1)).toEqual(['Safeguard Defenders']);
    await page.close();
  });

  it('highlights a short form on a page that names the stations in full, and it opens the same card', async () => {
    page = await h.open('/short.html');
    expect((await waitForHighlightCount(page, 2)).sort()).toEqual(['The stations', 'overseas police service stations']);
    expect(await cardEntityOver(page, 'The stations')).toBe('overseas-police-stations');
    await page.close();
  });

  it('does not highlight a short form alone', async () => {
    page = await h.open('/short-alone.html');
    await page.waitForTimeout(500);
    expect(await highlightTexts(page)).toEqual([]);
    await page.close();
  });

  it('highlights an alias limited to Spanish on a page whose <html lang> is Spanish', async () => {
    page = await h.open('/lang-es.html');
    expect(await waitForHighlightCount(page, 1)).toEqual(['comisarías chinas']);
    await page.close();
  });

  it('reads the nearest lang: on an English page only the Spanish quotation, then all once the page turns Spanish', async () => {
    page = await h.open('/lang-mixed.html');
    expect(await waitForHighlightCount(page, 1)).toEqual(['comisarías chinas']);
    const inQuote = await page.evaluate(
      (name) => [...CSS.highlights.get(name)!].every((r) => document.querySelector('blockquote')!.contains((r as Range).startContainer)),
      HIGHLIGHT,
    );
    expect(inQuote).toBe(true);
    await page.evaluate(() => document.documentElement.setAttribute('lang', 'es'));
    expect(await waitForHighlightCount(page, 2)).toEqual(['comisarías chinas', 'comisarías chinas']);
    await page.close();
  });

  it('rescans after SPA navigation through the history API', async () => {
    page = await h.open('/spa.html');
    await page.waitForTimeout(300);
    expect(await highlightTexts(page)).toEqual([]);
    await page.evaluate(() =>
      (window as unknown as { navigateTo: (p: string, html: string) => void }).navigateTo('/story', '<p>Story: 110 Overseas by Safeguard Defenders.</p>'),
    );
    expect((await waitForHighlightCount(page, 2)).sort()).toEqual(['110 Overseas', 'Safeguard Defenders']);
    await expect.poll(() => h.badgeText(page), { timeout: 5_000 }).toBe('2');
    await page.close();
  });
});
