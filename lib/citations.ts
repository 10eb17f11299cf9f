/**
 * Pure formatting for cited context: how sources are numbered (once, in
 * lib/entity-view.ts, for every surface) and which URLs may become links.
 * How pack dates read is lib/pack/date-text.ts.
 */

/** Anything that cites sources by id: facts and positions. */
export interface Citing {
  readonly sources: readonly string[];
}

export interface CitationNumbers {
  /** Source ids in the order they are numbered (1, 2, …). */
  readonly order: readonly string[];
  /** The 1-based numbers of these source ids, in order and without repeats; unknown ids are left out. */
  numbersOf(sourceIds: readonly string[]): number[];
}

/**
 * Numbers sources by first citation: facts first, then positions, so the
 * reader meets [1] before [2]. A source cited twice keeps its first number.
 */
export function numberCitations(facts: readonly Citing[], positions: readonly Citing[] = []): CitationNumbers {
  const numbers = new Map<string, number>();
  for (const item of [...facts, ...positions]) {
    for (const id of item.sources) {
      if (!numbers.has(id)) numbers.set(id, numbers.size + 1);
    }
  }
  return {
    order: [...numbers.keys()],
    numbersOf(sourceIds) {
      const out: number[] = [];
      for (const id of sourceIds) {
        const n = numbers.get(id);
        if (n !== undefined && !out.includes(n)) out.push(n);
      }
      return out;
    },
  };
}

/**
 * The URL as a link target if it is an absolute https: URL without
 * credentials, else null. Packs are validated to hold only such URLs; this
 * is the renderer's own check, so an imported or future pack cannot turn a
 * citation into a `javascript:` or `data:` link.
 */
export function httpsHref(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    if (u.protocol !== 'https:' || u.hostname === '' || u.username !== '' || u.password !== '') return null;
    return u.href;
  } catch {
    return null;
  }
}

/** "[1][3]": citation markers as printed after a fact or position. */
export function citationMarks(numbers: readonly number[]): string {
  return numbers.map((n) => `[${n}]`).join('');
}
