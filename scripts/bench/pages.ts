/**
 * The pages the benchmark loads: the shared corpus with scripts stripped,
 * the dense variants (story paragraphs inserted every few blocks) and the
 * paragraphs the append case feeds in. Everything about the story comes from
 * the bundled packs, so the figures follow the pack as it grows.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUNDLED_PACKS } from '../../data';
import { contextOf, GAP, segmentsOf } from '../../lib/match/alias-rules';
import type { Alias } from '../../lib/pack/schema';

/** The shared corpus beside the checkout; BACKSTORY_CORPUS points elsewhere. */
export const CORPUS_DIR = process.env.BACKSTORY_CORPUS ?? fileURLToPath(new URL('../../../shared/corpus/pages', import.meta.url));

export interface CorpusPage {
  name: string;
  file: string;
  bytes: number;
}

export function corpusPages(dir = CORPUS_DIR): CorpusPage[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map((f) => ({ name: basename(f, '.html'), file: join(dir, f), bytes: statSync(join(dir, f)).size }));
}

/**
 * The page without its own scripts: they would reach for the network (blocked
 * anyway) and rewrite the DOM at random moments. Inline event handlers stay;
 * with no script to call they fail harmlessly. A regex is enough here: the
 * HTML tokenizer also ends a script at the first `</script`.
 */
export function stripScripts(html: string): string {
  return html.replace(/<script\b[^>]*>[\s\S]*?<\/script\s*>/gi, '').replace(/<script\b[^>]*>[\s\S]*$/i, '');
}

export function readCorpusPage(page: CorpusPage): string {
  // Corpus pages are served as UTF-8 whatever their <meta> claims (qq.html lies).
  return stripScripts(readFileSync(page.file, 'utf8'));
}

const CJK = /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]/;

function entities() {
  return BUNDLED_PACKS.flatMap((pack) => pack.entities);
}

/** Every alias of every bundled entity, deduplicated: what mark.js is asked to mark. */
export function allAliases(): { latin: string[]; cjk: string[] } {
  const seen = new Set<string>();
  const latin: string[] = [];
  const cjk: string[] = [];
  for (const entity of entities()) {
    for (const alias of entity.aliases) {
      // An alias with gaps, as written without any word in them.
      const text = segmentsOf(alias.text).join(' ');
      if (seen.has(text)) continue;
      seen.add(text);
      (CJK.test(text) ? cjk : latin).push(text);
    }
  }
  return { latin, cjk };
}

/**
 * Latin aliases that count wherever they appear, plus the context term that makes the others count
 * (in the same paragraph, which satisfies block and page context alike). Short forms, aliases with
 * gaps or limited to some languages, and aliases with terms that stop them are left out: a story
 * made of names alone cannot be sure to make them count.
 */
function storyNames(): string[] {
  const names: string[] = [];
  const usable = (a: Alias) => !CJK.test(a.text) && !a.short && !a.lang && !a.unless && !a.text.includes(GAP);
  for (const entity of entities()) {
    for (const alias of entity.aliases.filter(usable)) {
      // One term of each condition, in the same paragraph: that meets block and page conditions alike.
      const terms = (contextOf(alias) ?? []).map((c) => c.block[0] ?? c.page[0]);
      names.push(terms.length > 0 ? `${alias.text} (${terms.join(', ')})` : alias.text);
    }
  }
  if (names.length === 0) throw new Error('the bundled packs have no Latin-script alias to write a story with');
  return names;
}

const FILLER = [
  'The findings were based on public records, court filings and interviews conducted over several months',
  'Officials in three European capitals said they had opened inquiries after the report was published',
  'Critics of the investigation argued that some of the locations were ordinary community associations',
  'The government in Beijing has rejected the allegations and described the offices as volunteer service centres',
  'Lawmakers asked the interior ministry to explain what it had known and when it had first been told',
  'Several of the people named in the documents could not be reached for comment on Tuesday',
];

/**
 * One paragraph about the story with `mentions` mentions of bundled aliases.
 * The word after each name is never one of an alias's exclusion phrases.
 */
export function storyParagraph(seed: number, mentions = 3): string {
  const names = storyNames();
  const parts: string[] = [];
  for (let i = 0; i < mentions; i++) {
    const name = names[(seed + i) % names.length]!;
    const filler = FILLER[(seed * 7 + i) % FILLER.length]!;
    parts.push(`According to ${name}, ${filler.charAt(0).toLowerCase()}${filler.slice(1)} (item ${seed}.${i}).`);
  }
  return parts.join(' ');
}

/** A paragraph with no mention, for the append case's mix. */
export function plainParagraph(seed: number): string {
  const parts: string[] = [];
  for (let i = 0; i < 3; i++) parts.push(`${FILLER[(seed * 5 + i) % FILLER.length]!} (note ${seed}.${i}).`);
  return parts.join(' ');
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Where a new paragraph can follow a block: after its end tag, inside the body. */
const BLOCK_END = /<\/(?:p|li|div|h[1-6]|blockquote|section|article)\s*>/gi;

/**
 * The page with a story paragraph (3 mentions each) after every few block
 * ends, spaced so that about `paragraphs` are inserted.
 */
export function densePage(html: string, paragraphs: number): string {
  const bodyAt = html.search(/<body\b/i);
  const from = bodyAt < 0 ? 0 : bodyAt;
  const ends = [...html.slice(from).matchAll(BLOCK_END)].map((m) => from + m.index + m[0].length);
  const every = Math.max(1, Math.floor(ends.length / paragraphs));
  let out = '';
  let last = 0;
  let seed = 0;
  for (let i = every - 1; i < ends.length && seed < paragraphs; i += every) {
    out += html.slice(last, ends[i]) + `<p>${escapeHtml(storyParagraph(seed++))}</p>`;
    last = ends[i]!;
  }
  return out + html.slice(last);
}
