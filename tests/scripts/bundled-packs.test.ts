import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assertBundledPacksValid, DATA_DIR, packFiles } from '../../scripts/lib/bundled-packs';

function dirWith(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'backstory-packs-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

const pack = (overrides: Record<string, unknown> = {}) =>
  JSON.stringify({
    id: 'p',
    title: 'P',
    version: '1.0.0',
    language: 'en',
    reviewed: '2026-01-01',
    sources: [{ id: 's', title: 'S', publisher: 'S', url: 'https://example.org/', kind: 'news' }],
    entities: [{ id: 'e', name: 'E', type: 'person', aliases: [{ text: 'E' }], summary: 'E.', facts: [{ label: 'l', value: 'v', sources: ['s'] }] }],
    ...overrides,
  });

describe('the build-time pack check', () => {
  it('passes for the bundled packs', () => {
    expect(packFiles(DATA_DIR).length).toBeGreaterThan(0);
    expect(() => assertBundledPacksValid()).not.toThrow();
  });

  it('fails naming the file, the entity and the field', () => {
    const dir = dirWith({
      'good.pack.json': pack(),
      'bad.pack.json': pack({
        entities: [{ id: 'wang-jingyu', name: 'W', type: 'person', aliases: [{ text: 'W' }], summary: 'W.', facts: [{ label: 'l', value: 'v', sources: ['nope'] }] }],
      }),
    });
    expect(() => assertBundledPacksValid(dir)).toThrow(
      /bad\.pack\.json: entities\[0\] \(wang-jingyu\)\.facts\[0\]\.sources\[0\]: cites unknown source "nope"/,
    );
  });

  it('fails on a file that is not JSON', () => {
    const dir = dirWith({ 'broken.pack.json': '{ nope' });
    expect(() => assertBundledPacksValid(dir)).toThrow(/broken\.pack\.json: \(pack\): is not valid JSON/);
  });

  it('only reads *.pack.json files', () => {
    const dir = dirWith({ 'notes.json': '{ nope', 'x.pack.json': pack() });
    expect(packFiles(dir).map((f) => f.split('/').pop())).toEqual(['x.pack.json']);
  });
});
