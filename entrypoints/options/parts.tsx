/**
 * Pieces the options page's sections share: a section with its heading, a
 * file picker, and the outcome of an action (a message, or errors by field).
 */
import { i18n } from '#i18n';
import type { ComponentChildren } from 'preact';
import { ErrorList } from '../../components/ErrorList';
import type { PackError } from '../../lib/pack/validate';
import type { FileResult } from './data';

export type Outcome = { kind: 'ok'; text: string } | { kind: 'errors'; title: string; errors: PackError[] } | null;

/** What a section does with a change it makes: writes it, and says so at the top of the page if that fails. */
export type Run = (work: Promise<unknown>) => void;

const formatError = (path: string, message: string) => i18n.t('options.error', [path, message]);

/**
 * Shows what came of reading a file: `ok`'s message, or the file's errors
 * under `rejected` (with none listed when the file could not even be read).
 */
export function showFileOutcome<T>(show: (outcome: Outcome) => void, work: Promise<FileResult<T>>, ok: (value: T) => string, rejected: string): void {
  show(null);
  work
    .then((result) => show(result.ok ? { kind: 'ok', text: ok(result.value) } : { kind: 'errors', title: rejected, errors: result.errors }))
    .catch(() => show({ kind: 'errors', title: rejected, errors: [] }));
}

export function Section({ id, title, intro, children }: { id: string; title: string; intro?: string; children: ComponentChildren }) {
  return (
    <section class="section" id={id} aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{title}</h2>
      {intro ? <p class="intro">{intro}</p> : null}
      {children}
    </section>
  );
}

export function OutcomeView({ outcome }: { outcome: Outcome }) {
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
export function FilePicker({ id, label, hint, onFile }: { id: string; label: string; hint?: string; onFile: (file: File) => void }) {
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
