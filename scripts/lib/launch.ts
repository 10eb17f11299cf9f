/**
 * Starts Chromium with the built extension loaded, for the e2e tests, the
 * demo and the benchmark. Background networking is off: this machine has no
 * network, and the extension must not need one.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { CHROMIUM_HELP, findChromium } from './chromium';

/** `BACKSTORY_EXTENSION_DIR` points at a copy of a build, so that a test run survives another build in the same checkout. */
export const EXTENSION_DIR = process.env.BACKSTORY_EXTENSION_DIR ?? fileURLToPath(new URL('../../.output/chrome-mv3', import.meta.url));

/**
 * Flags for every Chromium we start (tests, demo, benchmark): no sandbox as root, and no background
 * networking, which this machine cannot reach and the extension must not need.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

export interface LaunchedExtension {
  context: BrowserContext;
  extensionId: string;
  /** The extension's service worker, for calling `chrome.*` as the extension. */
  worker(): Promise<Worker>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  extensionDir?: string;
  headless?: boolean;
  colorScheme?: 'light' | 'dark';
  viewport?: { width: number; height: number };
  /** UI language, e.g. 'zh-CN', which also picks the extension's locale. */
  uiLanguage?: string;
  /** Leave open the welcome page Backstory opens on install; by default it is closed, out of other tests' way. */
  keepWelcome?: boolean;
}

/** Chromium on Linux takes its UI language, and so the extension's locale, from the environment. */
function uiLanguageOptions(language: string) {
  const posix = language.replace('-', '_');
  return { locale: language, env: { ...process.env, LANGUAGE: posix, LANG: `${posix}.UTF-8` } };
}

export async function launchExtension(options: LaunchOptions = {}): Promise<LaunchedExtension> {
  const extensionDir = extensionDirOf(options);
  const { context, userDataDir } = await startChromium(options, [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`]);
  return attachExtension(context, userDataDir, extensionDir, options);
}

function extensionDirOf(options: LaunchOptions): string {
  const extensionDir = options.extensionDir ?? EXTENSION_DIR;
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension in ${extensionDir}: run \`npm run build\` first.`);
  }
  return extensionDir;
}

async function startChromium(options: LaunchOptions, extensionArgs: string[], ignoreDefaultArgs: string[] = []) {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(CHROMIUM_HELP);
  const userDataDir = mkdtempSync(join(tmpdir(), 'backstory-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: options.headless ?? true,
    colorScheme: options.colorScheme ?? 'light',
    viewport: options.viewport ?? { width: 1280, height: 900 },
    ...(options.uiLanguage ? uiLanguageOptions(options.uiLanguage) : {}),
    ignoreDefaultArgs,
    args: [...extensionArgs, ...CHROMIUM_ARGS, ...(options.uiLanguage ? [`--lang=${options.uiLanguage}`] : [])],
  });
  return { context, userDataDir };
}

async function attachExtension(context: BrowserContext, userDataDir: string, extensionDir: string, options: LaunchOptions): Promise<LaunchedExtension> {
  const worker = async (): Promise<Worker> => {
    const live = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
    return live ?? context.waitForEvent('serviceworker', { timeout: 15_000 });
  };
  const extensionId = new URL((await worker()).url()).host;
  // The background registers the content script at runtime (extension/content-script.ts): a page
  // opened before that would run without it. A fresh profile is in automatic mode, so it comes.
  await (await worker()).evaluate(async () => {
    for (let i = 0; i < 200; i++) {
      if ((await chrome.scripting.getRegisteredContentScripts()).length > 0) return;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  });
  // Backstory opens its welcome page on install (the benchmark's probe extension has none).
  if (!options.keepWelcome && existsSync(join(extensionDir, 'welcome.html'))) {
    const welcome = await waitForWelcome(context, extensionId);
    // Closed while still loading, the page leaves Chromium's next extension page without its locale
    // (chrome.i18n.getMessage answers '' in zh-TW): let it finish first, as a reader's would.
    await welcome.waitForLoadState('load');
    await welcome.locator('h1').waitFor();
    await welcome.close();
  }
  return {
    context,
    extensionId,
    worker,
    async close() {
      await context.close().catch(() => undefined);
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** The welcome page Backstory opens on install (extension/first-run.ts). */
export async function waitForWelcome(context: BrowserContext, extensionId: string, timeout = 15_000): Promise<Page> {
  const url = `chrome-extension://${extensionId}/welcome.html`;
  for (const deadline = Date.now() + timeout; Date.now() < deadline; ) {
    const page = context.pages().find((p) => p.url() === url);
    if (page) return page;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`Backstory's welcome page did not open on install (${url})`);
}

export interface BrowserBeforeInstall {
  context: BrowserContext;
  /**
   * Installs Backstory as a reader would into a running browser: the pages already open stay as they are.
   * Called again, it loads the same build over itself, which Chrome treats as an update (storage kept,
   * `runtime.onInstalled` with reason "update").
   */
  install(): Promise<LaunchedExtension>;
  /** Closes the browser, installed or not. */
  close(): Promise<void>;
}

/**
 * Chromium without Backstory, which a test installs later (through the
 * DevTools protocol's Extensions.loadUnpacked), so that it can open pages
 * before the install. Playwright's default `--disable-extensions` would
 * leave the loaded extension switched off.
 */
export async function launchBeforeInstall(options: LaunchOptions = {}): Promise<BrowserBeforeInstall> {
  const extensionDir = extensionDirOf(options);
  const { context, userDataDir } = await startChromium(options, ['--enable-unsafe-extension-debugging'], ['--disable-extensions']);
  return {
    context,
    async install() {
      // On an update, wait for the old service worker to go, so that the new one is the one found.
      const old = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
      const gone = old ? new Promise((resolve) => old.once('close', resolve)) : undefined;
      const session = await context.browser()!.newBrowserCDPSession();
      await session.send('Extensions.loadUnpacked', { path: extensionDir });
      await session.detach();
      await gone;
      return attachExtension(context, userDataDir, extensionDir, options);
    },
    async close() {
      await context.close().catch(() => undefined);
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
