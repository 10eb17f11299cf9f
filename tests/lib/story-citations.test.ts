import { describe, expect, it } from 'vitest';
import { numberCitations } from '../../lib/citations';
import type { Country, Entity, TimelineEvent } from '../../lib/pack/schema';
import { entityCiting, numberEntityCitations } from '../../lib/story-citations';

const entity: Pick<Entity, 'facts' | 'positions' | 'countries'> = {
  facts: [{ label: 'Count', value: 'Two', sources: ['report', 'about'] }],
  positions: [{ holder: 'Ministry', statement: 'Untrue.', sources: ['denial'] }],
  countries: [
    {
      country: 'NL',
      reported: { text: 'Two sites.', sources: ['paper', 'report'] },
      responses: [{ date: '2022-11-01', actor: 'Minister', action: 'closure-ordered', text: 'Ordered closed.', sources: ['paper', 'anp'] }],
      hostPosition: { holder: 'Ministry', statement: 'Illegal.', sources: ['ministry'] },
    } satisfies Country,
  ],
};
const events: TimelineEvent[] = [
  { date: '2022-11-02', entities: ['x'], side: 'chinese-government', speaker: 'MFA', text: 'Denied.', sources: ['denial', 'reuters'] },
];

describe('numberEntityCitations', () => {
  it('numbers facts, positions, country rows and then events, each source once', () => {
    expect(numberEntityCitations(entity, events).order).toEqual(['report', 'about', 'denial', 'paper', 'anp', 'ministry', 'reuters']);
  });

  it('gives facts and positions the same numbers as the card does without the story', () => {
    const card = numberCitations(entity.facts, entity.positions);
    const full = numberEntityCitations(entity, events);
    expect(full.order.slice(0, card.order.length)).toEqual(card.order);
    expect(full.numbersOf(['denial'])).toEqual(card.numbersOf(['denial']));
  });

  it('maps a row or event to its numbers', () => {
    const numbers = numberEntityCitations(entity, events);
    expect(numbers.numbersOf(entity.countries![0]!.responses[0]!.sources)).toEqual([4, 5]);
    expect(numbers.numbersOf(events[0]!.sources)).toEqual([3, 7]);
  });

  it('works for an entity without countries or events', () => {
    expect(numberEntityCitations({ facts: entity.facts }).order).toEqual(['report', 'about']);
    expect(entityCiting({ facts: [] })).toEqual([]);
  });
});
