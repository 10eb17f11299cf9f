import { useState } from 'preact/hooks';
import { citationMarks, formatPackDate } from '../lib/citations';
import type { EntityView, RelatedEntity } from '../lib/entity-view';
import type { EntityType, Source } from '../lib/pack/schema';
import { CitationList, type CitationListLabels, type CopyStatus } from './CitationList';

export interface EntityDetailsLabels extends CitationListLabels {
  types: Record<EntityType, string>;
  facts: string;
  noFacts: string;
  positions: string;
  sources: string;
  related: string;
  /** Shown where a related entity's preview appears, until one is pointed at or focused. */
  relatedHint: string;
  reviewed: (date: string) => string;
}

export interface EntityDetailsProps {
  /** The entity with its sources and citation marks, numbered already (lib/entity-view.ts). */
  view: EntityView;
  labels: EntityDetailsLabels;
  /** BCP 47 locale for dates. */
  locale?: string;
  /** Id of the name heading, for a dialog's aria-labelledby. */
  headingId?: string;
  /** Level of the name heading; section headings are one level below. */
  headingLevel?: 2 | 3 | 4;
  /** A related entity was chosen (click, Enter). Without it, related entities preview but are not buttons. */
  onSelectRelated?: (entityId: string) => void;
  /** Copy a source as a citation (CitationList); without it, sources have no copy button. */
  onCopyCitation?: (source: Source) => void;
  copyStatus?: CopyStatus | null;
}

const HEADINGS = ['h2', 'h3', 'h4', 'h5'] as const;

function Marks({ numbers }: { numbers: number[] }) {
  if (numbers.length === 0) return null;
  return <sup class="cite">{citationMarks(numbers)}</sup>;
}

/**
 * One entity in full: name and type, summary, key facts and contested
 * positions with numbered citations, the numbered sources, related entities
 * and the reviewed date. Render only: props in, callbacks out.
 */
export function EntityDetails(props: EntityDetailsProps) {
  const { view, labels, locale = 'en', headingId, headingLevel = 2, onSelectRelated, onCopyCitation, copyStatus } = props;
  const { entity, sources, marks, related } = view;
  const positions = entity.positions ?? [];
  const Name = HEADINGS[headingLevel - 2]!;
  const Section = HEADINGS[headingLevel - 1]!;

  return (
    <article class="entity-details">
      <header class="ed-head">
        <Name id={headingId} class="ed-name">
          {entity.name}
        </Name>
        <p class="ed-type">{labels.types[entity.type] ?? entity.type}</p>
      </header>
      <p class="ed-summary">{entity.summary}</p>

      <section class="ed-section ed-facts">
        <Section class="ed-heading">{labels.facts}</Section>
        {entity.facts.length > 0 ? (
          <dl class="facts">
            {entity.facts.map((fact, i) => (
              <div class="fact" key={i}>
                <dt class="fact-label">{fact.label}</dt>
                <dd class="fact-value">
                  {fact.value}
                  <Marks numbers={marks.facts[i] ?? []} />
                </dd>
              </div>
            ))}
          </dl>
        ) : (
          <p class="ed-empty">{labels.noFacts}</p>
        )}
      </section>

      {positions.length > 0 ? (
        <section class="ed-section ed-positions">
          <Section class="ed-heading">{labels.positions}</Section>
          <ul class="positions" data-count={positions.length}>
            {positions.map((position, i) => (
              <li class="position" key={i}>
                <p class="position-holder">{position.holder}</p>
                <p class="position-statement">
                  {position.statement}
                  <Marks numbers={marks.positions[i] ?? []} />
                </p>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {sources.length > 0 ? (
        <section class="ed-section ed-sources">
          <Section class="ed-heading">{labels.sources}</Section>
          <CitationList sources={sources} labels={labels} locale={locale} onCopy={onCopyCitation} copyStatus={copyStatus} />
        </section>
      ) : null}

      {related.length > 0 ? (
        <RelatedList related={related} labels={labels} heading={Section} onSelect={onSelectRelated} />
      ) : null}

      <p class="ed-reviewed">{labels.reviewed(formatPackDate(entity.reviewedOn, locale))}</p>
    </article>
  );
}

interface RelatedListProps {
  related: readonly RelatedEntity[];
  labels: EntityDetailsLabels;
  heading: (typeof HEADINGS)[number];
  onSelect?: (entityId: string) => void;
}

/**
 * Related entities with a preview of the one pointed at or focused. The
 * preview area keeps its size whatever it shows, so hovering never moves the
 * names out from under the pointer.
 */
function RelatedList({ related, labels, heading: Heading, onSelect }: RelatedListProps) {
  const [previewId, setPreviewId] = useState<string | null>(null);
  const preview = related.find((r) => r.id === previewId) ?? null;
  return (
    <section class="ed-section ed-related">
      <Heading class="ed-heading">{labels.related}</Heading>
      <ul class="related" onMouseLeave={() => setPreviewId(null)}>
        {related.map((r) => (
          <li key={r.id} class="related-item" data-entity-id={r.id}>
            {onSelect ? (
              <button
                type="button"
                class="related-name"
                onClick={() => onSelect(r.id)}
                onMouseEnter={() => setPreviewId(r.id)}
                onFocus={() => setPreviewId(r.id)}
                onBlur={() => setPreviewId(null)}
              >
                {r.name}
              </button>
            ) : (
              <span class="related-name" onMouseEnter={() => setPreviewId(r.id)}>
                {r.name}
              </span>
            )}
          </li>
        ))}
      </ul>
      <div class="related-preview" aria-live="polite">
        {preview ? (
          <>
            <p class="related-preview-name">
              {preview.name} <span class="related-preview-type">· {labels.types[preview.type] ?? preview.type}</span>
            </p>
            <p class="related-preview-summary">{preview.summary}</p>
          </>
        ) : (
          <p class="related-preview-hint">{labels.relatedHint}</p>
        )}
      </div>
    </section>
  );
}
