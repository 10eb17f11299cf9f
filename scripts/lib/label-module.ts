/**
 * A Vite plugin providing `virtual:backstory-labels`: the words of the card
 * and the entity details (`entity.*`, `card.*`, `story.*`, `citation.*` in locales/*.yml)
 * in every language we have a locale for, keyed by the pack language each
 * serves (`zh_CN.yml` → `zh-Hans`, `zh_TW.yml` → `zh-Hant`).
 *
 * The browser's i18n API gives strings in its interface language only. A card
 * that shows a Traditional Chinese page's context in Traditional Chinese
 * should say 來源, not Sources, even in an English browser: one language per
 * card, so its `lang` is true of every word in it (issue 14). The background
 * and the popup import this table; the content script never does, it receives
 * the labels with the entity (extension/messages.ts), so the table costs it nothing.
 */
import { parseMessagesFile, type ParsedMessage } from '@wxt-dev/i18n/build';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { chineseScriptOf } from '../../lib/language/tags.ts';

const ID = 'virtual:backstory-labels';
const RESOLVED = `\0${ID}`;

export const LOCALES_DIR = fileURLToPath(new URL('../../locales', import.meta.url));

/** The sections a card or an entity's details use (`citation`: the copy buttons and the text they copy). */
const SECTIONS = new Set(['entity', 'card', 'story', 'citation']);

export type LabelTable = Record<string, Record<string, string>>;

/** The pack language a locale file serves, from its `extension.lang`: a Chinese locale by its script. */
export function labelLanguage(lang: string): string {
  const script = chineseScriptOf(lang);
  return script === 'zh-Hans' || script === 'zh-Hant' ? script : lang;
}

/** One locale file's simple messages of the card's sections, by dotted key (plurals are the popup's, not the card's). */
export function cardMessages(messages: readonly ParsedMessage[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of messages) {
    if (m.type === 'simple' && SECTIONS.has(m.key[0]!)) out[m.key.join('.')] = m.message;
  }
  return out;
}

export async function readLabelTable(dir = LOCALES_DIR): Promise<LabelTable> {
  const table: LabelTable = {};
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.yml')).sort()) {
    const messages = await parseMessagesFile(join(dir, name));
    const lang = messages.find((m) => m.key.join('.') === 'extension.lang');
    if (!lang || lang.type !== 'simple') throw new Error(`${name}: extension.lang is missing; it names the file's language`);
    table[labelLanguage(lang.message)] = cardMessages(messages);
  }
  return table;
}

export function labelModule(): Plugin {
  return {
    name: 'backstory-labels',
    resolveId: (id) => (id === ID ? RESOLVED : undefined),
    async load(id) {
      if (id !== RESOLVED) return undefined;
      for (const name of readdirSync(LOCALES_DIR)) this.addWatchFile(join(LOCALES_DIR, name));
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(await readLabelTable()))});\n`;
    },
  };
}
