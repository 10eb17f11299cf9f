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

describe('validatePack: aliases', () => {
  /** The errors of a pack whose first entity has these aliases. */
  const aliasErrors = (aliases: unknown[]) => errorsOf((p) => ((p.entities[0] as { aliases: unknown[] }).aliases = aliases));

  it('accepts every kind of alias rule, and the older forms', () => {
    const pack = validPack();
    (pack.entities[0] as { aliases: unknown[] }).aliases = [
      { text: 'Entity One', case: 'proper' },
      { text: 'EO', caseSensitive: true, context: ['one', 'uno'] },
      { text: 'E1', case: 'exact', context: { block: ['entity'], page: ['one'] }, unless: { block: ['E1 visa'] } },
      { text: 'Entidad … Uno', lang: ['es', 'pt-BR'] },
      { text: 'chinesisch* … Entität*', context: { block: ['Polizei*'] } },
      { text: 'entity stations', context: [{ block: ['abroad'] }, { page: ['China'] }] },
      { text: 'the entity', short: 'page' },
      { text: '这个实体', short: 'block', lang: ['zh'] },
    ];
    expect(validatePack(pack)).toMatchObject({ ok: true });
  });

  it.each([
    ['case and caseSensitive together', [{ text: 'Entity One', case: 'exact', caseSensitive: true }], 'aliases[0].case', /either "case" or the older "caseSensitive"/],
    ['an unknown case mode', [{ text: 'Entity One', case: 'upper' }], 'aliases[0].case', /must be one of any, proper, exact/],
    ['a language that is not a BCP 47 tag', [{ text: 'Entity One', lang: ['Dutch'] }], 'aliases[0].lang[0]', /BCP 47/],
    ['an empty list of languages', [{ text: 'Entity One', lang: [] }], 'aliases[0].lang', /at least one language/],
    ['context that is neither a list nor scoped lists', [{ text: 'Entity One', context: 'China' }], 'aliases[0].context', /a list of terms, \{ block, page \} lists of terms, or a list of such conditions/],
    ['scoped context with no scope', [{ text: 'Entity One', context: {} }], 'aliases[0].context', /block or page terms/],
    ['an empty list of conditions', [{ text: 'Entity One', context: [] }], 'aliases[0].context', /list of terms/],
    ['a condition with no scope in a list', [{ text: 'Entity One', context: [{ block: ['x1'] }, {}] }], 'aliases[0].context[1]', /block or page terms/],
    ['scoped context with an unknown scope', [{ text: 'Entity One', context: { paragraph: ['x'] } }], 'aliases[0].context', /\{ block, page \} lists of terms/],
    ['negative context as a plain list', [{ text: 'Entity One', unless: ['Met'] }], 'aliases[0].unless', /not a plain list/],
    ['an empty list of negative terms', [{ text: 'Entity One', unless: { page: [] } }], 'aliases[0].unless.page', /at least one term/],
    ['an unknown short-form scope', [{ text: 'Entity One' }, { text: 'it', short: 'near' }], 'aliases[1].short', /must be one of block, page/],
    ['only short forms', [{ text: 'the entity', short: 'page' }], 'aliases[0].short', /needs a full \(not short\) alias/],
    ['a gap at the start', [{ text: '… One' }], 'aliases[0].text', /each part around a gap/],
    ['a part of one letter', [{ text: 'Entity … 1' }], 'aliases[0].text', /at least 2 characters/],
    ['too many gaps', [{ text: 'a1 … b2 … c3 … d4 … e5' }], 'aliases[0].text', /at most 3 gaps/],
    ['text that is only quotes', [{ text: '«»' }], 'aliases[0].text', /at least 2 characters/],
    ['a * inside a word', [{ text: 'Enti*ty One' }], 'aliases[0].text', /\* only at its end/],
    ['a * after a short word', [{ text: 'Entity On*' }], 'aliases[0].text', /at least 4 letters before \*/],
    ['a * inside a context term', [{ text: 'Entity One', context: { block: ['chi*nese'] } }], 'aliases[0].context', /"chi\*nese" may use \*/],
    ['the same alias twice up to case and quotes', [{ text: 'Entity One' }, { text: '"entity one"' }], 'aliases[1].text', /duplicate alias/],
  ])('rejects %s, naming the entity and field', (_name, aliases, field, message) => {
    const errors = aliasErrors(aliases);
    expect(errors).toHaveLength(1);
    expect(errors[0]!.path).toBe(`entities[0] (entity-one).${field}`);
    expect(errors[0]!.message).toMatch(message);
  });

  it('accepts the same text with different rules: case, language or short form', () => {
    const pack = validPack();
    (pack.entities[0] as { aliases: unknown[] }).aliases = [
      { text: 'Entity One' },
      { text: 'ENTITY ONE', case: 'exact' },
      { text: 'Entity One', lang: ['nl'] },
      { text: 'entity one', short: 'page' },
    ];
    expect(validatePack(pack)).toMatchObject({ ok: true });
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
