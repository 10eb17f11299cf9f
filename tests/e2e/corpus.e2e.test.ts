/**
 * Every real page of the shared corpus, loaded with the extension: the scan
 * finishes, finds what the scan CLI finds (same code path, other DOM), causes
 * no error and changes none of the page's nodes.
 *
 * Pages are served from 127.0.0.1 with their scripts and inline handlers
 * removed and every other request blocked. A few pages still change their
 * own DOM after load (the parser finishing misnested markup): what the
 * recorder sees with the extension must equal what it sees without it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type ConsoleMessage } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUNDLED_PACKS } from '../../data';
import { matcherFor } from '../../lib/match/matcher';
import { aliasIndex } from '../../lib/pack/alias-index';
import { findChromium } from '../../scripts/lib/chromium';
import { CHROMIUM_ARGS } from '../../scripts/lib/launch';
import { scanHtml } from '../../scripts/lib/scan-html';
import { highlightTexts, startHarness, type Harness } from './support/browser';

const CORPUS = process.env.BACKSTORY_CORPUS ?? resolve(import.meta.dirname, '../../../shared/corpus/pages');
const PAGES = readdirSync(CORPUS).filter((f) => f.endsWith('.html')).sort();
const MARKER = '<p id="backstory-marker">End of page: Safeguard Defenders.</p>';
const RECORDER = `<script>window.__mutations = [];
  addEventListener('DOMContentLoaded', () => {
    window.__mutations = [];
    new MutationObserver((rs) => { for (const r of rs) window.__mutations.push(r.type + ':' + r.target.nodeName + [...r.addedNodes, ...r.removedNodes].map((n) => ' ' + n.nodeName).join('')); })
      .observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
  });</script>`;

/** The page without its scripts or inline handlers, with our recorder first and a known mention last. */
function prepare(html: string): string {
  const stripped = html
    .replace(/<script\b[\s\S]*?<\/script\s*>/gi, '')
    .replace(/<meta[^>]+http-equiv=["']?refresh[^>]*>/gi, '')
    .replace(/\son[a-z]+\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/gi, '');
  const withRecorder = /<head[^>]*>/i.test(stripped) ? stripped.replace(/<head[^>]*>/i, (m) => m + RECORDER) : RECORDER + stripped;
  return /<\/body>/i.test(withRecorder) ? withRecorder.replace(/<\/body>(?![\s\S]*<\/body>)/i, `${MARKER}</body>`) : withRecorder + MARKER;
}

const prepared = new Map(PAGES.map((name) => [`/${name}`, prepare(readFileSync(join(CORPUS, name), 'utf8'))]));
const matcher = matcherFor(aliasIndex(BUNDLED_PACKS));

type Recorded = { __mutations: string[] };

describe('the shared corpus of real news pages', () => {
  let h: Harness;
  let plain: Browser | undefined;
  beforeAll(async () => {
    h = await startHarness((path) => prepared.get(path));
  });
  afterAll(async () => {
    await h?.dispose();
    await plain?.close();
  });

  /** The page's own mutations, recorded in a browser without the extension. */
  async function baselineMutations(name: string): Promise<string[]> {
    plain ??= await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
    const page = await plain.newPage();
    await page.route((url) => url.hostname !== '127.0.0.1', (route) => route.abort());
    await page.goto(h.server.url(`/${name}`), { waitUntil: 'load' });
    await page.waitForTimeout(1_000);
    const mutations = await page.evaluate(() => (window as unknown as Recorded).__mutations);
    await page.close();
    return mutations;
  }

  it.each(PAGES)('%s', async (name) => {
    const page = await h.context.newPage();
    const errors: string[] = [];
    page.on('console', (msg: ConsoleMessage) => {
      if (msg.type() === 'error' && msg.location().url.startsWith('chrome-extension://')) errors.push(msg.text());
    });
    await page.goto(h.server.url(`/${name}`), { waitUntil: 'load' });
    // The marker is the page's last block: once it is painted, the first scan has reached the end.
    await page.waitForFunction(
      () => [...(CSS.highlights.get('backstory-mention') ?? [])].some((r) => document.getElementById('backstory-marker')?.contains((r as Range).startContainer)),
      undefined,
      { timeout: 20_000, polling: 100 },
    );
    await page.waitForTimeout(200);
    const expected = scanHtml(prepared.get(`/${name}`)!, matcher).map((m) => m.text);
    expect((await highlightTexts(page)).sort()).toEqual(expected.sort());
    const mutations = await page.evaluate(() => (window as unknown as Recorded).__mutations);
    // Every kind of mutation seen must be one the page makes by itself: how many times a page's own
    // timers fire before we read the record depends on the machine's load, not on us.
    const ownKinds = mutations.length === 0 ? new Set<string>() : new Set(await baselineMutations(name));
    expect([...new Set(mutations)].filter((m) => !ownKinds.has(m))).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
