/**
 * The bundled pack in the reader's language (issue 14): every text in English,
 * Simplified and Traditional Chinese (the schema enforces presence and the
 * figures; see lib/pack/validate.ts), each Chinese text in its own script and
 * conventions, names as each press writes them, contested terms neutral.
 */
import { describe, expect, it } from 'vitest';
import { BUNDLED_PACKS } from '../../data';
import { chineseTextVerdict } from '../../lib/language/chinese-script';
import { resolveAll, type LocalText } from '../../lib/pack/localized';
import { packLanguages } from '../../lib/pack/schema';

const [pack] = BUNDLED_PACKS;
if (!pack) throw new Error('no bundled pack');
const inLanguage = (lang: string) => resolveAll(pack, lang, pack);
const hans = inLanguage('zh-Hans');
const hant = inLanguage('zh-Hant');
const entityIn = (p: typeof hans, id: string) => p.entities.find((e) => e.id === id)!;

/** Every translated text of the pack, with where it is. */
function translations(): { path: string; text: Exclude<LocalText, string> }[] {
  const out: { path: string; text: Exclude<LocalText, string> }[] = [];
  const languages = new Set(packLanguages(pack!));
  const walk = (node: unknown, path: string) => {
    if (Array.isArray(node)) return node.forEach((item, i) => walk(item, `${path}[${i}]`));
    if (node === null || typeof node !== 'object') return;
    const entries = Object.entries(node);
    if (entries.every(([k, v]) => languages.has(k) && typeof v === 'string')) out.push({ path, text: node as Exclude<LocalText, string> });
    else for (const [k, v] of entries) walk(v, path ? `${path}.${k}` : k);
  };
  walk(pack, '');
  return out;
}

describe('the bundled pack in three languages', () => {
  it('declares English, Simplified and Traditional Chinese, English first', () => {
    expect(packLanguages(pack)).toEqual(['en', 'zh-Hans', 'zh-Hant']);
  });

  it('gives hundreds of texts in every language', () => {
    expect(translations().length).toBeGreaterThan(500);
  });

  it('writes each Chinese text in its own script', () => {
    const wrong: string[] = [];
    for (const { path, text } of translations()) {
      if (chineseTextVerdict(text['zh-Hans']!).script === 'zh-Hant') wrong.push(`${path}.zh-Hans`);
      if (chineseTextVerdict(text['zh-Hant']!).script === 'zh-Hans') wrong.push(`${path}.zh-Hant`);
    }
    expect(wrong).toEqual([]);
  });

  it('quotes with 「」 in Traditional, as the Taiwan and Hong Kong press does', () => {
    const curly = translations().filter(({ text }) => /[“”]/.test(text['zh-Hant']!)).map(({ path }) => path);
    expect(curly).toEqual([]);
  });

  it('is not a character conversion: Traditional uses Taiwan vocabulary where it differs', () => {
    const all = (texts: string[]) => texts.join('\n');
    const hansText = all(translations().map(({ text }) => text['zh-Hans']!));
    const hantText = all(translations().map(({ text }) => text['zh-Hant']!));
    // 意大利 → 義大利, 信息 → 資訊, 网络 → 網路: a converter would give 意大利, 信息, 網絡.
    expect(hansText).toMatch(/意大利/);
    expect(hantText).not.toMatch(/意大利/);
    expect(hantText).toMatch(/義大利/);
  });

  it('names people and groups as each press writes them', () => {
    expect(entityIn(hans, 'finn-lau').name).toBe('刘祖廸');
    expect(entityIn(hant, 'finn-lau').name).toBe('劉祖廸');
    expect(entityIn(hans, 'wang-jingyu').name).toBe('王靖渝');
    expect(entityIn(hant, 'wang-jingyu').name).toBe('王靖渝');
    expect(entityIn(hans, 'safeguard-defenders').name).toBe('保护卫士');
    expect(entityIn(hant, 'safeguard-defenders').name).toBe('保護衛士');
    expect(entityIn(hant, 'lu-jianwang').name).toMatch(/盧建旺/);
  });

  it("names the stations neutrally and gives each side's name for them", () => {
    for (const p of [hans, hant]) {
      const stations = entityIn(p, 'overseas-police-stations');
      // Our own voice: "service stations", quoted; "police stations" only as what one side calls them.
      expect(stations.name).toMatch(/服[务務]站/);
      expect(stations.name).not.toMatch(/警察站|警署/);
      const names = stations.facts.find((f) => f.sources.includes('rfa-cantonese-2022-10-26-netherlands') && /警署/.test(f.value));
      expect(names?.value, "the critics' name").toMatch(/海外警署/);
      expect(names?.value, "Safeguard Defenders' name").toMatch(/海外警[务務]服[务務]站/);
      expect(names?.value, "the Chinese government's name").toMatch(/[华華][侨僑]服[务務]中心/);
    }
  });

  it('keeps source titles in their original language', () => {
    for (const source of pack.sources) expect(typeof source.title).toBe('string');
  });
});
