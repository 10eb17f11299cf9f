/**
 * The options page: on/off, tracked entities by group, paused sites,
 * highlight style with a live preview, manual mode, context packs and
 * settings backup. Every control writes to storage at once; open tabs and
 * an open popup follow from there.
 */
import { i18n } from '#i18n';
import type { ComponentChildren } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { ErrorList } from '../../components/ErrorList';
import { GroupedEntityList, type GroupedItem } from '../../components/GroupedEntityList';
import { SearchBox } from '../../components/SearchBox';
import { Toggle } from '../../components/Toggle';
import { entityListLabels, uiLang } from '../../extension/labels';
import { BUNDLED_PACKS, withBundled } from '../../extension/packs';
import { formatPackDate } from '../../lib/citations';
import { groupOf, type EntityGroup } from '../../lib/grouping';
import { normalizeHostname } from '../../lib/hostname';
import { Catalog } from '../../lib/pack/catalog';
import type { Pack } from '../../lib/pack/schema';
import type { PackError } from '../../lib/pack/validate';
import { EntitySearch } from '../../lib/search';
import { HIGHLIGHT_STYLES, type HighlightStyle } from '../../lib/settings-schema';
import { actions, type FileResult, type OptionsData } from './data';
import { HighlightPreview } from './HighlightPreview';

export interface AppProps {
  initial: OptionsData;
  watch: (onChange: (patch: Partial<OptionsData>) => void) => () => void;
}

type Outcome = { kind: 'ok'; text: string } | { kind: 'errors'; title: string; errors: PackError[] } | null;

const SENTINEL = '\uE000';
const formatError = (path: string, message: string) => i18n.t('options.error', [path, message]);

function Section({ id, title, intro, children }: { id: string; title: string; intro?: string; children: ComponentChildren }) {
  return (
    <section class="section" id={id} aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{title}</h2>
      {intro ? <p class="intro">{intro}</p> : null}
      {children}
    </section>
  );
}

function OutcomeView({ outcome }: { outcome: Outcome }) {
  if (!outcome) return null;
  if (outcome.kind === 'ok') {
    return (
      <p class="outcome ok" role="status">
        {outcome.text}
      </p>
    );
  }
  return <ErrorList title={outcome.title} errors={outcome.errors} format={formatError} />;
}

/** A file picker as a labelled button; the input is reset after each pick so the same file can be chosen again. */
function FilePicker({ id, label, hint, onFile }: { id: string; label: string; hint?: string; onFile: (file: File) => void }) {
  return (
    <div class="file-picker">
      <label class="button" for={id}>
        {label}
      </label>
      <input
        id={id}
        class="visually-hidden"
        type="file"
        accept="application/json,.json"
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(e) => {
          const input = e.currentTarget as HTMLInputElement;
          const file = input.files?.[0];
          input.value = '';
          if (file) onFile(file);
        }}
      />
      {hint ? (
        <p class="hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
    </div>
  );
}

export function App({ initial, watch }: AppProps) {
  const [data, setData] = useState(initial);
  const [filter, setFilter] = useState('');
  const [site, setSite] = useState('');
  const [siteError, setSiteError] = useState('');
  const [packOutcome, setPackOutcome] = useState<Outcome>(null);
  const [backupOutcome, setBackupOutcome] = useState<Outcome>(null);
  const [saveError, setSaveError] = useState('');
  const siteRef = useRef<HTMLInputElement>(null);

  useEffect(() => watch((patch) => setData((d) => ({ ...d, ...patch }))), [watch]);

  const catalog = useMemo(() => new Catalog(withBundled(data.imported)), [data.imported]);
  const search = useMemo(() => new EntitySearch(catalog.entities), [catalog]);
  const untracked = useMemo(() => new Set(data.untracked), [data.untracked]);
  const labels = useMemo(entityListLabels, []);
  const lang = useMemo(uiLang, []);

  const run = (work: Promise<unknown>) => {
    setSaveError('');
    work.catch(() => setSaveError(i18n.t('popup.saveFailed')));
  };
  const groupIds = (group: EntityGroup) => catalog.entities.filter((e) => groupOf(e) === group).map((e) => e.id);

  const shown = filter.trim() === '' ? catalog.entities : search.search(filter, Infinity).flatMap((hit) => catalog.entity(hit.id) ?? []);
  const items: GroupedItem[] = shown.map((entity) => ({ entity, tracked: !untracked.has(entity.id) }));

  const addSite = (e: Event) => {
    e.preventDefault();
    const host = normalizeHostname(site);
    if (!host) {
      setSiteError(i18n.t('options.sites.invalid', [site.trim()]));
      siteRef.current?.focus();
      return;
    }
    if (data.paused.includes(host)) {
      setSiteError(i18n.t('options.sites.duplicate', [host]));
      return;
    }
    setSiteError('');
    setSite('');
    run(actions.setPaused(host, true));
  };

  const fileOutcome = <T,>(result: FileResult<T>, ok: (value: T) => string, rejectedTitle: string): Outcome =>
    result.ok ? { kind: 'ok', text: ok(result.value) } : { kind: 'errors', title: rejectedTitle, errors: result.errors };

  const importPack = (file: File) => {
    setPackOutcome(null);
    actions
      .importPackFile(file)
      .then((result) =>
        setPackOutcome(
          fileOutcome(
            result,
            ({ packs: all, replaced }) => {
              const pack = all[all.length - 1]!;
              return replaced ? i18n.t('options.packs.replacedOk', [pack.title, pack.version]) : i18n.t('options.packs.importedOk', [pack.title]);
            },
            i18n.t('options.packs.rejected', [file.name]),
          ),
        ),
      )
      .catch(() => setPackOutcome({ kind: 'errors', title: i18n.t('options.packs.rejected', [file.name]), errors: [] }));
  };

  const removePack = (pack: Pack) => {
    setPackOutcome(null);
    actions
      .removePack(pack.id)
      .then(() => setPackOutcome({ kind: 'ok', text: i18n.t('options.packs.removed', [pack.title]) }))
      .catch(() => setSaveError(i18n.t('popup.saveFailed')));
  };

  const exportFile = () => {
    run(
      actions.exportSettings().then((text) => {
        const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
        const a = document.createElement('a');
        a.href = url;
        a.download = `backstory-settings-${new Date().toISOString().slice(0, 10)}.json`;
        a.click();
        setTimeout(() => URL.revokeObjectURL(url), 10_000);
      }),
    );
  };

  const importSettings = (file: File) => {
    setBackupOutcome(null);
    actions
      .importSettingsFile(file)
      .then((result) => setBackupOutcome(fileOutcome(result, () => i18n.t('options.backup.importedOk', [file.name]), i18n.t('options.backup.rejected', [file.name]))))
      .catch(() => setBackupOutcome({ kind: 'errors', title: i18n.t('options.backup.rejected', [file.name]), errors: [] }));
  };

  const [before = '', after = ''] = i18n.t('options.style.previewText', [SENTINEL]).split(SENTINEL);
  const packMeta = (pack: Pack) =>
    i18n.t('options.packs.meta', [pack.version, formatPackDate(pack.reviewed, lang), i18n.t('options.packs.entities', pack.entities.length)]);

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
          items={items}
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

      <Section id="sites" title={i18n.t('options.sites.heading')} intro={i18n.t('options.sites.intro')}>
        <form class="site-form" onSubmit={addSite} noValidate>
          <label for="site-input" class="field-label">
            {i18n.t('options.sites.label')}
          </label>
          <div class="field-row">
            <input
              ref={siteRef}
              id="site-input"
              type="text"
              inputMode="url"
              autoComplete="off"
              spellcheck={false}
              value={site}
              aria-invalid={siteError !== ''}
              aria-describedby={siteError ? 'site-hint site-error' : 'site-hint'}
              onInput={(e) => setSite((e.currentTarget as HTMLInputElement).value)}
            />
            <button type="submit" class="button primary">
              {i18n.t('options.sites.add')}
            </button>
          </div>
          <p class="hint" id="site-hint">
            {i18n.t('options.sites.hint')}
          </p>
          {siteError ? (
            <p class="field-error" id="site-error" role="alert">
              {siteError}
            </p>
          ) : null}
        </form>
        {data.paused.length === 0 ? (
          <p class="empty">{i18n.t('options.sites.none')}</p>
        ) : (
          <ul class="site-list">
            {data.paused.map((host) => (
              <li key={host} class="site-item" data-site={host}>
                <span class="site-name">{host}</span>
                <button type="button" class="button" aria-label={i18n.t('options.sites.removeLabel', [host])} onClick={() => run(actions.setPaused(host, false))}>
                  {i18n.t('options.sites.remove')}
                </button>
              </li>
            ))}
          </ul>
        )}
      </Section>

      <Section id="style" title={i18n.t('options.style.heading')} intro={i18n.t('options.style.intro')}>
        <div class="style-picker">
          <fieldset class="choices">
            <legend class="visually-hidden">{i18n.t('options.style.heading')}</legend>
            {HIGHLIGHT_STYLES.map((style: HighlightStyle) => (
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

      <Section id="packs" title={i18n.t('options.packs.heading')} intro={i18n.t('options.packs.intro')}>
        <h3>{i18n.t('options.packs.bundled')}</h3>
        <ul class="pack-list">
          {BUNDLED_PACKS.map((pack) => (
            <li key={pack.id} class="pack" data-pack-id={pack.id}>
              <span class="pack-title">{pack.title}</span>
              <span class="pack-meta">{packMeta(pack)}</span>
            </li>
          ))}
        </ul>
        <h3>{i18n.t('options.packs.imported')}</h3>
        {data.imported.length === 0 ? (
          <p class="empty">{i18n.t('options.packs.noneImported')}</p>
        ) : (
          <ul class="pack-list">
            {data.imported.map((pack) => (
              <li key={pack.id} class="pack" data-pack-id={pack.id}>
                <span class="pack-title">{pack.title}</span>
                <span class="pack-meta">{packMeta(pack)}</span>
                <button type="button" class="button" aria-label={i18n.t('options.packs.removeLabel', [pack.title])} onClick={() => removePack(pack)}>
                  {i18n.t('options.packs.remove')}
                </button>
              </li>
            ))}
          </ul>
        )}
        <FilePicker id="import-pack" label={i18n.t('options.packs.import')} hint={i18n.t('options.packs.importHint')} onFile={importPack} />
        <OutcomeView outcome={packOutcome} />
      </Section>

      <Section id="backup" title={i18n.t('options.backup.heading')} intro={i18n.t('options.backup.intro')}>
        <div class="backup-actions">
          <button type="button" class="button" onClick={exportFile}>
            {i18n.t('options.backup.export')}
          </button>
          <FilePicker id="import-settings" label={i18n.t('options.backup.import')} onFile={importSettings} />
        </div>
        <OutcomeView outcome={backupOutcome} />
      </Section>
      </main>
    </div>
  );
}
