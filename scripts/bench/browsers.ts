/**
 * The two browsers of a run: Chromium with the bench build of the extension
 * (for the scan), and the same Chromium without it (for the floor and
 * mark.js, so that nothing of ours runs in those pages). Both refuse every
 * request that leaves 127.0.0.1.
 */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { findChromium, CHROMIUM_HELP } from '../lib/chromium';
import { CHROMIUM_ARGS, launchExtension, type LaunchedExtension } from '../lib/launch';
import { initProbe } from './probes';

const VIEWPORT = { width: 1280, height: 900 };

/** The flags launchExtension uses, minus the extension: the two browsers differ only by Backstory. */
const PLAIN_ARGS = CHROMIUM_ARGS;

export interface Browsers {
  ext: LaunchedExtension;
  plainBrowser: Browser;
  plain: BrowserContext;
  version: string;
  /** Requests refused (they would have left 127.0.0.1). */
  blocked: number;
  close(): Promise<void>;
}

async function prepare(context: BrowserContext, counter: { blocked: number }): Promise<void> {
  await context.route(
    (url) => url.hostname !== '127.0.0.1' && url.protocol.startsWith('http'),
    (route) => {
      counter.blocked++;
      return route.abort('blockedbyclient');
    },
  );
  await context.addInitScript(initProbe);
}

export async function launchBrowsers(extensionDir: string): Promise<Browsers> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(CHROMIUM_HELP);
  const counter = { blocked: 0 };
  const ext = await launchExtension({ extensionDir, viewport: VIEWPORT });
  const plainBrowser = await chromium.launch({ executablePath, headless: true, args: PLAIN_ARGS });
  // mark.js is injected as a script tag; a page's CSP <meta> must not refuse it.
  const plain = await plainBrowser.newContext({ viewport: VIEWPORT, colorScheme: 'light', bypassCSP: true });
  await prepare(ext.context, counter);
  await prepare(plain, counter);
  return {
    ext,
    plainBrowser,
    plain,
    version: plainBrowser.version(),
    get blocked() {
      return counter.blocked;
    },
    async close() {
      await plain.close().catch(() => undefined);
      await plainBrowser.close().catch(() => undefined);
      await ext.close();
    },
  };
}

/** A fresh tab with the page fully loaded. */
export async function openFresh(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
  return page;
}
