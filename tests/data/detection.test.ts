/**
 * Detection on the development set (issue 13): realistic sentences and short pages about the
 * story in nine languages and scripts, each labelled with the entities a careful reader sees
 * named, plus hard negatives. They go through the scan CLI's path (scan-html.ts, linkedom) with
 * the bundled packs and the default tracked set, exactly as `npm run eval:detection` does.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BUNDLED_PACKS } from '../../data';
import { Matcher } from '../../lib/match/matcher';
import { Catalog } from '../../lib/pack/catalog';
import { evaluateDetection, formatReport, loadDetectionSet, thresholdFailures, validateDetectionSet } from '../../scripts/lib/detection-eval';
import { scanHtml } from '../../scripts/lib/scan-html';

const SET_DIR = fileURLToPath(new URL('./detection', import.meta.url));
const MIN_RECALL = 0.98;

const catalog = new Catalog(BUNDLED_PACKS);
const files = loadDetectionSet(SET_DIR);

describe('the development set', () => {
  it('has unique ids, known entity ids and enough items of each kind in every language', () => {
    expect(validateDetectionSet(files, new Set(catalog.entities.map((e) => e.id)))).toEqual([]);
  });
});

describe('detection on the development set', () => {
  const matcher = new Matcher(catalog.entities);
  const report = evaluateDetection(files, (html) => scanHtml(html, matcher));

  it(`finds at least ${MIN_RECALL * 100}% of the named entities and nothing that is not named`, () => {
    // The whole report on failure: per-language, entity and pattern recall, every miss and false mention.
    expect(thresholdFailures(report, MIN_RECALL), formatReport(report)).toEqual([]);
  });
});
