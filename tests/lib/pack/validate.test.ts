import { describe, expect, it } from 'vitest';
import { formatPackErrors, MAX_PACK_BYTES, parsePack, validatePack, type PackError } from '../../../lib/pack/validate';

/** A minimal valid pack; each test breaks one thing. */
function validPack() {
  return {
    id: 'test-pack',
    title: 'Test pack',
    version: '1.0.0',
    language: 'en',
    reviewed: '2026-11-01',
    sources: [
      { id: 'src-a', title: 'A', publisher: 'Publisher A', date: '2022-09-12', url: 'https://example.org/a', kind: 'news' },
      { id: 'src-b', title: 'B', publisher: 'Publisher B', url: 'https://example.org/b', kind: 'state-media' },
    ],
    entities: [
      {
        id: 'entity-one',
        name: 'Entity One',
        type: 'organization',
        group: 'organizations',
        aliases: [{ text: 'Entity One' }],
        summary: 'A neutral summary.',
        facts: [{ label: 'Founded', value: '2016', sources: ['src-a'] }],
        positions: [{ holder: 'B', statement: 'Says otherwise.', sources: ['src-b'] }],
        related: ['entity-two'],
      },
      {
        id: 'entity-two',
        name: 'Entity Two',
        type: 'person',
        aliases: [{ text: 'Entity Two' }],
        summary: 'Another summary.',
        facts: [],
      },
    ],
  };
}

function errorsOf(mutate: (pack: ReturnType<typeof validPack>) => void): PackError[] {
  const pack = validPack();
  mutate(pack);
  const result = validatePack(pack);
  if (result.ok) throw new Error('expected the pack to be rejected');
  return result.errors;
}

describe('validatePack', () => {
  it('accepts a valid pack', () => {
    expect(validatePack(validPack())).toMatchObject({ ok: true });
  });

  it('rejects a fact without a citation, naming the entity and field', () => {
    expect(errorsOf((p) => (p.entities[0]!.facts[0]!.sources = []))).toEqual([
      { path: 'entities[0] (entity-one).facts[0].sources', message: 'must cite at least one source' },
    ]);
  });

  it('rejects a citation of an unknown source', () => {
    expect(errorsOf((p) => (p.entities[0]!.positions![0]!.sources = ['src-missing']))).toContainEqual({
      path: 'entities[0] (entity-one).positions[0].sources[0]',
      message: 'cites unknown source "src-missing"',
    });
  });

  it('rejects a source that nothing cites', () => {
    expect(
      errorsOf((p) => p.sources.push({ id: 'src-c', title: 'C', publisher: 'C', url: 'https://example.org/c', kind: 'news' })),
    ).toEqual([{ path: 'sources[2] (src-c)', message: 'source "src-c" is never cited' }]);
  });

  it.each(['http://example.org/a', 'javascript:alert(1)', 'data:text/html,hi', 'ftp://example.org', 'not a url', 'https://user:pw@example.org/'])(
    'rejects the non-https URL %s',
    (url) => {
      expect(errorsOf((p) => (p.sources[0]!.url = url))).toEqual([
        { path: 'sources[0] (src-a).url', message: 'must be an absolute https: URL' },
      ]);
    },
  );

  it.each(['<b>bold</b>', 'a <script>alert(1)</script>', 'an <img src=x onerror=alert(1)>', 'entity &amp; more', '<!-- c -->'])(
    'rejects HTML in a string: %s',
    (html) => {
      expect(errorsOf((p) => (p.entities[1]!.summary = html))).toEqual([
        { path: 'entities[1] (entity-two).summary', message: 'must be plain text, not HTML' },
      ]);
    },
  );

  it('allows a lone "<" that is not markup', () => {
    const pack = validPack();
    pack.entities[1]!.summary = 'Fewer than 5 < 6 stations.';
    expect(validatePack(pack).ok).toBe(true);
  });

  it('rejects duplicate entity ids', () => {
    expect(errorsOf((p) => (p.entities[1]!.id = 'entity-one'))).toContainEqual({
      path: 'entities[1] (entity-one).id',
      message: 'duplicate entity id "entity-one"',
    });
  });

  it('rejects duplicate source ids', () => {
    expect(errorsOf((p) => (p.sources[1]!.id = 'src-a'))).toContainEqual({
      path: 'sources[1] (src-a).id',
      message: 'duplicate source id "src-a"',
    });
  });

  it('rejects a related id that names no entity', () => {
    expect(errorsOf((p) => (p.entities[0]!.related = ['nobody']))).toEqual([
      { path: 'entities[0] (entity-one).related[0]', message: 'names unknown entity "nobody"' },
    ]);
  });

  it('rejects ids that are not kebab-case', () => {
    expect(errorsOf((p) => (p.entities[1]!.id = 'Entity Two'))).toEqual([
      { path: 'entities[1] (Entity Two).id', message: 'must be a kebab-case id such as "safeguard-defenders"' },
    ]);
  });

  it('rejects a missing field and an unknown field', () => {
    const errors = errorsOf((p) => {
      delete (p.entities[1] as { summary?: string }).summary;
      (p.entities[1] as Record<string, unknown>).extra = 1;
    });
    expect(errors).toContainEqual({ path: 'entities[1] (entity-two).summary', message: 'is required' });
    expect(errors).toContainEqual({ path: 'entities[1] (entity-two).extra', message: 'unknown field "extra"' });
  });

  it('rejects an unknown source kind', () => {
    expect(errorsOf((p) => ((p.sources[0] as { kind: string }).kind = 'blog'))[0]!.path).toBe('sources[0] (src-a).kind');
  });
});

describe('parsePack', () => {
  it('reports invalid JSON', () => {
    const result = parsePack('{ "id": ');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors[0]!.message).toMatch(/^is not valid JSON/);
  });

  it('refuses a pack larger than the limit before parsing it', () => {
    const result = parsePack(' '.repeat(MAX_PACK_BYTES + 1));
    expect(!result.ok && result.errors[0]!.message).toMatch(/may be at most/);
  });

  it('reports a deeply nested document as an error, not a crash', () => {
    const result = parsePack('['.repeat(100_000) + ']'.repeat(100_000));
    expect(result.ok).toBe(false);
  });
});

describe('formatPackErrors', () => {
  it('names the file, then the path, then the problem', () => {
    expect(formatPackErrors('data/x.pack.json', [{ path: 'sources[0] (a).url', message: 'must be an absolute https: URL' }])).toBe(
      'data/x.pack.json: sources[0] (a).url: must be an absolute https: URL',
    );
  });
});
