/**
 * Every UI string exists in every language, with the same placeholders, and
 * the two Chinese files are written in their own script.
 */
import { parseMessagesFile, type ParsedMessage } from '@wxt-dev/i18n/build';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const LOCALES = ['en', 'zh_CN', 'zh_TW'] as const;
const dir = resolve(import.meta.dirname, '../locales');

type Messages = Map<string, ParsedMessage>;
const messages = {} as Record<(typeof LOCALES)[number], Messages>;

function texts(m: ParsedMessage): string[] {
  return m.type === 'plural' ? Object.values(m.plurals) : [m.message];
}

function placeholders(m: ParsedMessage): string[] {
  return [...new Set(texts(m).flatMap((t) => t.match(/\$\d/g) ?? []))].sort();
}

/** Characters that exist only in one of the two scripts (common ones that the UI uses). */
const SIMPLIFIED_ONLY = /[这个们没设关开级显条导档发读删择标页单览释实时页网从应务报录护卫监对选进区请确]/;
const TRADITIONAL_ONLY = /[這個們沒設關開級顯條導檔發讀刪擇標頁單覽釋實時網從應務報錄護衛監對選進區請確]/;

describe('locales', () => {
  beforeAll(async () => {
    for (const locale of LOCALES) {
      const parsed = await parseMessagesFile(resolve(dir, `${locale}.yml`));
      messages[locale] = new Map(parsed.map((m) => [m.key.join('.'), m]));
    }
  });

  it.each(LOCALES.filter((l) => l !== 'en'))('%s has every key of en, and no other', (locale) => {
    expect([...messages[locale].keys()].sort()).toEqual([...messages.en.keys()].sort());
  });

  it.each(LOCALES.filter((l) => l !== 'en'))('%s uses the same placeholders as en', (locale) => {
    const differ = [...messages.en].filter(([key, m]) => {
      const other = messages[locale].get(key);
      return other && placeholders(other).join() !== placeholders(m).join();
    });
    expect(differ.map(([key]) => key)).toEqual([]);
  });

  it.each(LOCALES)('%s has no empty message', (locale) => {
    const empty = [...messages[locale]].filter(([, m]) => texts(m).some((t) => t.trim() === ''));
    expect(empty.map(([key]) => key)).toEqual([]);
  });

  it('zh_CN is written in simplified characters and zh_TW in traditional ones', () => {
    const all = (locale: 'zh_CN' | 'zh_TW') => [...messages[locale].values()].flatMap(texts).join('\n');
    expect(all('zh_CN').match(new RegExp(TRADITIONAL_ONLY, 'g')) ?? []).toEqual([]);
    expect(all('zh_TW').match(new RegExp(SIMPLIFIED_ONLY, 'g')) ?? []).toEqual([]);
  });
});
