import { describe, expect, it } from 'vitest';
import { exportSettings, parseSettingsExport, type SettingsSnapshot } from '../../lib/settings-export';
import { testPack } from '../support/packs';

const NOT_SETTINGS = 'must be "backstory-settings": this is not a settings file exported by Backstory';
const bundled = [testPack('bundled', ['safeguard-defenders'])];

const SETTINGS: SettingsSnapshot = {
  untrackedEntities: ['global-times'],
  pausedSites: ['example.com'],
  highlightStyle: 'background',
  manualMode: true,
  language: 'zh-Hant',
  importedPacks: [testPack('community', ['community-entity'])],
};

function fileWith(change: (file: Record<string, unknown>) => void): string {
  const file = JSON.parse(exportSettings(SETTINGS)) as Record<string, unknown>;
  change(file);
  return JSON.stringify(file);
}

describe('exportSettings / parseSettingsExport', () => {
  it('round-trips', () => {
    const text = exportSettings(SETTINGS, new Date('2026-11-28T10:00:00Z'));
    expect(JSON.parse(text)).toMatchObject({ format: 'backstory-settings', version: 1, exportedAt: '2026-11-28T10:00:00.000Z' });
    expect(parseSettingsExport(text, bundled)).toEqual({ ok: true, settings: SETTINGS });
  });

  it('reads a file from before the language setting as following the page', () => {
    const text = fileWith((f) => delete f.language);
    expect(parseSettingsExport(text, bundled)).toMatchObject({ ok: true, settings: { language: 'page' } });
  });

  it.each<[string, string, { path: string; message: string }[]]>([
    ['not JSON', '{', [{ path: '(file)', message: expect.stringContaining('is not valid JSON') as unknown as string }]],
    ['a pack instead', JSON.stringify(testPack()), [{ path: 'format', message: NOT_SETTINGS }]],
    ['another format', fileWith((f) => (f.format = 'other')), [{ path: 'format', message: NOT_SETTINGS }]],
    ['an array', '[]', [{ path: 'format', message: NOT_SETTINGS }]],
    ['a newer version', fileWith((f) => (f.version = 2)), [{ path: 'version', message: 'must be 1' }]],
    ['a bad style', fileWith((f) => (f.highlightStyle = 'bold')), [{ path: 'highlightStyle', message: 'must be one of underline, background, none' }]],
    [
      'a bad site',
      fileWith((f) => (f.pausedSites = ['example.com', 'https://x.org'])),
      [{ path: 'pausedSites[1]', message: 'must be a hostname such as "example.com"' }],
    ],
    ['a missing field', fileWith((f) => delete f.manualMode), [{ path: 'manualMode', message: 'is required' }]],
    ['a bad language', fileWith((f) => (f.language = 'Chinese please')), [{ path: 'language', message: 'must be "page" or a language tag such as "zh-Hant"' }]],
    ['an unknown field', fileWith((f) => (f.extra = 1)), [{ path: 'extra', message: 'unknown field "extra"' }]],
  ])('rejects %s, listing the problem by path', (_, text, errors) => {
    expect(parseSettingsExport(text, bundled)).toEqual({ ok: false, errors });
  });

  it('checks imported packs with the pack rules, prefixing their paths', () => {
    const text = fileWith((f) => {
      const pack = testPack('broken', ['broken-entity']);
      pack.entities[0]!.facts[0]!.sources = ['nowhere'];
      f.importedPacks = [testPack('fine', ['fine-entity']), pack, testPack('bundled', ['x']), testPack('fine', ['other'])];
    });
    expect(parseSettingsExport(text, bundled)).toEqual({
      ok: false,
      errors: [
        { path: 'importedPacks[1].entities[0] (broken-entity).facts[0].sources[0]', message: 'cites unknown source "nowhere"' },
        { path: 'importedPacks[1].sources[0] (src-a)', message: 'source "src-a" is never cited' },
        { path: 'importedPacks[2].id', message: '"bundled" is the id of a pack that comes with Backstory' },
        { path: 'importedPacks[3].id', message: 'duplicate pack id "fine"' },
      ],
    });
  });
});
