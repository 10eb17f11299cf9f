/**
 * The popup: what this page mentions, search over every entity, tracking
 * switches, pause on this site and the global switch. It only arranges
 * shared components; data and actions come from ./data.ts, the views from
 * ./Views.tsx.
 */
import { i18n } from '#i18n';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { SearchBox } from '../../components/SearchBox';
import { Toggle } from '../../components/Toggle';
import { entityListLabels, uiLang } from '../../extension/labels';
import { isPaused } from '../../extension/settings';
import { entityNames, listEntity } from '../../lib/entity-view';
import { groupOf, type EntityGroup } from '../../lib/grouping';
import { chooseLanguage } from '../../lib/language/choose';
import { Catalog, type CatalogEntity } from '../../lib/pack/catalog';
import { EntitySearch } from '../../lib/search';
import { actions, type PopupData, type PopupParams } from './data';
import type { PopupView } from './EntityInfo';
import { useCitationCopy } from './useCitationCopy';
import { usePageLanguages } from './usePageLanguages';
import { usePageReading } from './usePageReading';
import { EntityPage, OnThisPage, SearchResults, type ListProps } from './Views';

export interface AppProps {
  initial: PopupData;
  /** `?entity=`, `&lang=`, `&section=`: open straight into that entity's details (the card's Details and By country). */
  start: Pick<PopupParams, 'entityId' | 'lang' | 'section'>;
  watch: (onChange: (patch: Partial<PopupData>) => void) => () => void;
}

type View = { kind: 'list' } | { kind: 'entity'; id: string; from: 'list' | 'start' };

export function App({ initial, start, watch }: AppProps) {
  const [data, setData] = useState(initial);
  const [query, setQuery] = useState('');
  const [view, setView] = useState<View>(start.entityId ? { kind: 'entity', id: start.entityId, from: 'start' } : { kind: 'list' });
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const [status, setStatus] = useState('');
  const page = usePageReading(data);
  const pageLanguages = usePageLanguages(data);
  const searchRef = useRef<HTMLInputElement>(null);
  const citations = useCitationCopy();

  useEffect(() => watch((patch) => setData((d) => ({ ...d, ...patch }))), [watch]);

  const catalog = useMemo(() => new Catalog(data.packs), [data.packs]);
  const untracked = useMemo(() => new Set(data.untracked), [data.untracked]);
  const listLabels = useMemo(entityListLabels, []);
  const lang = useMemo(uiLang, []);
  /**
   * The language of an entity's text (issue 14): the reader's setting, else the page's (its mention's,
   * or the document's for an entity it does not mention), else the browser's. The entity the card
   * opened the popup on keeps the language the card showed.
   */
  const langOf = (entity: CatalogEntity) =>
    chooseLanguage({
      preference: entity.id === start.entityId && start.lang ? start.lang : data.language,
      page: pageLanguages?.entities[entity.id] ?? pageLanguages?.page ?? null,
      ui: data.ui,
      available: entity.languages,
    });
  // Built on the first search only: most popups never search. It finds names in every language.
  const searching = query.trim() !== '';
  const search = useMemo(
    () => (searching ? new EntitySearch(catalog.entities.map((e) => ({ ...listEntity(e, langOf(e)), names: entityNames(e), aliases: e.aliases }))) : null),
    [catalog, searching, pageLanguages, data.language],
  );

  const run = (work: Promise<unknown>) => {
    setStatus('');
    work.catch(() => setStatus(i18n.t('popup.saveFailed')));
  };
  const groupIds = (group: EntityGroup) => catalog.entities.filter((e) => groupOf(e) === group).map((e) => e.id);
  const hostPaused = data.host !== null && isPaused(data.paused, data.host);
  const onPage = data.host !== null && data.enabled && !hostPaused;

  const popup: PopupView = {
    catalog,
    untracked,
    countOf: (id) => (onPage ? (data.counts[id] ?? 0) : 0),
    listLabels,
    langOf,
    track: (ids, on) => run(actions.setTracked(ids, on)),
    jump(id) {
      if (data.tabId === null) return;
      setStatus('');
      void actions.jump(data.tabId, id).then((ok) => setStatus(ok ? '' : i18n.t('popup.jumpFailed')));
    },
    openEntity: (id) => setView({ kind: 'entity', id, from: 'list' }),
    citations,
  };
  const list: ListProps = {
    labels: listLabels,
    onTrack: (id, on) => popup.track([id], on),
    expanded,
    onExpand: (id, open) =>
      setExpanded((s) => {
        const next = new Set(s);
        if (open) next.add(id);
        else next.delete(id);
        return next;
      }),
  };

  const back = () => {
    const id = view.kind === 'entity' ? view.id : null;
    setView({ kind: 'list' });
    // Back to where the reader was: the item's own button if it is listed, else the search field.
    requestAnimationFrame(() => {
      const button = id ? document.querySelector<HTMLElement>(`[data-entity-id="${CSS.escape(id)}"] .entity-toggle`) : null;
      (button ?? searchRef.current)?.focus();
    });
  };

  return (
    <div
      class="popup"
      lang={lang}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && view.kind === 'entity' && view.from === 'list') {
          e.preventDefault();
          back();
        }
      }}
    >
      <header class="top">
        <div class="bar">
          <h1 class="brand">{i18n.t('extension.name')}</h1>
          <Toggle checked={data.enabled} onChange={(on) => run(actions.setEnabled(on))} label={i18n.t('popup.enabled')} hint={i18n.t('popup.enabledHint')} />
        </div>
        {data.host !== null ? (
          <div class="site" role="group" aria-label={i18n.t('popup.site')}>
            <span class="site-host" title={data.host}>
              {data.host}
            </span>
            <button type="button" class="button pause" onClick={() => run(actions.setPaused(data.host!, !hostPaused))}>
              {hostPaused ? i18n.t('popup.resumeSite') : i18n.t('popup.pauseSite')}
            </button>
          </div>
        ) : null}
      </header>
      {view.kind === 'entity' ? (
        <nav class="nav">
          {/* Opened at a section (the card's "By country"), focus goes to that section's heading instead. */}
          <button type="button" class="button back" onClick={back} autoFocus={!(view.from === 'start' && start.section)}>
            <span aria-hidden="true">← </span>
            {i18n.t('popup.back')}
          </button>
        </nav>
      ) : (
        <SearchBox
          value={query}
          onInput={setQuery}
          label={i18n.t('popup.search')}
          placeholder={i18n.t('popup.searchPlaceholder')}
          clearLabel={i18n.t('popup.clearSearch')}
          inputRef={searchRef}
        />
      )}
      <main class="content">
        {view.kind === 'entity' ? (
          <EntityPage popup={popup} id={view.id} section={view.from === 'start' && view.id === start.entityId ? start.section : null} />
        ) : search ? (
          <SearchResults popup={popup} search={search} query={query} list={list} />
        ) : (
          <OnThisPage popup={popup} data={data} page={page} list={list} groupIds={groupIds} />
        )}
        <p class="status" role="status">
          {status}
        </p>
      </main>
      <footer class="footer">
        <button type="button" class="link" onClick={() => void actions.openOptions()}>
          {i18n.t('popup.settings')}
        </button>
      </footer>
    </div>
  );
}
