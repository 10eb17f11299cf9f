/**
 * What the content script reads of imported packs: their patterns, compiled
 * onto the bundled ones where they were imported (lib/match/imported-patterns.ts).
 * extension/packs.ts writes it with the packs in one storage call.
 *
 * The schema is deliberately small: it keeps the content script free of the
 * pack schema. A value that does not fit, that was compiled against other
 * bundled packs (before an update), or that does not decode, reads as "no
 * imported patterns": the frame matches the bundled packs.
 */
import * as v from 'valibot';
import { BUNDLED_PATTERNS_STAMP, bundledPatterns } from 'virtual:backstory-aliases';
import type { ImportedPatterns } from '../lib/match/imported-patterns';
import { decodePatterns } from '../lib/match/pattern-codec';
import type { CompiledPatterns } from '../lib/match/pattern-table';
import { defineValidatedItem } from './validated-item';

/** Far above what the largest import allowed compiles to; storage.local holds 10 MB in all. */
export const MAX_PATTERN_DATA = 8_000_000;

const ImportedPatternsSchema = v.nullable(v.object({ bundled: v.string(), data: v.pipe(v.string(), v.maxLength(MAX_PATTERN_DATA)) }));

export const importedPatterns = defineValidatedItem<ImportedPatterns | null>('local:importedPatterns', ImportedPatternsSchema, {
  fallback: null,
});

/** The table a frame matches with: the stored one when it was compiled against this build's bundled packs. */
export function patternTableFor(stored: ImportedPatterns | null): CompiledPatterns {
  if (stored !== null && stored.bundled === BUNDLED_PATTERNS_STAMP) {
    try {
      return decodePatterns(stored.data, true);
    } catch {
      // Unreadable data: the bundled packs, until the next import or update writes it again.
    }
  }
  return bundledPatterns();
}
