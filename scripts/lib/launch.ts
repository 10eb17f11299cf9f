/**
 * Starts Chromium with the built extension loaded, for the e2e tests, the
 * demo and the benchmark. Background networking is off: this machine has no
 * network, and the extension must not need one.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
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
}

/** Chromium on Linux takes its UI language, and so the extension's locale, from the environment. */
function uiLanguageOptions(language: string) {
  const posix = language.replace('-', '_');
  return { locale: language, env: { ...process.env, LANGUAGE: posix, LANG: `${posix}.UTF-8` } };
}

export async function launchExtension(options: LaunchOptions = {}): Promise<LaunchedExtension> {
  const extensionDir = options.extensionDir ?? EXTENSION_DIR;
  const executablePath = findChromium();
  if (!executablePath) throw new Error(CHROMIUM_HELP);
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension in ${extensionDir}: run \`npm run build\` first.`);
  }
  const userDataDir = mkdtempSync(join(tmpdir(), 'backstory-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: options.headless ?? true,
    colorScheme: options.colorScheme ?? 'light',
    viewport: options.viewport ?? { width: 1280, height: 900 },
    ...(options.uiLanguage ? uiLanguageOptions(options.uiLanguage) : {}),
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      ...CHROMIUM_ARGS,
      ...(options.uiLanguage ? [`--lang=${options.uiLanguage}`] : []),
    ],
  });
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
