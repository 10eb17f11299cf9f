/**
 * The browsers of a run, which differ only by the extension they load:
 * - `ext`: the bench build of Backstory (the scan, start-up, heap);
 * - `plain`: none (the main-world floor, mark.js, the heap without us);
 * - `probe`: the floor extension (the content-script floor, floor-extension.ts);
 * - `scale`: Backstory with the synthetic 5,000-alias pack imported (the scale case), when asked for.
 * All refuse every request that leaves 127.0.0.1.
 */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { findChromium, CHROMIUM_HELP } from '../lib/chromium';
import { CHROMIUM_ARGS, launchExtension, type LaunchedExtension } from '../lib/launch';
import { writeFloorExtension } from './floor-extension';
import { initProbe } from './probes';

const VIEWPORT = { width: 1280, height: 900 };

/** The flags launchExtension uses, minus the extension: the two browsers differ only by Backstory. */
const PLAIN_ARGS = CHROMIUM_ARGS;

export interface Browsers {
  ext: LaunchedExtension;
  plainBrowser: Browser;
  plain: BrowserContext;
  probe: LaunchedExtension;
  scale: LaunchedExtension | null;
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

export interface LaunchBrowsersOptions {
  /** Prepares the scale browser (e.g. writes the imported pack into its storage); no scale browser without it. */
  scale?: (scale: LaunchedExtension) => Promise<void>;
}

export async function launchBrowsers(extensionDir: string, options: LaunchBrowsersOptions = {}): Promise<Browsers> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(CHROMIUM_HELP);
  const counter = { blocked: 0 };
  const ext = await launchExtension({ extensionDir, viewport: VIEWPORT });
  const plainBrowser = await chromium.launch({ executablePath, headless: true, args: PLAIN_ARGS });
  // mark.js is injected as a script tag; a page's CSP <meta> must not refuse it.
  const plain = await plainBrowser.newContext({ viewport: VIEWPORT, colorScheme: 'light', bypassCSP: true });
  const floorExtension = writeFloorExtension();
  const probe = await launchExtension({ extensionDir: floorExtension.dir, viewport: VIEWPORT });
  const scale = options.scale ? await launchExtension({ extensionDir, viewport: VIEWPORT }) : null;
  if (scale) await options.scale!(scale);
  for (const context of [ext.context, plain, probe.context, ...(scale ? [scale.context] : [])]) await prepare(context, counter);
  return {
    ext,
    plainBrowser,
    plain,
    probe,
    scale,
    version: plainBrowser.version(),
    get blocked() {
      return counter.blocked;
    },
    async close() {
      await plain.close().catch(() => undefined);
      await plainBrowser.close().catch(() => undefined);
      await ext.close();
      await probe.close();
      await scale?.close();
      floorExtension.remove();
    },
  };
}

/** A fresh tab with the page fully loaded. */
export async function openFresh(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
  return page;
}
