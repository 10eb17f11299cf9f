/**
 * Recall and precision of detection on the development set (tests/data/detection/*.json).
 *
 * Each item of the set is a small page: its paragraphs become the `<p>` blocks of one HTML
 * document whose `<html lang>` is the file's language (or the item's own `lang`; "" leaves the
 * attribute out, so that script has to decide). The page goes through a scan function, which the
 * CLI and the tests wire to the scan CLI's own path (scan-html.ts), and the set of entities found
 * on the page is compared with the set a careful reader says the text names.
 *
 * Counting is per page and entity: an expected entity found anywhere on the page is a hit, one not
 * found is a miss, and an entity found but not expected is a false mention. Recall is hits over
 * expected pairs; precision is hits over hits plus false mentions.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import * as v from 'valibot';

/** The languages of the set, one file each; BCP 47 tags, as the file's `lang`. */
export const DETECTION_LANGS = ['en', 'zh-Hans', 'zh-Hant', 'nl', 'es', 'it', 'de', 'fr', 'pt'] as const;
export type DetectionLang = (typeof DETECTION_LANGS)[number];

/** What the set must hold (issue 13): enough of each kind that a per-language figure means something. */
export const SET_MINIMA = {
  positives: 200,
  negatives: 60,
  positivesPerLanguage: 15,
  negativesPerLanguage: 5,
  positivesPerEntity: 3,
} as const;

const ItemSchema = v.strictObject({
  id: v.pipe(v.string(), v.regex(/^[a-zA-Z-]+-\d{3}$/, 'must look like "nl-007"')),
  lang: v.optional(v.string()),
  paragraphs: v.pipe(v.array(v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty'))), v.minLength(1, 'needs at least one paragraph')),
  entities: v.array(v.string()),
  pattern: v.pipe(v.string(), v.minLength(1, 'must not be empty')),
  note: v.optional(v.string()),
});

const FileSchema = v.strictObject({
  lang: v.picklist(DETECTION_LANGS, `must be one of ${DETECTION_LANGS.join(', ')}`),
  items: v.array(ItemSchema),
});

export type DetectionItem = v.InferOutput<typeof ItemSchema>;
export type DetectionFile = v.InferOutput<typeof FileSchema> & { file: string };

/** Parses one file of the set; throws an error naming the file and the path of every bad field. */
export function parseDetectionFile(text: string, file: string): DetectionFile {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new Error(`${file}: not valid JSON: ${(error as Error).message}`, { cause: error });
  }
  const result = v.safeParse(FileSchema, json);
  if (!result.success) {
    const lines = result.issues.map((issue) => {
      const path = (issue.path ?? []).map((p) => (typeof p.key === 'number' ? `[${p.key}]` : `.${String(p.key)}`)).join('');
      return `${file}: ${path === '' ? '(file)' : path.replace(/^\./, '')}: ${issue.message}`;
    });
    throw new Error(lines.join('\n'));
  }
  return { ...result.output, file };
}

/** Every `*.json` file of a folder, parsed, in the order of DETECTION_LANGS then by name. */
export function loadDetectionSet(dir: string): DetectionFile[] {
  const names = readdirSync(dir).filter((name) => name.endsWith('.json'));
  const rank = (name: string) => {
    const i = (DETECTION_LANGS as readonly string[]).indexOf(name.replace(/\.json$/, ''));
    return i < 0 ? DETECTION_LANGS.length : i;
  };
  names.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  return names.map((name) => parseDetectionFile(readFileSync(join(dir, name), 'utf8'), join(dir, name)));
}

/**
 * Problems with the set itself: ids not unique or not prefixed by their file's language, an entity
 * id the packs do not have or listed twice, a file not named for its language, and (unless
 * `minima` is false, as for a small or held-out set) a missing language or counts under
 * SET_MINIMA. An empty list means the set is fit to measure with.
 */
export function validateDetectionSet(files: readonly DetectionFile[], knownEntityIds: ReadonlySet<string>, { minima = true } = {}): string[] {
  const problems: string[] = [];
  const seen = new Map<string, string>();
  const positivesPerEntity = new Map<string, number>([...knownEntityIds].map((id) => [id, 0]));
  let positives = 0;
  let negatives = 0;
  for (const f of files) {
    if (!f.file.replace(/\\/g, '/').endsWith(`/${f.lang}.json`) && f.file !== `${f.lang}.json`) {
      problems.push(`${f.file}: a file of lang ${f.lang} must be named ${f.lang}.json`);
    }
    let pos = 0;
    let neg = 0;
    for (const item of f.items) {
      const where = `${f.file}: ${item.id}`;
      const earlier = seen.get(item.id);
      if (earlier) problems.push(`${where}: id already used in ${earlier}`);
      seen.set(item.id, f.file);
      if (!item.id.startsWith(`${f.lang}-`)) problems.push(`${where}: id must start with "${f.lang}-"`);
      const listed = new Set<string>();
      for (const entity of item.entities) {
        if (!knownEntityIds.has(entity)) problems.push(`${where}: unknown entity id ${entity}`);
        if (listed.has(entity)) problems.push(`${where}: entity ${entity} listed twice`);
        listed.add(entity);
        if (positivesPerEntity.has(entity)) positivesPerEntity.set(entity, positivesPerEntity.get(entity)! + 1);
      }
      if (item.entities.length > 0) pos++;
      else neg++;
    }
    if (minima && pos < SET_MINIMA.positivesPerLanguage) problems.push(`${f.file}: ${pos} positive items, fewer than ${SET_MINIMA.positivesPerLanguage}`);
    if (minima && neg < SET_MINIMA.negativesPerLanguage) problems.push(`${f.file}: ${neg} negative items, fewer than ${SET_MINIMA.negativesPerLanguage}`);
    positives += pos;
    negatives += neg;
  }
  const langs = new Set(files.map((f) => f.lang));
  if (langs.size !== files.length) problems.push('two files share a language');
  if (!minima) return problems;
  for (const lang of DETECTION_LANGS) if (!langs.has(lang)) problems.push(`no file for ${lang}`);
  if (positives < SET_MINIMA.positives) problems.push(`${positives} positive items in all, fewer than ${SET_MINIMA.positives}`);
  if (negatives < SET_MINIMA.negatives) problems.push(`${negatives} negative items in all, fewer than ${SET_MINIMA.negatives}`);
  for (const [entity, n] of positivesPerEntity) {
    if (n < SET_MINIMA.positivesPerEntity) problems.push(`entity ${entity}: ${n} positive items, fewer than ${SET_MINIMA.positivesPerEntity}`);
  }
  return problems;
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The `<html lang>` an item's page carries: its own, else its file's; "" for none. */
export const pageLang = (item: DetectionItem, fileLang: string): string => item.lang ?? fileLang;

/** The item as the HTML page the scanner reads: one `<p>` per paragraph inside an article. */
export function itemHtml(item: DetectionItem, fileLang: string): string {
  const lang = pageLang(item, fileLang);
  const langAttr = lang === '' ? '' : ` lang="${escapeHtml(lang)}"`;
  const paragraphs = item.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n');
  return `<!doctype html>\n<html${langAttr}>\n<head><meta charset="utf-8"></head>\n<body><article>\n${paragraphs}\n</article></body>\n</html>\n`;
}

export interface FoundMention {
  entity: string;
  text: string;
}

export type ScanPage = (html: string) => readonly FoundMention[];

export interface Tally {
  expected: number;
  found: number;
  /** found / expected; null when nothing was expected. */
  recall: number | null;
  falseMentions: number;
}

export interface Miss {
  item: string;
  lang: string;
  pattern: string;
  entity: string;
  /** The item's paragraphs. */
  text: string[];
}

export interface FalseMention {
  item: string;
  lang: string;
  pattern: string;
  entity: string;
  /** Each distinct page text that matched. */
  matched: string[];
}

export interface DetectionReport {
  items: number;
  positives: number;
  negatives: number;
  overall: Tally & { precision: number | null };
  byEntity: Record<string, Tally>;
  byLanguage: Record<string, Tally>;
  byPattern: Record<string, Tally>;
  misses: Miss[];
  falseMentions: FalseMention[];
}

const emptyTally = (): Tally => ({ expected: 0, found: 0, recall: null, falseMentions: 0 });

function tallyIn(table: Record<string, Tally>, key: string): Tally {
  return (table[key] ??= emptyTally());
}

function finish(t: Tally): void {
  t.recall = t.expected === 0 ? null : t.found / t.expected;
}

/** Scans every item of the set and counts hits, misses and false mentions. */
export function evaluateDetection(files: readonly DetectionFile[], scan: ScanPage): DetectionReport {
  const report: DetectionReport = {
    items: 0,
    positives: 0,
    negatives: 0,
    overall: { ...emptyTally(), precision: null },
    byEntity: {},
    byLanguage: {},
    byPattern: {},
    misses: [],
    falseMentions: [],
  };
  for (const f of files) {
    for (const item of f.items) {
      report.items++;
      if (item.entities.length > 0) report.positives++;
      else report.negatives++;
      const found = new Map<string, Set<string>>();
      for (const m of scan(itemHtml(item, f.lang))) {
        let texts = found.get(m.entity);
        if (!texts) found.set(m.entity, (texts = new Set()));
        texts.add(m.text);
      }
      const expected = new Set(item.entities);
      const lang = tallyIn(report.byLanguage, f.lang);
      const pattern = tallyIn(report.byPattern, item.pattern);
      for (const entity of expected) {
        const hit = found.has(entity) ? 1 : 0;
        for (const t of [report.overall, lang, pattern, tallyIn(report.byEntity, entity)]) {
          t.expected++;
          t.found += hit;
        }
        if (!hit) report.misses.push({ item: item.id, lang: f.lang, pattern: item.pattern, entity, text: item.paragraphs });
      }
      for (const [entity, texts] of found) {
        if (expected.has(entity)) continue;
        for (const t of [report.overall, lang, pattern, tallyIn(report.byEntity, entity)]) t.falseMentions++;
        report.falseMentions.push({ item: item.id, lang: f.lang, pattern: item.pattern, entity, matched: [...texts] });
      }
    }
  }
  for (const table of [report.byEntity, report.byLanguage, report.byPattern]) Object.values(table).forEach(finish);
  finish(report.overall);
  const { found, falseMentions } = report.overall;
  report.overall.precision = found + falseMentions === 0 ? null : found / (found + falseMentions);
  return report;
}

/** Why the report fails the bar: recall under `minRecall`, or any false mention. Empty when it passes. */
export function thresholdFailures(report: DetectionReport, minRecall: number): string[] {
  const failures: string[] = [];
  const recall = report.overall.recall ?? 1;
  if (recall < minRecall) failures.push(`recall ${percent(recall)} is below ${percent(minRecall)}`);
  if (report.falseMentions.length > 0) failures.push(`${report.falseMentions.length} false mention(s)`);
  return failures;
}

const percent = (x: number | null) => (x === null ? '   -  ' : `${(x * 100).toFixed(1).padStart(5)}%`);

function table(title: string, rows: Record<string, Tally>, order?: readonly string[]): string[] {
  const keys = order ? order.filter((k) => rows[k]) : Object.keys(rows).sort((a, b) => (rows[a]!.recall ?? 2) - (rows[b]!.recall ?? 2) || a.localeCompare(b));
  const width = Math.max(title.length, ...keys.map((k) => k.length));
  const line = (k: string, t: Tally) => `  ${k.padEnd(width)}  ${percent(t.recall)}  ${String(t.found).padStart(4)}/${String(t.expected).padEnd(4)}  ${t.falseMentions > 0 ? `${t.falseMentions} false` : ''}`.trimEnd();
  return [`${title}:`, ...keys.map((k) => line(k, rows[k]!))];
}

const clip = (text: string, max = 160) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** The report as text: totals, recall per language, entity and pattern, then every miss and false mention. */
export function formatReport(report: DetectionReport): string {
  const o = report.overall;
  const out = [
    `detection on the development set: ${report.items} items (${report.positives} positive, ${report.negatives} negative)`,
    `recall ${percent(o.recall).trim()} (${o.found}/${o.expected}), precision ${percent(o.precision).trim()}, false mentions ${o.falseMentions}`,
    '',
    ...table('language', report.byLanguage, DETECTION_LANGS),
    '',
    ...table('entity', report.byEntity),
    '',
    ...table('pattern', report.byPattern),
    '',
    `misses (${report.misses.length}):`,
    ...report.misses.map((m) => `  ${m.item}  ${m.entity}  [${m.pattern}]  ${clip(m.text.join(' ¶ '))}`),
    '',
    `false mentions (${report.falseMentions.length}):`,
    ...report.falseMentions.map((f) => `  ${f.item}  ${f.entity}  [${f.pattern}]  matched ${f.matched.map((t) => JSON.stringify(t)).join(', ')}`),
  ];
  return out.join('\n');
}
