/**
 * `npm start`: builds the extension, serves the demo article on 127.0.0.1 and
 * opens Chromium with Backstory loaded.
 *
 * With a display, the browser stays open until you close it (or press Ctrl+C).
 * Without one (a server, CI, a container), it runs headless and writes
 * screenshots of the highlighted article, of a hover card (and of one opened
 * in the article's Chinese paragraph, in Chinese) and of the popup
 * into demo-output/, and one of the welcome page Backstory opens on install.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { CHROMIUM_HELP, findChromium } from './lib/chromium';
import { launchExtension } from './lib/launch';
import { servePages } from './lib/serve';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT_DIR = resolve(ROOT, 'demo-output');
const ARTICLE = readFileSync(new URL('./demo/article.html', import.meta.url), 'utf8');

async function main(): Promise<void> {
  if (!findChromium()) {
    console.error(CHROMIUM_HELP);
    process.exit(1);
  }
  console.log('Building the extension…');
  execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'inherit' });

  const server = await servePages({ '/': ARTICLE, '/article.html': ARTICLE });
  const url = server.url('/article.html');
  const headless = !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
  // With a window, the welcome page Backstory opens on install stays, as a new reader would see it.
  const ext = await launchExtension({ headless, viewport: { width: 1100, height: 900 }, keepWelcome: !headless });
  const page = ext.context.pages().find((p) => p.url() === 'about:blank') ?? (await ext.context.newPage());
  await page.bringToFront();
  await page.goto(url);

  // The scan is asynchronous; wait until the highlights exist.
  const count = await page
    .waitForFunction(() => CSS.highlights.get('backstory-mention')?.size ?? 0, undefined, { timeout: 10_000 })
    .then((handle) => handle.jsonValue());
  console.log(`Backstory highlighted ${count} mentions on ${url}`);

  if (!headless) {
    console.log('Chromium is open with Backstory loaded. Close the window or press Ctrl+C to stop.');
    await new Promise<void>((done) => {
      ext.context.on('close', () => done());
      process.once('SIGINT', () => done());
    });
  } else {
    mkdirSync(OUT_DIR, { recursive: true });
    const articleShot = resolve(OUT_DIR, 'article.png');
    await page.screenshot({ path: articleShot, fullPage: true });

    // Rest the pointer on the first mention until its card opens; then on the first one in the
    // Simplified Chinese paragraph, whose card speaks that paragraph's language.
    const cardShot = resolve(OUT_DIR, 'card.png');
    const chineseCardShot = resolve(OUT_DIR, 'card-zh-Hans.png');
    const box = await openCardAt(page, 'body');
    if (box) await page.screenshot({ path: cardShot });
    await page.keyboard.press('Escape');
    const chineseBox = await openCardAt(page, 'p[lang="zh-Hans"]');
    if (chineseBox) await page.screenshot({ path: chineseCardShot });

    // Hidden tab URLs need no permission to look up: ask for the active tab, which is this page.
    const worker = await ext.worker();
    const tabId = await worker.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id);
    const popup = await ext.context.newPage();
    await popup.setViewportSize({ width: 380, height: 600 });
    await popup.goto(`chrome-extension://${ext.extensionId}/popup.html?tab=${tabId}`);
    await popup.waitForSelector('[data-entity-id], .empty', { timeout: 10_000 });
    const popupShot = resolve(OUT_DIR, 'popup.png');
    await popup.screenshot({ path: popupShot, fullPage: true });

    const welcome = await ext.context.newPage();
    await welcome.goto(`chrome-extension://${ext.extensionId}/welcome.html`);
    await welcome.locator('h1').waitFor();
    const welcomeShot = resolve(OUT_DIR, 'welcome.png');
    await welcome.screenshot({ path: welcomeShot, fullPage: true });
    console.log(`No display found, so Chromium ran headless. Screenshots written to ${OUT_DIR}/:`);
    console.log(`  ${articleShot}`);
    if (box) console.log(`  ${cardShot}`);
    if (chineseBox) console.log(`  ${chineseCardShot} (a mention in the Chinese paragraph)`);
    console.log(`  ${popupShot}`);
    console.log(`  ${welcomeShot} (the page Backstory opens on install)`);
  }
  await ext.close();
  await server.close();
}

/** Rests the pointer on the first mention inside `within` until its card opens; null if there is none. */
async function openCardAt(page: Page, within: string): Promise<{ x: number; y: number } | null> {
  const box = await page.evaluate((selector) => {
    const scope = document.querySelector(selector);
    const ranges = [...(CSS.highlights.get('backstory-mention') ?? [])] as Range[];
    const first = ranges.find((r) => scope?.contains(r.startContainer));
    first?.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    const rect = first?.getClientRects()[0];
    return rect ? { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 } : null;
  }, within);
  if (!box) return null;
  await page.mouse.move(box.x - 3, box.y);
  await page.mouse.move(box.x, box.y);
  await page.waitForSelector('backstory-card >> [role=dialog]', { timeout: 10_000 });
  await page.waitForTimeout(300);
  return box;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
