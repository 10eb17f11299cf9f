import { describe, expect, it } from 'vitest';
import { overviewTable, summaryLine, verdicts, type Summary } from '../../../scripts/bench/report';

const summary: Summary = {
  scanOverCsFloor: 2.314,
  scanOverCsFloorWorst: 5.06,
  worstPage: 'pixnet',
  scanOverFloor: 4.71,
  markJsOverScan: 162.44,
  startMs: 1.84,
  startWaitMs: 0.9,
  emptyFrames: [
    { frame: 'srcdoc', startMs: 0.31 },
    { frame: 'about:blank', startMs: 0.62 },
  ],
  heapMB: 1.234,
  heapPage: 'yahoo-2',
  scaleAliases: 5000,
  scaleStartMs: 7.5,
  scaleStartWaitMs: 4.2,
  scaleOverScan: 1.41,
  longestTaskMs: 26.4,
  contentScriptKBgz: 38.76,
  aliasDataKBgz: 12.7,
};

describe('the summary line', () => {
  it('has the fields of issue 16, in its order', () => {
    expect(summaryLine(summary)).toBe(
      'scan/floor median 2.31 (content-script floor), worst 5.1; mark.js/scan median 162.4; start median 1.8 ms; heap 1.2 MB; longest task 26 ms; content script 38.8 KB gz',
    );
  });

  it('says n/a for what was not measured, such as start-up in a build without marks', () => {
    const line = summaryLine({ ...summary, startMs: NaN, heapMB: NaN, markJsOverScan: NaN });
    expect(line).toContain('mark.js/scan median n/a; start median n/a; heap n/a;');
  });
});

describe('the target checks', () => {
  it('give one verdict per budget, with the figure', () => {
    const lines = verdicts(summary);
    expect(lines).toContain('scan/floor median meets ≤ 2.5× (2.31×)');
    expect(lines).toContain('scan/floor worst page meets ≤ 6× (5.06×)');
    expect(lines).toContain('mark.js/scan median meets ≥ 150× (162.44×)');
    expect(lines).toContain('start-up median meets ≤ 3 ms (1.84 ms)');
    expect(lines).toContain('heap meets ≤ 2 MB (1.23 MB)');
    expect(lines).toContain('scale start-up median meets ≤ 10 ms (7.50 ms)');
    expect(lines).toContain('longest task meets ≤ 50 ms (26.40 ms)');
    expect(lines).toContain('content script code meets ≤ 40 KB gz (38.76 KB gz)');
  });

  it('judge empty frames by the worst kind of frame', () => {
    expect(verdicts(summary)).toContain('empty frame start-up MISSES ≤ 0.5 ms (0.62 ms)');
  });

  it('flag misses, and say n/a rather than pass what was not measured', () => {
    const lines = verdicts({ ...summary, scaleOverScan: 1.6, startMs: NaN, emptyFrames: [] });
    expect(lines).toContain('scale scan/bundled scan median MISSES ≤ 1.3× (1.60×)');
    expect(lines).toContain('start-up median: n/a (target ≤ 3 ms)');
    expect(lines).toContain('empty frame start-up: n/a (target ≤ 0.5 ms)');
  });
});

describe('the overview table', () => {
  it('holds the main-world ratio, start-up, heap, scale and alias data', () => {
    const table = overviewTable(summary);
    expect(table).toMatch(/main-world floor.*\| +4\.71 \|/);
    expect(table).toMatch(/empty about:blank frame.*\| +0\.62 \|/);
    expect(table).toMatch(/waiting for the settings from storage.*\| +0\.90 \|/);
    expect(table).toMatch(/waiting for the settings and the stored table.*\| +4\.20 \|/);
    expect(table).toMatch(/first scan of yahoo-2.*\| +1\.23 \|/);
    expect(table).toMatch(/scale \(5000 aliases\): scan.*\| +1\.41 \|/);
    expect(table).toMatch(/alias data.*\| +12\.7 \|/);
  });
});
