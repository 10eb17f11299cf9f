import type { EntityView } from '../lib/entity-view';
import { CountryTable, type CountryTableLabels } from './CountryTable';
import { Timeline, type TimelineLabels } from './Timeline';

export interface EntityStoryLabels extends CountryTableLabels, TimelineLabels {
  /** Heading of the responses by country. */
  countries: string;
  /** Heading of the timeline. */
  timeline: string;
}

export interface EntityStoryProps {
  /** A full view (lib/entity-view.ts with `story`): its countries and timeline, cited in its one numbering. */
  view: EntityView;
  labels: EntityStoryLabels;
  /** The language of `labels` when it is not the text's. */
  labelLang?: string;
  /** Level of the entity's name heading; these sections' headings are one below. */
  headingLevel: 2 | 3 | 4;
  /** Makes the section headings' ids (`<prefix>-countries`, `<prefix>-timeline`) unique where several entities are open. */
  idPrefix: string;
}

const HEADINGS = ['h3', 'h4', 'h5'] as const;

/**
 * An entity's responses by country and its timeline, as sections of its
 * details: each under a heading that names it and that a link can focus
 * (the card's "By country"). Render only.
 */
export function EntityStory({ view, labels, labelLang, headingLevel, idPrefix }: EntityStoryProps) {
  const Heading = HEADINGS[headingLevel - 2]!;
  const countriesId = `${idPrefix}-countries`;
  const timelineId = `${idPrefix}-timeline`;
  return (
    <>
      {view.countries.length > 0 ? (
        <section class="ed-section ed-countries">
          <Heading id={countriesId} class="ed-heading" lang={labelLang} tabIndex={-1}>
            {labels.countries}
          </Heading>
          <CountryTable countries={view.countries} labels={labels} labelledBy={countriesId} locale={view.lang} labelLang={labelLang} />
        </section>
      ) : null}
      {view.timeline.length > 0 ? (
        <section class="ed-section ed-timeline">
          <Heading id={timelineId} class="ed-heading" lang={labelLang} tabIndex={-1}>
            {labels.timeline}
          </Heading>
          <Timeline events={view.timeline} labels={labels} labelledBy={timelineId} locale={view.lang} labelLang={labelLang} />
        </section>
      ) : null}
    </>
  );
}
