// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EntityList, type EntityListProps } from '../../components/EntityList';
import { GroupedEntityList, type GroupCounts, type GroupedEntityListProps } from '../../components/GroupedEntityList';
import { LABELS } from './fixtures';

const LIST_LABELS = {
  types: LABELS.types,
  mentions: (n: number) => (n === 1 ? '1 mention' : `${n} mentions`),
  track: (name: string) => `Track ${name}`,
  notTracked: 'Not tracked',
  groups: {
    organizations: 'Organisations',
    people: 'People',
    reports: 'Reports',
    programs: 'Programmes',
    'government-bodies': 'Government bodies',
    media: 'Media',
    concepts: 'Concepts',
  },
  trackGroup: (group: string, total: number) => `Track all ${total} in ${group}`,
  groupCount: ({ listed, tracked, total }: GroupCounts) => `${listed} listed, ${tracked} of ${total} tracked`,
};

const SD = { id: 'safeguard-defenders', name: 'Safeguard Defenders', type: 'organization' as const };
const FL = { id: 'finn-lau', name: 'Finn Lau', type: 'person' as const };
const PD = { id: 'peter-dahlin', name: 'Peter Dahlin', type: 'person' as const };

let root: HTMLDivElement;
function mount(node: preact.ComponentChild) {
  root = document.createElement('div');
  document.body.append(root);
  render(node, root);
  return root;
}
afterEach(() => {
  render(null, root);
  root.remove();
});
const switchOf = (id: string) => root.querySelector<HTMLButtonElement>(`[data-entity-id="${id}"] [role="switch"]`)!;

describe('EntityList', () => {
  function show(overrides: Partial<EntityListProps> = {}) {
    const props: EntityListProps = {
      items: [
        { entity: SD, count: 2, tracked: true },
        { entity: FL, tracked: false, matched: '劉祖廸' },
      ],
      labels: LIST_LABELS,
      onTrack: vi.fn(),
      ...overrides,
    };
    mount(<EntityList {...props} />);
    return props;
  }

  it('lists each entity with data-entity-id, its count and a labelled switch', () => {
    show();
    const items = [...root.querySelectorAll('[data-entity-id]')];
    expect(items.map((li) => li.getAttribute('data-entity-id'))).toEqual(['safeguard-defenders', 'finn-lau']);
    expect(items[0]!.querySelector('.entity-count')!.textContent).toBe('2 mentions');
    expect(switchOf('safeguard-defenders').getAttribute('aria-label')).toBe('Track Safeguard Defenders');
    expect(switchOf('safeguard-defenders').getAttribute('aria-checked')).toBe('true');
  });

  it('says when an entity is not tracked, and shows the alias a search matched', () => {
    show();
    const item = root.querySelector('[data-entity-id="finn-lau"]')!;
    expect(item.querySelector('.entity-count')!.textContent).toBe('Not tracked');
    expect(item.querySelector('.entity-alias')!.textContent).toBe('劉祖廸');
    expect(switchOf('finn-lau').getAttribute('aria-checked')).toBe('false');
  });

  it('reports switch changes', () => {
    const props = show();
    act(() => switchOf('finn-lau').click());
    expect(props.onTrack).toHaveBeenCalledWith('finn-lau', true);
  });

  it('expands an item into its details, with aria-expanded and aria-controls', () => {
    const onExpand = vi.fn();
    show({ renderDetails: (id) => <p class="details">Details of {id}</p>, onExpand, expanded: new Set(['finn-lau']) });
    const closed = root.querySelector<HTMLButtonElement>('[data-entity-id="safeguard-defenders"] .entity-toggle')!;
    const open = root.querySelector<HTMLButtonElement>('[data-entity-id="finn-lau"] .entity-toggle')!;
    expect(closed.getAttribute('aria-expanded')).toBe('false');
    expect(open.getAttribute('aria-expanded')).toBe('true');
    expect(root.querySelector(`#${open.getAttribute('aria-controls')}`)!.textContent).toBe('Details of finn-lau');
    act(() => closed.click());
    expect(onExpand).toHaveBeenCalledWith('safeguard-defenders', true);
  });

  it('shows the empty text when there is nothing', () => {
    show({ items: [], empty: 'Nothing here.' });
    expect(root.querySelector('.empty')!.textContent).toBe('Nothing here.');
  });
});

describe('GroupedEntityList', () => {
  function show(overrides: Partial<GroupedEntityListProps> = {}) {
    const props: GroupedEntityListProps = {
      items: [
        { entity: FL, tracked: true },
        { entity: SD, tracked: true },
        { entity: PD, tracked: false },
      ],
      labels: LIST_LABELS,
      untracked: new Set(['peter-dahlin']),
      onTrack: vi.fn(),
      onTrackGroup: vi.fn(),
      ...overrides,
    };
    mount(<GroupedEntityList {...props} />);
    return props;
  }
  const groupSwitch = (group: string) => root.querySelector<HTMLButtonElement>(`[data-group="${group}"] .group-head [role="switch"]`)!;

  it('puts entities under a heading per group, in a fixed group order', () => {
    show();
    expect([...root.querySelectorAll('h3')].map((h) => h.textContent)).toEqual(['Organisations', 'People']);
    expect([...root.querySelectorAll('[data-group="people"] [data-entity-id]')].map((e) => e.getAttribute('data-entity-id'))).toEqual([
      'finn-lau',
      'peter-dahlin',
    ]);
  });

  it('turns a group on only when all of it is tracked, and says how much is', () => {
    show();
    expect(groupSwitch('organizations').getAttribute('aria-checked')).toBe('true');
    expect(groupSwitch('people').getAttribute('aria-checked')).toBe('false');
    expect(root.querySelector('[data-group="people"] .group-count')!.textContent).toBe('2 listed, 1 of 2 tracked');
  });

  it('counts what is listed apart from the whole group, whose tracking the switch changes and names', () => {
    show({ items: [{ entity: FL, tracked: true }], groupIds: () => ['finn-lau', 'peter-dahlin', 'wang-jingyu'] });
    expect(root.querySelector('.group-count')!.textContent).toBe('1 listed, 2 of 3 tracked');
    expect(groupSwitch('people').getAttribute('aria-label')).toBe('Track all 3 in People');
  });

  it('switches a partly tracked group fully on', () => {
    const props = show();
    act(() => groupSwitch('people').click());
    expect(props.onTrackGroup).toHaveBeenCalledWith('people', true);
    act(() => groupSwitch('organizations').click());
    expect(props.onTrackGroup).toHaveBeenCalledWith('organizations', false);
  });
});
