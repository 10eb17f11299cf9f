/**
 * The popup: what this page mentions, search over every entity, tracking
 * switches, pause on this site and the global switch. It only arranges
 * shared components; data and actions come from ./data.ts.
 */
import { i18n } from '#i18n';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { EntityDetails } from '../../components/EntityDetails';
import { EntityList, type EntityListItem } from '../../components/EntityList';
import { GroupedEntityList, type GroupedItem } from '../../components/GroupedEntityList';
import { SearchBox } from '../../components/SearchBox';
import { Toggle } from '../../components/Toggle';
import { entityDetailsLabels, entityListLabels, uiLang } from '../../extension/labels';
import { isPaused } from '../../extension/settings';
import { entityView } from '../../lib/entity-view';
import { groupOf, type EntityGroup } from '../../lib/grouping';
import { Catalog } from '../../lib/pack/catalog';
import { EntitySearch } from '../../lib/search';
import { actions, needsActivation, type PopupData } from './data';

/** How long manual mode waits for the page's first report before saying there is nothing. */
const READING_TIMEOUT_MS = 2_000;

export interface AppProps {
  initial: PopupData;
  /** `?entity=`: open straight into that entity's details. */
  entityId: string | null;
  watch: (onChange: (patch: Partial<PopupData>) => void) => () => void;
}

type View = { kind: 'list' } | { kind: 'entity'; id: string; from: 'list' | 'start' };

export function App({ initial, entityId, watch }: AppProps) {
  const [data, setData] = useState(initial);
  const [query, setQuery] = useState('');
  const [view, setView] = useState<View>(entityId ? { kind: 'entity', id: entityId, from: 'start' } : { kind: 'list' });
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const [status, setStatus] = useState('');
  const [reading, setReading] = useState(false);
  // Entities seen on the page while the popup is open stay listed after their switch is turned off, so it can be turned back on.
  const [seen, setSeen] = useState<ReadonlyMap<string, number>>(() => new Map());
  const searchRef = useRef<HTMLInputElement>(null);
  const reported = useRef(false);

  useEffect(() => watch((patch) => setData((d) => ({ ...d, ...patch }))), [watch]);

  useEffect(() => {
    setSeen((before) => {
      let next: Map<string, number> | null = null;
      for (const [id, n] of Object.entries(data.counts)) {
        if (n > 0 && n > (before.get(id) ?? 0)) (next ??= new Map(before)).set(id, n);
      }
      return next ?? before;
    });
    if (Object.keys(data.counts).length > 0) {
      reported.current = true;
      setReading(false);
    }
  }, [data.counts]);

  // Manual mode: the click that opened the popup is the user's consent to read this page.
  const activation = needsActivation(data);
  useEffect(() => {
    if (!activation || data.tabId === null) return;
    let timer = 0;
    let cancelled = false;
    void actions.activate(data.tabId).then((result) => {
      if (cancelled || result !== 'injected' || reported.current) return;
      // Freshly injected: say so until the page's first report, or for a moment on a page with nothing to report.
      setReading(true);
      timer = window.setTimeout(() => setReading(false), READING_TIMEOUT_MS);
    });
    return () => {
      cancelled = true;
      window.clearTimeout(timer);
    };
  }, [activation, data.tabId]);

  const catalog = useMemo(() => new Catalog(data.packs), [data.packs]);
  const untracked = useMemo(() => new Set(data.untracked), [data.untracked]);
  // Built on the first search only: most popups never search.
  const searching = query.trim() !== '';
  const search = useMemo(() => (searching ? new EntitySearch(catalog.entities) : null), [catalog, searching]);
  const listLabels = useMemo(entityListLabels, []);
  const detailLabels = useMemo(entityDetailsLabels, []);
  const lang = useMemo(uiLang, []);

  const run = (work: Promise<unknown>) => {
    setStatus('');
    work.catch(() => setStatus(i18n.t('popup.saveFailed')));
  };
  const track = (ids: readonly string[], on: boolean) => run(actions.setTracked(ids, on));
  const groupIds = (group: EntityGroup) => catalog.entities.filter((e) => groupOf(e) === group).map((e) => e.id);

  const jump = (id: string) => {
    if (data.tabId === null) return;
    setStatus('');
    void actions.jump(data.tabId, id).then((ok) => setStatus(ok ? '' : i18n.t('popup.jumpFailed')));
  };

  const openEntity = (id: string) => setView({ kind: 'entity', id, from: 'list' });
  const back = () => {
    const id = view.kind === 'entity' ? view.id : null;
    setView({ kind: 'list' });
    // Back to where the reader was: the item's own button if it is listed, else the search field.
    requestAnimationFrame(() => {
      const button = id ? document.querySelector<HTMLElement>(`[data-entity-id="${CSS.escape(id)}"] .entity-toggle`) : null;
      (button ?? searchRef.current)?.focus();
    });
  };

  const onPage = data.host !== null && data.enabled && !isPaused(data.paused, data.host);
  const countOf = (id: string) => (onPage ? (data.counts[id] ?? 0) : 0);

  const jumpButton = (id: string, name: string) =>
    countOf(id) > 0 ? (
      <button type="button" class="button jump" aria-label={i18n.t('popup.jumpToLabel', [name])} onClick={() => jump(id)}>
        {i18n.t('popup.jumpTo')}
      </button>
    ) : null;

  const details = (id: string, headingLevel: 2 | 3 | 4, withJump = true) => {
    const v = entityView(catalog, id);
    if (!v) return <p class="state">{i18n.t('popup.notFound')}</p>;
    return (
      <>
        {withJump ? jumpButton(id, v.entity.name) : null}
        <EntityDetails
          view={v}
          labels={detailLabels}
          locale={lang}
          headingLevel={headingLevel}
          onSelectRelated={openEntity}
        />
      </>
    );
  };

  const listProps = {
    labels: listLabels,
    onTrack: (id: string, on: boolean) => track([id], on),
    expanded,
    onExpand: (id: string, open: boolean) =>
      setExpanded((s) => {
        const next = new Set(s);
        if (open) next.add(id);
        else next.delete(id);
        return next;
      }),
    renderDetails: (id: string) => details(id, 4),
  };

  let body;
  if (view.kind === 'entity') {
    const entity = catalog.entity(view.id);
    body = (
      <section class="detail" data-entity-id={view.id} aria-label={entity?.name}>
        {entity ? (
          <div class="detail-bar">
            <Toggle
              checked={!untracked.has(entity.id)}
              onChange={(on) => track([entity.id], on)}
              label={listLabels.track(entity.name)}
              text={i18n.t('entity.trackShort')}
            />
            <span class={countOf(entity.id) > 0 ? 'entity-count' : 'muted'}>
              {countOf(entity.id) > 0 ? listLabels.mentions(countOf(entity.id)) : i18n.t('popup.notOnPage')}
            </span>
            {jumpButton(entity.id, entity.name)}
          </div>
        ) : null}
        {details(view.id, 2, false)}
      </section>
    );
  } else if (search) {
    const hits = search.search(query);
    const items: EntityListItem[] = hits.flatMap((hit) => {
      const entity = catalog.entity(hit.id);
      if (!entity) return [];
      const count = countOf(hit.id);
      return [{ entity, tracked: !untracked.has(hit.id), matched: hit.matched, count: count > 0 ? count : undefined }];
    });
    body = (
      <section class="results" aria-labelledby="results-heading">
        <h2 id="results-heading" class="section-title">
          {i18n.t('popup.results', items.length)}
        </h2>
        <EntityList {...listProps} renderDetails={(id) => details(id, 3)} items={items} empty={i18n.t('popup.noResults', [query.trim()])} />
      </section>
    );
  } else {
    body = onThisPage();
  }

  // Called, not mounted as a component: a component defined in here would be a new type on every render, remounting the list and losing focus.
  function onThisPage() {
    let state: { text: string; kind: string } | null = null;
    if (data.host === null) state = { text: i18n.t('popup.unsupported'), kind: 'unsupported' };
    else if (!data.enabled) state = { text: i18n.t('popup.off'), kind: 'off' };
    else if (isPaused(data.paused, data.host)) state = { text: i18n.t('popup.paused', [data.host]), kind: 'paused' };
    else if (reading) state = { text: i18n.t('popup.reading'), kind: 'reading' };
    const items: GroupedItem[] = [...seen]
      .sort(([a, na], [b, nb]) => nb - na || (catalog.entity(a)?.name ?? a).localeCompare(catalog.entity(b)?.name ?? b))
      .flatMap(([id]) => {
        const entity = catalog.entity(id);
        return entity ? [{ entity, count: countOf(id), tracked: !untracked.has(id) }] : [];
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
            {...listProps}
            items={items}
            untracked={untracked}
            groupIds={groupIds}
            onTrackGroup={(group, on) => track(groupIds(group), on)}
            headingLevel={3}
            empty={i18n.t('popup.empty')}
          />
        )}
      </section>
    );
  }

  const hostPaused = data.host !== null && isPaused(data.paused, data.host);
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
          <button type="button" class="button back" onClick={back} autoFocus>
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
        {body}
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
