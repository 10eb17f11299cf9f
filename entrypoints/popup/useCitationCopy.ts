/**
 * The popup's copy buttons: the citation goes to the clipboard from the
 * click, "Copied" shows beside that source for a moment, and a refused
 * write leaves the citation on show to copy by hand (extension/citation-copy.ts).
 * The status belongs to one entity's list, since two open entities can cite
 * the same source.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { CopyStatus } from '../../components/CitationList';
import { COPIED_FOR_MS, writeCitation } from '../../extension/citation-copy';

export interface CitationCopy {
  /** Copy `citation` (already written out, components/EntityDetails.tsx) for a source of an entity. */
  copy(entityId: string, sourceId: string, citation: string): void;
  statusFor(entityId: string): CopyStatus | null;
}

export function useCitationCopy(): CitationCopy {
  const [shown, setShown] = useState<{ entityId: string; status: CopyStatus } | null>(null);
  const timer = useRef<number | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  return {
    copy(entityId, sourceId, citation) {
      clearTimeout(timer.current);
      void writeCitation(citation, sourceId, navigator.clipboard).then((status) => {
        setShown({ entityId, status });
        if (status.copied) timer.current = window.setTimeout(() => setShown(null), COPIED_FOR_MS);
      });
    },
    statusFor: (entityId) => (shown?.entityId === entityId ? shown.status : null),
  };
}
