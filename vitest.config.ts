import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { aliasModule } from './scripts/lib/alias-module.ts';
import { labelModule } from './scripts/lib/label-module.ts';

/** End-to-end files with a time budget in them. */
const TIMED_E2E = ['tests/e2e/hostile.e2e.test.ts', 'tests/e2e/hover-timing.e2e.test.ts'];

export default defineConfig({
  test: {
    projects: [
      {
        // Pure logic, DOM (happy-dom, opted into per file) and extension code against fakeBrowser.
        // labelModule: the card's words by language (virtual:backstory-labels), as the build has them;
        // aliasModule: the bundled packs compiled (virtual:backstory-aliases), as the build has them.
        plugins: [WxtVitest(), labelModule(), aliasModule()],
        test: {
          name: 'unit',
          include: ['tests/**/*.test.{ts,tsx}'],
          exclude: ['tests/e2e/**', 'tests/firefox/**'],
          environment: 'node',
          // Generous for a loaded 2-core CI machine; no test here depends on timing.
          testTimeout: 15_000,
        },
      },
      {
        // Real Chromium with the built extension: see tests/e2e/support/browser.ts.
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.e2e.test.ts'],
          exclude: [...TIMED_E2E],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // Each file launches its own browser; two at once fill the two cores.
          maxWorkers: 2,
        },
      },
      {
        // The same, for the files that hold our work to a time budget (no task of ours over 50 ms on a
        // huge page; the card opening and closing ~300 ms after the pointer rests): run after the
        // others, alone, so that another browser on the same two cores does not count as ours.
        // Speed itself is measured by `npm run bench`.
        test: {
          name: 'e2e-timed',
          include: [...TIMED_E2E],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 60_000,
          maxWorkers: 1,
        },
      },
      {
        // Firefox ESR through web-ext: see tests/firefox/firefox.test.ts.
        test: {
          name: 'firefox',
          include: ['tests/firefox/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
        },
      },
    ],
  },
});
