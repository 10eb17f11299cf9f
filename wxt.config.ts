import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { aliasModule } from './scripts/lib/alias-module';
import { assertBundledPacksValid } from './scripts/lib/bundled-packs';
import { labelModule } from './scripts/lib/label-module';

// https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill', '@wxt-dev/i18n/module'],
  imports: false,
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  publicDir: 'public',
  manifest: ({ browser }) => ({
    // Strings live in locales/*.yml (@wxt-dev/i18n); the browser picks the language.
    default_locale: 'en',
    name: '__MSG_extension_name__',
    description: '__MSG_extension_description__',
    // storage: settings. scripting: the content script is registered at runtime, or injected on a
    // click in manual mode, with activeTab (extension/content-script.ts). Host permissions are
    // only the content script's matches, which WXT adds.
    permissions: ['storage', 'scripting', 'activeTab'],
    action: { default_title: 'Backstory' },
    // Alt+Shift+J/K: free in Chrome (which takes Alt+Shift+A, B, I, T) and in Firefox; rebindable by the user.
    commands: {
      'next-mention': { suggested_key: { default: 'Alt+Shift+J' }, description: '__MSG_card_nextMention__' },
      'previous-mention': { suggested_key: { default: 'Alt+Shift+K' }, description: '__MSG_card_previousMention__' },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: { id: 'backstory@backstory.invalid', data_collection_permissions: { required: ['none'] } },
          },
        }
      : {}),
  }),
  zip: {
    // The sources archive Firefox's reviewers build from: source, not local output of tests, demo or benchmark.
    excludeSources: ['test-results/**', 'bench-results/**', 'demo-output/**', 'docs/screenshots/**'],
  },
  hooks: {
    // An invalid context pack must fail the build itself, not only `npm run check:packs`.
    'build:before': () => {
      assertBundledPacksValid();
    },
  },
  vite: () => ({
    plugins: [preact(), aliasModule(), labelModule()],
    // Vite's modulepreload polyfill fetch()es chunks; extension pages run in browsers that preload natively,
    // and a bundle without fetch is one a reviewer can check for network code at a glance.
    build: { modulePreload: { polyfill: false } },
  }),
});
