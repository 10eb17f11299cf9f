/** Settings backup: export to a file, import from one (all or nothing, errors listed by field). */
import { i18n } from '#i18n';
import { useState } from 'preact/hooks';
import { actions } from './data';
import { FilePicker, OutcomeView, Section, showFileOutcome, type Outcome, type Run } from './parts';

function download(text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = `backstory-settings-${new Date().toISOString().slice(0, 10)}.json`;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function BackupSection({ run }: { run: Run }) {
  const [outcome, setOutcome] = useState<Outcome>(null);

  const importSettings = (file: File) =>
    showFileOutcome(
      setOutcome,
      actions.importSettingsFile(file),
      () => i18n.t('options.backup.importedOk', [file.name]),
      i18n.t('options.backup.rejected', [file.name]),
    );

  return (
    <Section id="backup" title={i18n.t('options.backup.heading')} intro={i18n.t('options.backup.intro')}>
      <div class="backup-actions">
        <button type="button" class="button" onClick={() => run(actions.exportSettings().then(download))}>
          {i18n.t('options.backup.export')}
        </button>
        <FilePicker id="import-settings" label={i18n.t('options.backup.import')} onFile={importSettings} />
      </div>
      <OutcomeView outcome={outcome} />
    </Section>
  );
}
