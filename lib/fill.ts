/**
 * A label with its placeholder filled: the locale files write `$1` where a
 * value goes ("Last reviewed $1"). Labels travel as plain strings (the card
 * gets them in a message, which cannot carry functions), so components fill
 * them where they render.
 */
export function fill(template: string, value: string): string {
  // A function, so that a value holding "$&" or "$1" is inserted as it is.
  return template.replace('$1', () => value);
}
