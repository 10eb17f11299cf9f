/**
 * The story structure of issue 15: unlinked sources, scoped positions,
 * responses by country and the dated timeline, as validatePack checks them.
 */
import { describe, expect, it } from 'vitest';
import { validatePack, type PackError } from '../../../lib/pack/validate';

/** A minimal valid pack with one country row and one event; each test breaks one thing. */
function storyPack() {
  return {
    id: 'story-pack',
    title: 'Story pack',
    version: '1.1.0',
    language: 'en',
    reviewed: '2026-12-01',
    sources: [
      { id: 'report', title: 'Report', publisher: 'An NGO', date: '2022-09', url: 'https://example.org/report', kind: 'advocacy' },
      { id: 'paper', title: 'Closure ordered', publisher: 'A paper', date: '2022-11-01', url: 'https://example.org/paper', kind: 'news' },
      { id: 'denial', title: 'Ministry denies', publisher: 'State paper', date: '2022-11-02', url: 'https://example.org/denial', kind: 'state-media' },
      { id: 'undated', title: 'Undated', publisher: 'A site', url: 'https://example.org/undated', kind: 'news' },
    ],
    entities: [
      {
        id: 'stations',
        name: 'Stations',
        type: 'concept',
        aliases: [{ text: 'stations' }],
        summary: 'A summary.',
        facts: [{ label: 'Count', value: 'Two', sources: ['report'], notes: 'The report lists two addresses.' }],
        positions: [
          { holder: 'Ministry', statement: 'They are service centres.', sources: ['denial'], general: true, about: 'the stations in general' },
        ],
        countries: [
          {
            country: 'NL',
            reported: { text: 'Two sites, reported by an NGO.', sources: ['report'] },
            responses: [
              { date: '2022-11-01', actor: 'Foreign minister', action: 'closure-ordered', text: 'Ordered both closed.', sources: ['paper'] },
              { date: '2023', actor: 'Police', action: 'none-found', text: 'Found no site.', sources: ['undated'] },
            ],
            hostPosition: { holder: 'Foreign ministry', statement: 'Illegal.', sources: ['paper'] },
          },
        ],
      },
    ],
    timeline: [
      { date: '2022-11-02', entities: ['stations'], side: 'chinese-government', speaker: 'Ministry', text: 'Denied the reports.', sources: ['denial'] },
    ],
  };
}

type StoryPack = ReturnType<typeof storyPack>;

function errorsOf(mutate: (pack: StoryPack) => void): PackError[] {
  const pack = storyPack();
  mutate(pack);
  const result = validatePack(pack);
  if (result.ok) throw new Error('expected the pack to be rejected');
  return result.errors;
}

const row = (p: StoryPack) => p.entities[0]!.countries[0]!;

describe('validatePack: story structure', () => {
  it('accepts a pack with countries, a timeline, notes and a scoped position', () => {
    expect(validatePack(storyPack())).toMatchObject({ ok: true });
  });

  it('accepts a pack without countries or timeline (version 1.0 packs)', () => {
    const pack: Partial<StoryPack> = storyPack();
    delete pack.timeline;
    delete (pack.entities![0] as { countries?: unknown }).countries;
    // Sources that only the country row cited go with it.
    pack.sources = pack.sources!.filter((s) => s.id !== 'undated' && s.id !== 'paper');
    expect(validatePack(pack)).toMatchObject({ ok: true });
  });

  describe('timeline', () => {
    it('rejects an event without a date', () => {
      expect(errorsOf((p) => delete (p.timeline[0] as { date?: string }).date)).toEqual([{ path: 'timeline[0].date', message: 'is required' }]);
    });

    it('rejects an event without a citation', () => {
      expect(errorsOf((p) => (p.timeline[0]!.sources = []))).toEqual([{ path: 'timeline[0].sources', message: 'must cite at least one source' }]);
    });

    it('rejects an event citing a source that does not exist', () => {
      expect(errorsOf((p) => (p.timeline[0]!.sources = ['denial', 'ghost']))).toContainEqual({
        path: 'timeline[0].sources[1]',
        message: 'cites unknown source "ghost"',
      });
    });

    it('rejects an event naming no entity or an unknown one', () => {
      expect(errorsOf((p) => (p.timeline[0]!.entities = []))).toEqual([{ path: 'timeline[0].entities', message: 'must name at least one entity' }]);
      expect(errorsOf((p) => (p.timeline[0]!.entities = ['stations', 'nobody']))).toEqual([
        { path: 'timeline[0].entities[1]', message: 'names unknown entity "nobody"' },
      ]);
    });

    it('rejects an event dated after the source that reports it', () => {
      expect(errorsOf((p) => (p.timeline[0]!.date = '2022-11-03'))).toEqual([
        { path: 'timeline[0].date', message: 'is 2022-11-03, after source "denial" (2022-11-02) that reports it' },
      ]);
    });

    it('accepts an event on the day of its source, or less precise than it', () => {
      for (const date of ['2022-11-02', '2022-11', '2022']) {
        const pack = storyPack();
        pack.timeline[0]!.date = date;
        expect(validatePack(pack).ok, date).toBe(true);
      }
    });

    it('rejects an event dated after the pack was reviewed', () => {
      expect(
        errorsOf((p) => {
          p.timeline[0]!.date = '2027-01-05';
          p.timeline[0]!.sources = ['undated'];
        }),
      ).toEqual([{ path: 'timeline[0].date', message: "is 2027-01-05, after the pack's reviewed date 2026-12-01" }]);
    });

    it('rejects a date that is not on the calendar', () => {
      expect(errorsOf((p) => (p.timeline[0]!.date = '2022-02-30'))).toEqual([{ path: 'timeline[0].date', message: 'must be a real calendar date' }]);
    });

    it('rejects an unknown side', () => {
      expect(errorsOf((p) => ((p.timeline[0] as { side: string }).side = 'china'))[0]!.path).toBe('timeline[0].side');
    });
  });

  describe('countries', () => {
    it('rejects a country code that is not ISO 3166-1 alpha-2', () => {
      expect(errorsOf((p) => (row(p).country = 'Netherlands'))).toEqual([
        { path: 'entities[0] (stations).countries[0].country', message: 'must be an ISO 3166-1 alpha-2 code such as "NL"' },
      ]);
      expect(errorsOf((p) => (row(p).country = 'QQ'))).toEqual([
        { path: 'entities[0] (stations).countries[0].country', message: 'must be an assigned ISO 3166-1 alpha-2 code' },
      ]);
    });

    it('rejects the same country twice in one entity', () => {
      expect(errorsOf((p) => p.entities[0]!.countries.push({ ...row(p) }))).toEqual([
        { path: 'entities[0] (stations).countries[1].country', message: 'duplicate country "NL"' },
      ]);
    });

    it('rejects an uncited report, response or host position', () => {
      expect(errorsOf((p) => (row(p).reported.sources = []))).toEqual([
        { path: 'entities[0] (stations).countries[0].reported.sources', message: 'must cite at least one source' },
      ]);
      expect(errorsOf((p) => (row(p).responses[0]!.sources = []))).toEqual([
        { path: 'entities[0] (stations).countries[0].responses[0].sources', message: 'must cite at least one source' },
      ]);
      expect(errorsOf((p) => (row(p).hostPosition!.sources = ['ghost']))).toContainEqual({
        path: 'entities[0] (stations).countries[0].hostPosition.sources[0]',
        message: 'cites unknown source "ghost"',
      });
    });

    it('counts a source cited only by a country row as cited', () => {
      // "undated" is cited by one response only; without it the source would be unused.
      expect(errorsOf((p) => row(p).responses.pop())).toEqual([{ path: 'sources[3] (undated)', message: 'source "undated" is never cited' }]);
    });

    it('rejects a response dated after the source reporting it', () => {
      expect(errorsOf((p) => (row(p).responses[0]!.date = '2022-12'))).toEqual([
        { path: 'entities[0] (stations).countries[0].responses[0].date', message: 'is 2022-12, after source "paper" (2022-11-01) that reports it' },
      ]);
    });

    it('rejects a response without a date or with an action outside the list', () => {
      expect(errorsOf((p) => delete (row(p).responses[0] as { date?: string }).date)).toEqual([
        { path: 'entities[0] (stations).countries[0].responses[0].date', message: 'is required' },
      ]);
      expect(errorsOf((p) => ((row(p).responses[0] as { action: string }).action = 'praised'))[0]!.path).toBe(
        'entities[0] (stations).countries[0].responses[0].action',
      );
    });
  });

  describe('sources without a link', () => {
    it('accepts a source without url when via names where it was seen', () => {
      const pack = storyPack();
      const undated = pack.sources[3] as { url?: string; via?: string };
      delete undated.url;
      undated.via = 'ecns.cn (its address is http only)';
      expect(validatePack(pack).ok).toBe(true);
    });

    it('rejects a source with neither url nor via', () => {
      expect(errorsOf((p) => delete (p.sources[3] as { url?: string }).url)).toEqual([
        { path: 'sources[3] (undated).url', message: 'is required, unless "via" names the outlet where the source was seen' },
      ]);
    });

    it('rejects tracking and challenge tokens in a URL', () => {
      expect(errorsOf((p) => (p.sources[0]!.url = 'https://example.org/report?__cf_chl_jschl_tk__=abc&utm_source=x'))).toEqual([
        { path: 'sources[0] (report).url', message: 'must not carry tracking or challenge tokens (__cf_chl_jschl_tk__, utm_source)' },
      ]);
    });
  });

  describe('positions and notes', () => {
    it('requires "about" on a general statement', () => {
      expect(errorsOf((p) => delete (p.entities[0]!.positions[0] as { about?: string }).about)).toEqual([
        { path: 'entities[0] (stations).positions[0].about', message: 'is required when "general" is true: say what the statement was about' },
      ]);
    });

    it('accepts only true for "general"', () => {
      expect(errorsOf((p) => ((p.entities[0]!.positions[0] as { general: unknown }).general = false))[0]!.path).toBe(
        'entities[0] (stations).positions[0].general',
      );
    });

    it('rejects markup and empty notes', () => {
      expect(errorsOf((p) => (p.entities[0]!.facts[0]!.notes = '<a href="x">see</a>'))).toEqual([
        { path: 'entities[0] (stations).facts[0].notes', message: 'must be plain text, not HTML' },
      ]);
      expect(errorsOf((p) => (p.entities[0]!.facts[0]!.notes = '  '))).toEqual([
        { path: 'entities[0] (stations).facts[0].notes', message: 'must not be empty' },
      ]);
    });
  });
});
