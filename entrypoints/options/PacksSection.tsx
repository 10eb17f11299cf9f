/** Context packs: the bundled ones, the imported ones with Remove, and importing a file (errors listed by field). */
import { i18n } from '#i18n';
import { useState } from 'preact/hooks';
import { BUNDLED_PACKS } from '../../extension/packs';
import { formatPackDate } from '../../lib/citations';
import type { Pack } from '../../lib/pack/schema';
import { actions } from './data';
import { FilePicker, OutcomeView, Section, showFileOutcome, type Outcome, type Run } from './parts';

export function PacksSection({ imported, lang, run }: { imported: readonly Pack[]; lang: string; run: Run }) {
  const [outcome, setOutcome] = useState<Outcome>(null);

  const importPack = (file: File) =>
    showFileOutcome(
      setOutcome,
      actions.importPackFile(file),
      ({ packs, replaced }) => {
        const pack = packs[packs.length - 1]!;
        return replaced ? i18n.t('options.packs.replacedOk', [pack.title, pack.version]) : i18n.t('options.packs.importedOk', [pack.title]);
      },
      i18n.t('options.packs.rejected', [file.name]),
    );

  const removePack = (pack: Pack) => {
    setOutcome(null);
    run(actions.removePack(pack.id).then(() => setOutcome({ kind: 'ok', text: i18n.t('options.packs.removed', [pack.title]) })));
  };

  const item = (pack: Pack, removable: boolean) => (
    <li key={pack.id} class="pack" data-pack-id={pack.id}>
      <span class="pack-title">{pack.title}</span>
      <span class="pack-meta">
        {i18n.t('options.packs.meta', [pack.version, formatPackDate(pack.reviewed, lang), i18n.t('options.packs.entities', pack.entities.length)])}
      </span>
      {removable ? (
        <button type="button" class="button" aria-label={i18n.t('options.packs.removeLabel', [pack.title])} onClick={() => removePack(pack)}>
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
