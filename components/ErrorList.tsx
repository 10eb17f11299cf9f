export interface ErrorListProps {
  /** What failed, e.g. "“pack.json” was not imported, and nothing changed. Problems found:" */
  title: string;
  errors: readonly { path: string; message: string }[];
  /** Formats one error, e.g. "Problem at entities[0].id: must be …". */
  format: (path: string, message: string) => string;
  id?: string;
}

/** Problems with an imported file, each named by its path in the file. Render only. */
export function ErrorList({ title, errors, format, id }: ErrorListProps) {
  return (
    <div class="errors" role="alert" id={id}>
      <p class="errors-title">{title}</p>
      <ul class="errors-list">
        {errors.map((e, i) => (
          <li key={i} class="error" data-path={e.path}>
            {format(e.path, e.message)}
          </li>
        ))}
      </ul>
    </div>
  );
}
