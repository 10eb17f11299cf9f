import { formatPackDate } from '../lib/pack/date-text';
import type { TimelineEventView } from '../lib/entity-view';
import type { TimelineSide } from '../lib/pack/schema';
import { Marks } from './EntityDetails';

export interface TimelineLabels {
  /** Column heading over the Chinese state's statements and actions. */
  chinaLane: string;
  /** Column heading over everyone else's. */
  othersLane: string;
  sides: Record<TimelineSide, string>;
}

export interface TimelineProps {
  /** Newest first, as the view model orders them (lib/entity-view.ts). */
  events: readonly TimelineEventView[];
  labels: TimelineLabels;
  /** Id of the heading that names the list. */
  labelledBy: string;
  /** BCP 47 language of the text, for dates. */
  locale: string;
  /** The language of `labels` when it is not the text's. */
  labelLang?: string;
}

/**
 * Dated events, newest first, on one line of time: the Chinese government's
 * and state media's statements sit in their own lane beside everyone
 * else's, so a reader sees what Beijing said next to what it answered.
 * Each event also names its side in words, for readers who do not see the
 * lanes. Render only.
 */
export function Timeline({ events, labels, labelledBy, locale, labelLang }: TimelineProps) {
  if (events.length === 0) return null;
  return (
    <div class="timeline">
      <div class="tl-lanes" aria-hidden="true" lang={labelLang}>
        <span class="tl-lane-head tl-lane-others">{labels.othersLane}</span>
        <span class="tl-lane-head tl-lane-china">{labels.chinaLane}</span>
      </div>
      <ol class="tl-events" aria-labelledby={labelledBy}>
        {events.map((event, i) => {
          const lane = event.china ? 'china' : 'others';
          return (
            <li key={i} class={`tl-event tl-${lane}`} data-side={event.side} data-lane={lane}>
              <time class="tl-date" dateTime={event.date}>
                {formatPackDate(event.date, locale)}
              </time>
              <div class="tl-body">
                <p class="tl-speaker">
                  <span class="tl-side" lang={labelLang}>
                    {labels.sides[event.side] ?? event.side}
                  </span>
                  {' · '}
                  {event.speaker}
                </p>
                <p class="tl-text">
                  {event.text}
                  <Marks numbers={event.marks} />
                </p>
              </div>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
