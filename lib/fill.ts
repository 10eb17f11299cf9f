/**
 * A label with its placeholders filled: the locale files write `$1`, `$2`…
 * where values go ("Last reviewed $1"). Labels travel as plain strings (the
 * card gets them in a message, which cannot carry functions), so components
 * fill them where they render.
 */
export function fill(template: string, ...values: string[]): string {
  // One pass, with a function, so that a value holding "$&" or "$2" is inserted as it is.
  return template.replace(/\$([1-9])/g, (placeholder, n: string) => values[Number(n) - 1] ?? placeholder);
}
