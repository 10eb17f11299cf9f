/**
 * The detection evaluation (scripts/lib/detection-eval.ts): how an item becomes a page, how hits,
 * misses and false mentions are counted, when the bar fails, and what makes the set itself invalid.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { matcherFor } from '../../lib/match/matcher';
import { Catalog } from '../../lib/pack/catalog';
import {
  DETECTION_LANGS,
  SET_MINIMA,
  evaluateDetection,
  formatReport,
  itemHtml,
  loadDetectionSet,
  parseDetectionFile,
  thresholdFailures,
  validateDetectionSet,
  type DetectionFile,
  type DetectionItem,
  type ScanPage,
} from '../../scripts/lib/detection-eval';
import { scanHtml } from '../../scripts/lib/scan-html';
import { testPack } from '../support/packs';

const item = (over: Partial<DetectionItem> & Pick<DetectionItem, 'id'>): DetectionItem => ({
  paragraphs: ['text'],
  entities: [],
  pattern: 'full name',
  ...over,
});

const file = (lang: string, items: DetectionItem[]): DetectionFile => ({ lang, items, file: `set/${lang}.json` }) as DetectionFile;

/** A scanner that "finds" an entity wherever its id appears in the page's text. */
const byId =
  (ids: readonly string[]): ScanPage =>
  (html) => {
    const text = parseHTML(html).document.body.textContent ?? '';
    return ids.filter((id) => text.includes(id)).map((id) => ({ entity: id, text: id }));
  };

describe('itemHtml', () => {
  it('makes one <p> per paragraph, escaped, under the file language', () => {
    const html = itemHtml(item({ id: 'en-001', paragraphs: ['A <b>bold</b> & "quoted" claim', 'Second'] }), 'en');
    const { document } = parseHTML(html);
    expect(document.documentElement.getAttribute('lang')).toBe('en');
    expect([...document.querySelectorAll('p')].map((p) => p.textContent)).toEqual(['A <b>bold</b> & "quoted" claim', 'Second']);
    expect(document.querySelector('b')).toBeNull();
  });

  it("uses the item's own lang over the file's, and leaves lang out when it is empty", () => {
    expect(parseHTML(itemHtml(item({ id: 'zh-Hant-001', lang: 'zh-HK' }), 'zh-Hant')).document.documentElement.getAttribute('lang')).toBe('zh-HK');
    expect(parseHTML(itemHtml(item({ id: 'en-002', lang: '' }), 'en')).document.documentElement.hasAttribute('lang')).toBe(false);
  });
});

describe('evaluateDetection', () => {
  const set = [
    file('en', [
      item({ id: 'en-001', paragraphs: ['alpha and beta'], entities: ['alpha', 'beta'], pattern: 'full name' }),
      item({ id: 'en-002', paragraphs: ['gamma'], entities: ['gamma'], pattern: 'short form' }),
      item({ id: 'en-003', paragraphs: ['alpha in a story about something else'], entities: [], pattern: 'negative' }),
    ]),
    file('nl', [item({ id: 'nl-001', paragraphs: ['beta, beta'], entities: ['beta'], pattern: 'full name' })]),
  ];
  const report = evaluateDetection(set, byId(['alpha', 'beta']));

  it('counts an expected entity found anywhere on the page as a hit and one not found as a miss', () => {
    expect(report.overall).toMatchObject({ expected: 4, found: 3, falseMentions: 1 });
    expect(report.overall.recall).toBeCloseTo(3 / 4);
    expect(report.misses).toEqual([{ item: 'en-002', lang: 'en', pattern: 'short form', entity: 'gamma', text: ['gamma'] }]);
  });

  it('counts an entity found but not expected as a false mention, with the text that matched', () => {
    expect(report.falseMentions).toEqual([{ item: 'en-003', lang: 'en', pattern: 'negative', entity: 'alpha', matched: ['alpha'] }]);
    expect(report.overall.precision).toBeCloseTo(3 / 4);
  });

  it('breaks recall down per language, entity and pattern', () => {
    expect(report.byLanguage.en).toMatchObject({ expected: 3, found: 2, falseMentions: 1 });
    expect(report.byLanguage.nl).toMatchObject({ expected: 1, found: 1, recall: 1 });
    expect(report.byEntity.gamma).toMatchObject({ expected: 1, found: 0, recall: 0 });
    expect(report.byEntity.alpha).toMatchObject({ expected: 1, found: 1, falseMentions: 1 });
    expect(report.byPattern['full name']).toMatchObject({ expected: 3, found: 3, recall: 1 });
    expect(report.byPattern.negative).toMatchObject({ expected: 0, recall: null, falseMentions: 1 });
    expect(report).toMatchObject({ items: 4, positives: 3, negatives: 1 });
  });

  it('prints every miss and false mention', () => {
    const text = formatReport(report);
    expect(text).toContain('recall 75.0% (3/4), precision 75.0%, false mentions 1');
    expect(text).toMatch(/en-002 {2}gamma {2}\[short form\] {2}gamma/);
    expect(text).toContain('en-003  alpha  [negative]  matched "alpha"');
  });

  it('runs through the scan CLI path with a real matcher', () => {
    const pack = testPack('p', ['alpha']);
    const matcher = matcherFor(new Catalog([pack]).entities);
    const r = evaluateDetection([file('en', [item({ id: 'en-001', paragraphs: ['We met Alias0 alpha today.', 'Nothing here.'], entities: ['alpha'] })])], (html) =>
      scanHtml(html, matcher),
    );
    expect(r.overall).toMatchObject({ expected: 1, found: 1, falseMentions: 0 });
  });
});

describe('thresholdFailures', () => {
  const at = (found: number, falseMentions: number) =>
    evaluateDetection(
      [
        file('en', [
          ...Array.from({ length: 100 }, (_, i) => item({ id: `en-${String(i).padStart(3, '0')}`, paragraphs: [i < found ? 'hit' : 'none'], entities: ['hit'] })),
          ...Array.from({ length: falseMentions }, (_, i) => item({ id: `en-${500 + i}`, paragraphs: ['hit'], entities: [] })),
        ]),
      ],
      byId(['hit']),
    );

  it('passes at the minimum recall with no false mention', () => {
    expect(thresholdFailures(at(98, 0), 0.98)).toEqual([]);
  });

  it('fails below the minimum recall', () => {
    expect(thresholdFailures(at(97, 0), 0.98)).toEqual(['recall  97.0% is below  98.0%']);
  });

  it('fails on a single false mention even at full recall', () => {
    expect(thresholdFailures(at(100, 1), 0.98)).toEqual(['1 false mention(s)']);
  });
});

describe('parseDetectionFile', () => {
  it('names the file and the path of every bad field', () => {
    const bad = JSON.stringify({ lang: 'en', items: [{ id: 'en-001', paragraphs: [], entities: ['x'], pattern: 'p' }, { id: 'en-002', entities: [], pattern: '' }] });
    expect(() => parseDetectionFile(bad, 'set/en.json')).toThrow(/set\/en\.json: items\[0\]\.paragraphs: needs at least one paragraph/);
    expect(() => parseDetectionFile(bad, 'set/en.json')).toThrow(/set\/en\.json: items\[1\]\.paragraphs: /);
    expect(() => parseDetectionFile(bad, 'set/en.json')).toThrow(/items\[1\]\.pattern: must not be empty/);
  });

  it('rejects an unknown language, unknown fields and broken JSON', () => {
    expect(() => parseDetectionFile('{"lang":"xx","items":[]}', 'x.json')).toThrow(/x\.json: lang: must be one of en, zh-Hans/);
    expect(() => parseDetectionFile('{"lang":"en","items":[],"extra":1}', 'x.json')).toThrow(/x\.json/);
    expect(() => parseDetectionFile('{', 'x.json')).toThrow(/x\.json: not valid JSON/);
  });

  it('loads a folder in the order of the languages', () => {
    const dir = mkdtempSync(join(tmpdir(), 'backstory-detection-'));
    writeFileSync(join(dir, 'nl.json'), '{"lang":"nl","items":[]}');
    writeFileSync(join(dir, 'en.json'), '{"lang":"en","items":[]}');
    expect(loadDetectionSet(dir).map((f) => f.lang)).toEqual(['en', 'nl']);
  });
});

describe('validateDetectionSet', () => {
  const known = new Set(['alpha', 'beta']);
  /** A set that meets every minimum: each language gets enough positives and negatives. */
  const fullSet = () =>
    DETECTION_LANGS.map((lang) =>
      file(lang, [
        ...Array.from({ length: 23 }, (_, i) => item({ id: `${lang}-${String(i).padStart(3, '0')}`, entities: [i % 2 ? 'alpha' : 'beta'] })),
        ...Array.from({ length: 7 }, (_, i) => item({ id: `${lang}-${String(100 + i)}`, entities: [] })),
      ]),
    );

  it('accepts a set that meets every minimum', () => {
    expect(validateDetectionSet(fullSet(), known)).toEqual([]);
  });

  it('finds duplicate ids, ids of another language and unknown or repeated entity ids', () => {
    const set = fullSet();
    set[0]!.items.push(item({ id: 'en-000', entities: ['gamma', 'alpha', 'alpha'] }), item({ id: 'nl-900', entities: ['alpha'] }));
    expect(validateDetectionSet(set, known)).toEqual([
      'set/en.json: en-000: id already used in set/en.json',
      'set/en.json: en-000: unknown entity id gamma',
      'set/en.json: en-000: entity alpha listed twice',
      'set/en.json: nl-900: id must start with "en-"',
    ]);
  });

  it('reports counts under the minima, per language, in all and per entity', () => {
    const set = fullSet().filter((f) => f.lang !== 'pt');
    set[0]!.items = set[0]!.items.filter((i) => i.entities.length > 0).slice(0, 3);
    const problems = validateDetectionSet(set, new Set([...known, 'rare']));
    expect(problems).toContain(`set/en.json: 3 positive items, fewer than ${SET_MINIMA.positivesPerLanguage}`);
    expect(problems).toContain(`set/en.json: 0 negative items, fewer than ${SET_MINIMA.negativesPerLanguage}`);
    expect(problems).toContain('no file for pt');
    expect(problems).toContain(`entity rare: 0 positive items, fewer than ${SET_MINIMA.positivesPerEntity}`);
    expect(problems).toContain(`164 positive items in all, fewer than ${SET_MINIMA.positives}`);
    expect(problems).toContain(`49 negative items in all, fewer than ${SET_MINIMA.negatives}`);
  });

  it('leaves sizes alone when asked to, so that a small or held-out set can be measured', () => {
    const small = [file('en', [item({ id: 'en-001', entities: ['alpha'] })])];
    expect(validateDetectionSet(small, known, { minima: false })).toEqual([]);
    expect(validateDetectionSet(small, known)).not.toEqual([]);
  });

  it('wants each file named for its language', () => {
    const set = fullSet();
    set[1] = { ...set[1]!, file: 'set/chinese.json' };
    expect(validateDetectionSet(set, known)).toEqual(['set/chinese.json: a file of lang zh-Hans must be named zh-Hans.json']);
  });
});
