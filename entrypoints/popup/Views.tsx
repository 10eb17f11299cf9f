/**
 * The popup's three views: what this page mentions (by group), search
 * results over every entity, and one entity in full.
 */
import { i18n } from '#i18n';
import { EntityList, type EntityListItem, type EntityListProps } from '../../components/EntityList';
import { GroupedEntityList, type GroupedItem } from '../../components/GroupedEntityList';
import { Toggle } from '../../components/Toggle';
import { onPageGroupCount } from '../../extension/labels';
import { isPaused } from '../../extension/settings';
import { listEntity } from '../../lib/entity-view';
import type { EntityGroup } from '../../lib/grouping';
import type { EntitySearch } from '../../lib/search';
import type { PopupData } from './data';
import { Details, JumpButton, type PopupView } from './EntityInfo';
import type { PageReading } from './usePageReading';

/** What the two lists share: the switches, and the details each item opens into. */
export type ListProps = Omit<EntityListProps, 'items' | 'renderDetails'> & { labels: PopupView['listLabels'] };

interface OnThisPageProps {
  popup: PopupView;
  data: PopupData;
  page: PageReading;
  list: ListProps;
  groupIds: (group: EntityGroup) => string[];
}

export function OnThisPage({ popup, data, page, list, groupIds }: OnThisPageProps) {
  const { catalog, untracked } = popup;
  let state: { text: string; kind: string } | null = null;
  if (data.host === null) state = { text: i18n.t('popup.unsupported'), kind: 'unsupported' };
  else if (!data.enabled) state = { text: i18n.t('popup.off'), kind: 'off' };
  else if (isPaused(data.paused, data.host)) state = { text: i18n.t('popup.paused', [data.host]), kind: 'paused' };
  else if (page.reading) state = { text: i18n.t('popup.reading'), kind: 'reading' };
  const shown = (id: string) => {
    const entity = catalog.entity(id);
    return entity ? listEntity(entity, popup.langOf(entity)) : null;
  };
  const name = (id: string) => shown(id)?.name ?? id;
  const items: GroupedItem[] = [...page.seen]
    .sort(([a, na], [b, nb]) => nb - na || name(a).localeCompare(name(b)))
    .flatMap(([id]) => {
      const entity = shown(id);
      return entity ? [{ entity, count: popup.countOf(id), tracked: !untracked.has(id) }] : [];
    });
  return (
    <section class="on-page" aria-labelledby="on-page-heading">
      <h2 id="on-page-heading" class="section-title">
        {i18n.t('popup.onThisPage')}
      </h2>
      {data.manual && data.host !== null && state === null ? <p class="note">{i18n.t('popup.manual')}</p> : null}
      {state ? (
        <p class={`state state-${state.kind}`}>{state.text}</p>
      ) : (
        <GroupedEntityList
          {...list}
          labels={{ ...list.labels, groupCount: onPageGroupCount }}
          items={items}
          untracked={untracked}
          groupIds={groupIds}
          onTrackGroup={(group, on) => popup.track(groupIds(group), on)}
          renderDetails={(id) => <Details popup={popup} id={id} headingLevel={4} />}
          headingLevel={3}
          empty={i18n.t('popup.empty')}
        />
      )}
    </section>
  );
}

export function SearchResults({ popup, search, query, list }: { popup: PopupView; search: EntitySearch; query: string; list: ListProps }) {
  const items: EntityListItem[] = search.search(query).flatMap((hit) => {
    const found = popup.catalog.entity(hit.id);
    const entity = found && listEntity(found, popup.langOf(found));
    const count = popup.countOf(hit.id);
    return entity ? [{ entity, tracked: !popup.untracked.has(hit.id), matched: hit.matched, count: count > 0 ? count : undefined }] : [];
  });
  return (
    <section class="results" aria-labelledby="results-heading">
      <h2 id="results-heading" class="section-title">
        {i18n.t('popup.results', items.length)}
      </h2>
      <EntityList
        {...list}
        items={items}
        renderDetails={(id) => <Details popup={popup} id={id} headingLevel={3} />}
        empty={i18n.t('popup.noResults', [query.trim()])}
      />
    </section>
  );
}

export function EntityPage({ popup, id, section }: { popup: PopupView; id: string; section: 'countries' | null }) {
  const found = popup.catalog.entity(id);
  const entity = found && listEntity(found, popup.langOf(found));
  const count = popup.countOf(id);
  return (
    <section class="detail" data-entity-id={id} aria-label={entity?.name}>
      {entity ? (
        <div class="detail-bar">
          <Toggle
            checked={!popup.untracked.has(id)}
            onChange={(on) => popup.track([id], on)}
            label={popup.listLabels.track(entity.name)}
            text={i18n.t('entity.trackShort')}
          />
          <span class={count > 0 ? 'entity-count' : 'muted'}>{count > 0 ? popup.listLabels.mentions(count) : i18n.t('popup.notOnPage')}</span>
          <JumpButton popup={popup} id={id} name={entity.name} />
        </div>
      ) : null}
      <Details popup={popup} id={id} headingLevel={2} withJump={false} section={section} />
    </section>
  );
}
