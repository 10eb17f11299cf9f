/** Context packs: the bundled ones, the imported ones with Remove, and importing a file (errors listed by field). */
import { i18n } from '#i18n';
import { useState } from 'preact/hooks';
import { BUNDLED_PACKS } from '../../extension/packs';
import { formatPackDate } from '../../lib/pack/date-text';
import { chooseLanguage } from '../../lib/language/choose';
import { resolveText } from '../../lib/pack/localized';
import { packLanguages, type Pack } from '../../lib/pack/schema';
import type { LanguagePreference } from '../../lib/settings-schema';
import { actions } from './data';
import { FilePicker, OutcomeView, Section, showFileOutcome, type Outcome, type Run } from './parts';

interface PacksSectionProps {
  imported: readonly Pack[];
  /** The page's own language, for dates. */
  lang: string;
  /** The reader's choice of language for pack text, and the browser's: a pack's title follows them. */
  language: LanguagePreference;
  ui: string;
  run: Run;
}

export function PacksSection({ imported, lang, language, ui, run }: PacksSectionProps) {
  const [outcome, setOutcome] = useState<Outcome>(null);
  const titleOf = (pack: Pack) => resolveText(pack.title, chooseLanguage({ preference: language, page: null, ui, available: packLanguages(pack) }), pack.language);

  const importPack = (file: File) =>
    showFileOutcome(
      setOutcome,
      actions.importPackFile(file),
      ({ packs, replaced }) => {
        const pack = packs[packs.length - 1]!;
        const title = titleOf(pack).text;
        return replaced ? i18n.t('options.packs.replacedOk', [title, pack.version]) : i18n.t('options.packs.importedOk', [title]);
      },
      i18n.t('options.packs.rejected', [file.name]),
    );

  const removePack = (pack: Pack) => {
    setOutcome(null);
    run(actions.removePack(pack.id).then(() => setOutcome({ kind: 'ok', text: i18n.t('options.packs.removed', [titleOf(pack).text]) })));
  };

  const item = (pack: Pack, removable: boolean) => (
    <li key={pack.id} class="pack" data-pack-id={pack.id}>
      <span class="pack-title" lang={titleOf(pack).lang}>
        {titleOf(pack).text}
      </span>
      <span class="pack-meta">
        {i18n.t('options.packs.meta', [pack.version, formatPackDate(pack.reviewed, lang), i18n.t('options.packs.entities', pack.entities.length)])}
      </span>
      {removable ? (
        <button type="button" class="button" aria-label={i18n.t('options.packs.removeLabel', [titleOf(pack).text])} onClick={() => removePack(pack)}>
          {i18n.t('options.packs.remove')}
        </button>
      ) : null}
    </li>
  );

  return (
    <Section id="packs" title={i18n.t('options.packs.heading')} intro={i18n.t('options.packs.intro')}>
      <h3>{i18n.t('options.packs.bundled')}</h3>
      <ul class="pack-list">{BUNDLED_PACKS.map((pack) => item(pack, false))}</ul>
      <h3>{i18n.t('options.packs.imported')}</h3>
      {imported.length === 0 ? (
        <p class="empty">{i18n.t('options.packs.noneImported')}</p>
      ) : (
        <ul class="pack-list">{imported.map((pack) => item(pack, true))}</ul>
      )}
      <FilePicker id="import-pack" label={i18n.t('options.packs.import')} hint={i18n.t('options.packs.importHint')} onFile={importPack} />
      <OutcomeView outcome={outcome} />
    </Section>
  );
}
