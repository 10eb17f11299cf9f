/**
 * The options page: on/off, tracked entities by group, paused sites,
 * highlight style with a live preview, manual mode, context packs and
 * settings backup. Every control writes to storage at once; open tabs and
 * an open popup follow from there.
 */
import { i18n } from '#i18n';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { GroupedEntityList } from '../../components/GroupedEntityList';
import { SearchBox } from '../../components/SearchBox';
import { Toggle } from '../../components/Toggle';
import { entityListLabels, uiLang, uiLanguage } from '../../extension/labels';
import { withBundled } from '../../extension/packs';
import { entityNames, listEntity } from '../../lib/entity-view';
import { groupOf, type EntityGroup } from '../../lib/grouping';
import { chooseLanguage } from '../../lib/language/choose';
import { Catalog } from '../../lib/pack/catalog';
import { EntitySearch } from '../../lib/search';
import { HIGHLIGHT_STYLES } from '../../lib/settings-schema';
import { BackupSection } from './BackupSection';
import { actions, type OptionsData } from './data';
import { HighlightPreview } from './HighlightPreview';
import { LanguageSection } from './LanguageSection';
import { PacksSection } from './PacksSection';
import { Section, type Run } from './parts';
import { SitesSection } from './SitesSection';

export interface AppProps {
  initial: OptionsData;
  watch: (onChange: (patch: Partial<OptionsData>) => void) => () => void;
}

const SENTINEL = '\uE000';

export function App({ initial, watch }: AppProps) {
  const [data, setData] = useState(initial);
  const [filter, setFilter] = useState('');
  const [saveError, setSaveError] = useState('');

  useEffect(() => watch((patch) => setData((d) => ({ ...d, ...patch }))), [watch]);

  const catalog = useMemo(() => new Catalog(withBundled(data.imported)), [data.imported]);
  const untracked = useMemo(() => new Set(data.untracked), [data.untracked]);
  const labels = useMemo(entityListLabels, []);
  const lang = useMemo(uiLang, []);
  const ui = useMemo(uiLanguage, []);
  // Names in the reader's chosen language, else the browser's: this page has no page to follow.
  const entities = useMemo(
    () => catalog.entities.map((e) => listEntity(e, chooseLanguage({ preference: data.language, page: null, ui, available: e.languages }))),
    [catalog, data.language, ui],
  );
  const search = useMemo(
    () => new EntitySearch(catalog.entities.map((e, i) => ({ id: e.id, name: entities[i]!.name, names: entityNames(e), aliases: e.aliases }))),
    [catalog, entities],
  );

  const run: Run = (work) => {
    setSaveError('');
    work.catch(() => setSaveError(i18n.t('popup.saveFailed')));
  };
  const groupIds = (group: EntityGroup) => catalog.entities.filter((e) => groupOf(e) === group).map((e) => e.id);
  const byId = new Map(entities.map((e) => [e.id, e]));
  const shown = filter.trim() === '' ? entities : search.search(filter, Infinity).flatMap((hit) => byId.get(hit.id) ?? []);
  const [before = '', after = ''] = i18n.t('options.style.previewText', [SENTINEL]).split(SENTINEL);

  return (
    <div class="options" lang={lang}>
      <header class="page-head">
        <h1>{i18n.t('options.title')}</h1>
        <p class="intro">{i18n.t('options.intro')}</p>
        {saveError ? (
          <p class="outcome error" role="alert">
            {saveError}
          </p>
        ) : null}
      </header>
      <main>
        <Section id="general" title={i18n.t('options.general.heading')}>
          <Toggle checked={data.enabled} onChange={(on) => run(actions.setEnabled(on))} label={i18n.t('options.general.enabled')} />
        </Section>

        <Section id="tracked" title={i18n.t('options.tracked.heading')} intro={i18n.t('options.tracked.intro')}>
          <SearchBox
            id="entity-filter"
            value={filter}
            onInput={setFilter}
            label={i18n.t('options.tracked.filter')}
            placeholder={i18n.t('popup.searchPlaceholder')}
            clearLabel={i18n.t('popup.clearSearch')}
            showLabel
          />
          <GroupedEntityList
            items={shown.map((entity) => ({ entity, tracked: !untracked.has(entity.id) }))}
            labels={labels}
            untracked={untracked}
            groupIds={groupIds}
            onTrack={(id, on) => run(actions.setTracked([id], on))}
            onTrackGroup={(group, on) => run(actions.setTracked(groupIds(group), on))}
            headingLevel={3}
            idPrefix="tracked"
            empty={i18n.t('options.tracked.noMatch')}
          />
        </Section>

        <SitesSection paused={data.paused} run={run} />

        <Section id="style" title={i18n.t('options.style.heading')} intro={i18n.t('options.style.intro')}>
          <div class="style-picker">
            <fieldset class="choices">
              <legend class="visually-hidden">{i18n.t('options.style.heading')}</legend>
              {HIGHLIGHT_STYLES.map((style) => (
                <label key={style} class="choice">
                  <input type="radio" name="highlight-style" value={style} checked={data.style === style} onChange={() => run(actions.setStyle(style))} />
                  <span>{i18n.t(`options.style.${style}`)}</span>
                </label>
              ))}
            </fieldset>
            <HighlightPreview
              style={data.style}
              before={before}
              name={i18n.t('options.style.previewName')}
              after={after}
              label={i18n.t('options.style.preview')}
              badgeLabel={i18n.t('options.style.badge', ['1'])}
            />
          </div>
        </Section>

        <Section id="manual" title={i18n.t('options.manual.heading')}>
          <Toggle checked={data.manual} onChange={(on) => run(actions.setManual(on))} label={i18n.t('options.manual.label')} />
          <p class="explain">{i18n.t('options.manual.why')}</p>
          <p class="explain">{i18n.t('options.manual.how')}</p>
        </Section>

        <LanguageSection language={data.language} available={catalog.languages} run={run} />

        <PacksSection imported={data.imported} lang={lang} language={data.language} ui={ui} run={run} />
        <BackupSection run={run} />
      </main>
    </div>
  );
}
