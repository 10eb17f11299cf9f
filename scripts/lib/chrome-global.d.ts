// Code passed to a Playwright `worker.evaluate()` (e2e tests, demo, benchmark) runs in the extension's service worker, where `chrome` is the extension API.
import type { browser } from 'wxt/browser';

declare global {
  const chrome: typeof browser;
}
