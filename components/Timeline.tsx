import { citationMarks, formatPackDate, type CitationNumbers } from '../lib/citations';
import type { TimelineEvent, TimelineSide } from '../lib/pack/schema';
import { isChinaSide, newestFirst } from '../lib/timeline';

export interface TimelineLabels {
  /** Accessible name of the list, e.g. "Timeline". */
  label: string;
  /** Column heading over the Chinese state's statements and actions. */
  chinaLane: string;
  /** Column heading over everyone else's. */
  othersLane: string;
  sides: Record<TimelineSide, string>;
}

export interface TimelineProps {
  events: readonly TimelineEvent[];
  /** The entity's shared numbering (lib/story-citations.ts), so [n] matches its source list. */
  citations: Pick<CitationNumbers, 'numbersOf'>;
  labels: TimelineLabels;
  /** BCP 47 locale of the UI, for dates. */
  locale?: string;
}

/**
 * Dated events, newest first, on one line of time: the Chinese government's
 * and state media's statements sit in their own lane beside everyone
 * else's, so a reader sees what Beijing said next to what it answered.
 * Each event also names its side in words, for readers who do not see the
 * lanes. Render only.
 */
export function Timeline({ events, citations, labels, locale = 'en' }: TimelineProps) {
  if (events.length === 0) return null;
  return (
    <div class="timeline">
      <div class="tl-lanes" aria-hidden="true">
        <span class="tl-lane-head tl-lane-others">{labels.othersLane}</span>
        <span class="tl-lane-head tl-lane-china">{labels.chinaLane}</span>
      </div>
      <ol class="tl-events" aria-label={labels.label}>
        {newestFirst(events).map((event, i) => {
          const lane = isChinaSide(event.side) ? 'china' : 'others';
          const numbers = citations.numbersOf(event.sources);
          return (
            <li key={i} class={`tl-event tl-${lane}`} data-side={event.side} data-lane={lane}>
              <time class="tl-date" dateTime={event.date}>
                {formatPackDate(event.date, locale)}
              </time>
              <div class="tl-body">
                <p class="tl-speaker">
                  <span class="tl-side">{labels.sides[event.side] ?? event.side}</span>
                  {' · '}
                  {event.speaker}
                </p>
                <p class="tl-text">
                  {event.text}
                  {numbers.length > 0 ? <sup class="cite">{citationMarks(numbers)}</sup> : null}
                </p>
              </div>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
