import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { citationMarks } from '../lib/citations';
import { formatCitation, type CitationWords } from '../lib/citation-text';
import type { EntityView, PositionView, RelatedEntity } from '../lib/entity-view';
import { fill } from '../lib/fill';
import { formatPackDate } from '../lib/pack/date-text';
import type { EntityType } from '../lib/pack/schema';
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
  /** "Last reviewed $1". */
  reviewed: string;
  /** The words around a copied citation. */
  citation: CitationWords;
  /** Over a position about another case than the entity's own: "About: $1". */
  positionAbout: string;
  /** Over a general statement: "General statement, about: $1". */
  positionGeneral: string;
}

export interface EntityDetailsProps {
  /** The entity in one language, with its sources and citation marks numbered already (lib/entity-view.ts). */
  view: EntityView;
  labels: EntityDetailsLabels;
  /** The language of `labels` when it is not the text's (no locale for the pack's language): marked on each label. */
  labelLang?: string;
  /** Id of the name heading, for a dialog's aria-labelledby. */
  headingId?: string;
  /** Level of the name heading; section headings are one level below. */
  headingLevel?: 2 | 3 | 4;
  /** A related entity was chosen (click, Enter). Without it, related entities preview but are not buttons. */
  onSelectRelated?: (entityId: string) => void;
  /** More about the story (the country table and timeline, or a link to them), shown before the sources they cite. */
  story?: ComponentChildren;
  /**
   * Copy a source as a citation, given as text in the words of `labels`
   * (lib/citation-text.ts); without it, sources have no copy button.
   */
  onCopyCitation?: (sourceId: string, citation: string) => void;
  /** What became of the last copy (CitationList). */
  copyStatus?: CopyStatus | null;
}

const HEADINGS = ['h2', 'h3', 'h4', 'h5'] as const;

export function Marks({ numbers }: { numbers: readonly number[] }) {
  if (numbers.length === 0) return null;
  return <sup class="cite">{citationMarks(numbers)}</sup>;
}

/** A position's holder, what it was about when not this entity's own case, and its statement. */
export function PositionText({ position, labels }: { position: PositionView; labels: Pick<EntityDetailsLabels, 'positionAbout' | 'positionGeneral'> }) {
  return (
    <>
      <p class="position-holder">{position.holder}</p>
      {position.about !== undefined ? (
        <p class={position.general ? 'position-about is-general' : 'position-about'}>
          {fill(position.general ? labels.positionGeneral : labels.positionAbout, position.about)}
        </p>
      ) : null}
      <p class="position-statement">
        {position.statement}
        <Marks numbers={position.marks} />
      </p>
    </>
  );
}

/**
 * One entity in full: name and type, summary, key facts and contested
 * positions with numbered citations, the numbered sources, related entities
 * and the reviewed date. Its root carries the language of the text. Render
 * only: props in, callbacks out.
 */
export function EntityDetails(props: EntityDetailsProps) {
  const { view, labels, labelLang, headingId, headingLevel = 2, onSelectRelated, story, onCopyCitation, copyStatus } = props;
  const { facts, positions, sources, related } = view;
  const Name = HEADINGS[headingLevel - 2]!;
  const Section = HEADINGS[headingLevel - 1]!;

  return (
    <article class="entity-details" lang={view.lang}>
      <header class="ed-head">
        <Name id={headingId} class="ed-name">
          {view.name}
        </Name>
        <p class="ed-type" lang={labelLang}>
          {labels.types[view.type] ?? view.type}
        </p>
      </header>
      <p class="ed-summary">{view.summary}</p>

      <section class="ed-section ed-facts">
        <Section class="ed-heading" lang={labelLang}>
          {labels.facts}
        </Section>
        {facts.length > 0 ? (
          <dl class="facts">
            {facts.map((fact, i) => (
              <div class="fact" key={i}>
                <dt class="fact-label">{fact.label}</dt>
                <dd class="fact-value">
                  {fact.value}
                  <Marks numbers={fact.marks} />
                </dd>
              </div>
            ))}
          </dl>
        ) : (
          <p class="ed-empty" lang={labelLang}>
            {labels.noFacts}
          </p>
        )}
      </section>

      {positions.length > 0 ? (
        <section class="ed-section ed-positions">
          <Section class="ed-heading" lang={labelLang}>
            {labels.positions}
          </Section>
          <ul class="positions" data-count={positions.length}>
            {positions.map((position, i) => (
              <li class="position" key={i}>
                <PositionText position={position} labels={labels} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {story}

      {sources.length > 0 ? (
        <section class="ed-section ed-sources">
          <Section class="ed-heading" lang={labelLang}>
            {labels.sources}
          </Section>
          <CitationList
            sources={sources}
            labels={labels}
            locale={view.lang}
            labelLang={labelLang}
            // Written in the words of the labels, dates too, so that the pasted sentence reads in one language.
            onCopy={
              onCopyCitation &&
              ((source) =>
                onCopyCitation(source.id, formatCitation(source, { title: view.packTitle, reviewed: view.reviewedOn }, labels.citation, labelLang ?? view.lang)))
            }
            copyStatus={copyStatus}
          />
        </section>
      ) : null}

      {related.length > 0 ? (
        <RelatedList related={related} labels={labels} labelLang={labelLang} heading={Section} onSelect={onSelectRelated} />
      ) : null}

      <p class="ed-reviewed" lang={labelLang}>
        {fill(labels.reviewed, formatPackDate(view.reviewedOn, labelLang ?? view.lang))}
      </p>
    </article>
  );
}

interface RelatedListProps {
  related: readonly RelatedEntity[];
  labels: EntityDetailsLabels;
  labelLang?: string;
  heading: (typeof HEADINGS)[number];
  onSelect?: (entityId: string) => void;
}

/**
 * Related entities with a preview of the one pointed at or focused. The
 * preview area keeps its size whatever it shows, so hovering never moves the
 * names out from under the pointer.
 */
function RelatedList({ related, labels, labelLang, heading: Heading, onSelect }: RelatedListProps) {
  const [previewId, setPreviewId] = useState<string | null>(null);
  const preview = related.find((r) => r.id === previewId) ?? null;
  return (
    <section class="ed-section ed-related">
      <Heading class="ed-heading" lang={labelLang}>
        {labels.related}
      </Heading>
      <ul class="related" onMouseLeave={() => setPreviewId(null)}>
        {related.map((r) => (
          <li key={r.id} class="related-item" data-entity-id={r.id} lang={r.lang}>
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
            <p class="related-preview-name" lang={preview.lang}>
              {preview.name}{' '}
              <span class="related-preview-type" lang={labelLang}>
                · {labels.types[preview.type] ?? preview.type}
              </span>
            </p>
            <p class="related-preview-summary" lang={preview.lang}>
              {preview.summary}
            </p>
          </>
        ) : (
          <p class="related-preview-hint" lang={labelLang}>
            {labels.relatedHint}
          </p>
        )}
      </div>
    </section>
  );
}
