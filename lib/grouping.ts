/**
 * Entities grouped as the popup and the options page show them, and how
 * much of a group is tracked. Settings store what the user turned *off*
 * (extension/settings.ts), so this works on the untracked ids.
 */
import { ENTITY_GROUPS, type EntityGroup, type EntityType } from './pack/schema';

export type { EntityGroup };

/** Entities without a `group` are grouped by their type. */
const GROUP_OF_TYPE: Record<EntityType, EntityGroup> = {
  organization: 'organizations',
  person: 'people',
  report: 'reports',
  program: 'programs',
  'government-body': 'government-bodies',
  media: 'media',
  concept: 'concepts',
};

export interface Groupable {
  group?: EntityGroup;
  type: EntityType;
}

export function groupOf(entity: Groupable): EntityGroup {
  return entity.group ?? GROUP_OF_TYPE[entity.type];
}

export interface Group<T> {
  group: EntityGroup;
  items: T[];
}

/** Non-empty groups in a fixed order; items keep the order they came in. */
export function groupBy<T>(items: readonly T[], entityOf: (item: T) => Groupable): Group<T>[] {
  const byGroup = new Map<EntityGroup, T[]>();
  for (const item of items) {
    const group = groupOf(entityOf(item));
    const list = byGroup.get(group);
    if (list) list.push(item);
    else byGroup.set(group, [item]);
  }
  return ENTITY_GROUPS.filter((g) => byGroup.has(g)).map((group) => ({ group, items: byGroup.get(group)! }));
}

export type TrackingState = 'all' | 'some' | 'none';

export function trackingState(ids: readonly string[], untracked: ReadonlySet<string>): TrackingState {
  const off = ids.filter((id) => untracked.has(id)).length;
  return off === 0 ? 'all' : off === ids.length ? 'none' : 'some';
}
