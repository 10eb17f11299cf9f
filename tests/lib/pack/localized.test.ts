import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { languagesOf, localizedSchema, resolveAll, resolveText, textIn } from '../../../lib/pack/localized';

const Text = v.pipe(v.string(), v.trim(), v.nonEmpty('must not be empty'));
const issuesOf = (schema: v.GenericSchema, input: unknown) =>
  v.safeParse(schema, input).issues?.map((i) => ({ path: (i.path ?? []).map((p) => p.key).join('.'), message: i.message })) ?? [];

describe('localizedSchema', () => {
  describe('in a pack of one language', () => {
    const schema = localizedSchema(Text, ['en']);

    it('takes a plain string, as packs always did', () => {
      expect(v.parse(schema, 'Madrid')).toBe('Madrid');
    });

    it('takes a map with the pack language', () => {
      expect(v.parse(schema, { en: 'Madrid' })).toEqual({ en: 'Madrid' });
    });

    it('refuses anything else', () => {
      expect(issuesOf(schema, 12)).not.toEqual([]);
      expect(issuesOf(schema, { fr: 'Madrid' })).not.toEqual([]);
    });
  });

  describe('in a pack of several languages', () => {
    const schema = localizedSchema(Text, ['en', 'zh-Hans', 'zh-Hant']);

    it('takes a map with every language', () => {
      const text = { en: 'Madrid', 'zh-Hans': '马德里', 'zh-Hant': '馬德里' };
      expect(v.parse(schema, text)).toEqual(text);
    });

    it('names each missing or empty language', () => {
      expect(issuesOf(schema, { en: 'Madrid', 'zh-Hans': '  ' })).toEqual([
        { path: 'zh-Hans', message: 'must not be empty' },
        { path: 'zh-Hant', message: expect.stringMatching(/Invalid key|required/) },
      ]);
    });

    it('refuses a plain string, which would be English only', () => {
      expect(issuesOf(schema, 'Madrid')).toEqual([
        { path: '', message: expect.stringContaining("in each of the pack's languages (en, zh-Hans, zh-Hant)") },
      ]);
    });

    it('refuses a language the pack does not declare', () => {
      expect(issuesOf(schema, { en: 'a', 'zh-Hans': 'b', 'zh-Hant': 'c', nl: 'd' })).toEqual([
        { path: 'nl', message: expect.stringContaining('Invalid key') },
      ]);
    });
  });
});

describe('resolveText', () => {
  const text = { en: 'Madrid', 'zh-Hans': '马德里', 'zh-Hant': '' };

  it('gives the language asked for', () => {
    expect(resolveText(text, 'zh-Hans', 'en')).toEqual({ text: '马德里', lang: 'zh-Hans' });
  });

  it("falls back to the pack's own language, and says so", () => {
    expect(resolveText(text, 'nl', 'en')).toEqual({ text: 'Madrid', lang: 'en' });
    expect(resolveText(text, 'zh-Hant', 'en')).toEqual({ text: 'Madrid', lang: 'en' });
  });

  it('reads a plain string as the pack language', () => {
    expect(resolveText('Madrid', 'zh-Hans', 'en')).toEqual({ text: 'Madrid', lang: 'en' });
    expect(textIn('Madrid', 'zh-Hans', 'en')).toBe('Madrid');
    expect(languagesOf('Madrid', 'en')).toEqual(['en']);
    expect(languagesOf(text, 'en')).toEqual(['en', 'zh-Hans', 'zh-Hant']);
  });
});

describe('resolveAll', () => {
  const pack = { language: 'en', languages: ['en', 'zh-Hans', 'zh-Hant'] };
  const entity = {
    id: 'finn-lau',
    name: { en: 'Finn Lau', 'zh-Hans': '刘祖廸', 'zh-Hant': '劉祖廸' },
    aliases: [{ text: 'Finn Lau' }],
    facts: [{ label: { en: 'Born', 'zh-Hans': '出生', 'zh-Hant': '出生' }, value: 'Hong Kong', sources: ['a'] }],
  };

  it('resolves every translated text and leaves the rest as it is', () => {
    expect(resolveAll(entity, 'zh-Hant', pack)).toEqual({
      id: 'finn-lau',
      name: '劉祖廸',
      aliases: [{ text: 'Finn Lau' }],
      facts: [{ label: '出生', value: 'Hong Kong', sources: ['a'] }],
    });
  });

  it("falls back to the pack's language", () => {
    expect(resolveAll(entity, 'nl', pack).name).toBe('Finn Lau');
  });

  it('does not take an object of strings for a text unless its keys are the pack languages', () => {
    const source = { id: 'a', title: 'T', url: 'https://example.org' };
    expect(resolveAll(source, 'zh-Hans', pack)).toEqual(source);
  });
});
