import type { EntityGroup } from '../lib/grouping';
import { groupBy, trackingState } from '../lib/grouping';
import type { Groupable } from '../lib/grouping';
import { EntityList, type EntityListItem, type EntityListLabels, type EntityListProps } from './EntityList';
import { Toggle } from './Toggle';

/** What a group's header counts. */
export interface GroupCounts {
  /** Entities of the group listed here: those the page mentions, or those a filter matches. */
  listed: number;
  /** Entities of the whole group that are tracked, listed or not. */
  tracked: number;
  /** Entities in the whole group: what its switch turns on or off. */
  total: number;
}

export interface GroupedEntityListLabels extends EntityListLabels {
  groups: Record<EntityGroup, string>;
  /** The group switch's accessible name, saying what it switches: "Track all 3 entities in People". */
  trackGroup: (group: string, total: number) => string;
  /** Beside the group's heading, e.g. "1 on this page · tracking all 3" (the popup) or "tracking 2 of 5" (the options page). */
  groupCount: (counts: GroupCounts) => string;
}

export interface GroupedItem extends EntityListItem {
  entity: EntityListItem['entity'] & Groupable;
}

export interface GroupedEntityListProps extends Omit<EntityListProps, 'items' | 'labels'> {
  items: readonly GroupedItem[];
  labels: GroupedEntityListLabels;
  /** Switches every entity of the group (not only those listed) on or off. */
  onTrackGroup: (group: EntityGroup, tracked: boolean) => void;
  /** Every entity id per group, for the group switch's state; defaults to the listed ones. */
  groupIds?: (group: EntityGroup) => readonly string[];
  untracked: ReadonlySet<string>;
  headingLevel?: 2 | 3 | 4;
  /** Prefix for heading ids, unique in the page. */
  idPrefix?: string;
}

/**
 * Entities under a heading per group, each group with a switch for all of
 * it. A group is "on" only when every entity in it is tracked; switching a
 * partly tracked group turns all of it on. Render only.
 */
export function GroupedEntityList(props: GroupedEntityListProps) {
  const { items, labels, onTrackGroup, groupIds, untracked, headingLevel = 3, idPrefix = 'group', empty, ...list } = props;
  if (items.length === 0) return empty ? <p class="empty">{empty}</p> : null;
  const Heading = (`h${headingLevel}` as 'h2' | 'h3' | 'h4');
  return (
    <div class="groups">
      {groupBy(items, (item) => item.entity).map(({ group, items: groupItems }) => {
        const ids = groupIds?.(group) ?? groupItems.map((item) => item.entity.id);
        const state = trackingState(ids, untracked);
        const counts: GroupCounts = { listed: groupItems.length, tracked: ids.filter((id) => !untracked.has(id)).length, total: ids.length };
        const headingId = `${idPrefix}-${group}`;
        const name = labels.groups[group] ?? group;
        return (
          <section key={group} class="group" data-group={group} aria-labelledby={headingId}>
            <div class="group-head">
              <Heading id={headingId} class="group-name">
                {name}
              </Heading>
              <span class="group-count">{labels.groupCount(counts)}</span>
              <Toggle checked={state === 'all'} onChange={(on) => onTrackGroup(group, on)} label={labels.trackGroup(name, ids.length)} hideLabel />
            </div>
            <EntityList {...list} items={groupItems} labels={labels} />
          </section>
        );
      })}
    </div>
  );
}
