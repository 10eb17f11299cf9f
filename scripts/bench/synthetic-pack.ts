/**
 * The scale case's pack (issue 16): a valid context pack with thousands of
 * made-up aliases, a third of them CJK, generated here and never shipped.
 * It is written to storage as an import writes it (run.ts), so the content
 * script meets it the way it would meet a large pack a user imported.
 *
 * The names are pronounceable nonsense (two words of syllables) and runs of
 * common Chinese characters, with the rule mix of a real pack: some names in
 * proper case, some acronyms in exact case, some aliases that need a
 * context term, some short forms. Deterministic: the same pack every run.
 */
import type { Alias, Pack } from '../../lib/pack/schema';

export const SCALE_ALIASES = 5000;
/** Aliases per entity: enough that short forms and context rules have full names beside them. */
const PER_ENTITY = 4;

/** mulberry32: a small seeded generator, so the pack is the same in every run. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ONSETS = ['b', 'd', 'f', 'g', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'z', 'br', 'tr', 'st', 'kl'];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'ai', 'ou'];
const ORG_WORDS = ['Association', 'Institute', 'Council', 'Foundation', 'Bureau', 'Society', 'Federation', 'Committee'];
/** Common characters, so that some runs of them occur on Chinese-language pages, as real names would. */
const HANZI = [...'中国人民大会政府公司社会国家发展经济新闻工作部门委员市区省县警察局站服务中心华侨联合协会海外安全事务文化教育研究学院集团银行交通信息技术科学管理组织团体统一战线和平友好合作'];

export interface ScalePack {
  pack: Pack;
  /** Every alias, in order, for counting. */
  aliases: Alias[];
}

/**
 * A pack with `count` aliases; alias i is CJK when i % 3 === 2, so a third
 * of them are. Latin aliases cycle through the rule mix described above.
 */
export function syntheticPack(count = SCALE_ALIASES, seed = 16): ScalePack {
  const rnd = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
  const used = new Set<string>();
  const unique = (make: () => string): string => {
    for (;;) {
      const text = make();
      if (!used.has(text.toLowerCase())) {
        used.add(text.toLowerCase());
        return text;
      }
    }
  };
  const word = (syllables: number) => {
    let w = '';
    for (let i = 0; i < syllables; i++) w += pick(ONSETS) + pick(VOWELS);
    return w.charAt(0).toUpperCase() + w.slice(1);
  };
  const hanzi = (n: number) => Array.from({ length: n }, () => pick(HANZI)).join('');

  const aliases: Alias[] = [];
  const entities: Pack['entities'] = [];
  for (let i = 0; i < count; i++) {
    const e = Math.floor(i / PER_ENTITY);
    if (i % PER_ENTITY === 0) {
      entities.push({
        id: `scale-entity-${e}`,
        name: `Scale entity ${e}`,
        type: e % 2 === 0 ? 'person' : 'organization',
        aliases: [],
        summary: `A made-up entity for the benchmark's scale case, number ${e}.`,
        facts: [{ label: 'Number', value: String(e), sources: ['scale-source'] }],
      });
    }
    const first = i % PER_ENTITY === 0;
    let alias: Alias;
    if (i % 3 === 2) {
      // Mostly three or four characters; a few two-character names, which match most often.
      alias = { text: unique(() => hanzi(rnd() < 0.15 ? 2 : 3 + Math.floor(rnd() * 2))) };
    } else {
      const kind = i % 10;
      if (kind === 1 && !first) alias = { text: unique(() => word(3).toUpperCase().slice(0, 3 + Math.floor(rnd() * 2))), case: 'exact' };
      else if (kind === 4) alias = { text: unique(() => `${word(2)} ${pick(ORG_WORDS)}`), context: { block: [word(2)] } };
      else if (kind === 7 && !first) alias = { text: unique(() => `the ${word(2).toLowerCase()}`), short: 'page' };
      else alias = { text: unique(() => `${word(2)} ${word(2 + Math.floor(rnd() * 2))}`), ...(kind % 2 === 0 ? { case: 'proper' as const } : {}) };
    }
    aliases.push(alias);
    entities.at(-1)!.aliases.push(alias);
  }
  const pack: Pack = {
    id: 'bench-scale',
    title: `Benchmark scale pack (${count} aliases)`,
    version: '1.0.0',
    language: 'en',
    reviewed: '2026-01-01',
    sources: [{ id: 'scale-source', title: 'Made up for the benchmark', publisher: 'Backstory benchmark', url: 'https://example.org/bench', kind: 'reference' }],
    entities,
  };
  return { pack, aliases };
}
