/**
 * What the page reports while the popup is open: every entity seen there so
 * far (one switched off stays listed, so it can be switched back on), and,
 * in manual mode, reading the page when the popup opens, the click that
 * opened it being the reader's consent.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { actions, needsActivation, type PopupData } from './data';

/** How long manual mode waits for the page's first report before saying there is nothing. */
const READING_TIMEOUT_MS = 2_000;

export interface PageReading {
  /** The highest count of each entity seen on the page since the popup opened. */
  seen: ReadonlyMap<string, number>;
  /** Manual mode has just read the page and its first report has not come yet. */
  reading: boolean;
}

export function usePageReading(data: PopupData): PageReading {
  const [seen, setSeen] = useState<ReadonlyMap<string, number>>(() => new Map());
  const [reading, setReading] = useState(false);
  const reported = useRef(false);

  useEffect(() => {
    setSeen((before) => {
      let next: Map<string, number> | null = null;
      for (const [id, n] of Object.entries(data.counts)) {
        if (n > 0 && n > (before.get(id) ?? 0)) (next ??= new Map(before)).set(id, n);
      }
      return next ?? before;
    });
    if (Object.keys(data.counts).length > 0) {
      reported.current = true;
      setReading(false);
    }
  }, [data.counts]);

  const activation = needsActivation(data);
  useEffect(() => {
    if (!activation || data.tabId === null) return;
    let timer = 0;
    let cancelled = false;
    void actions.activate(data.tabId).then((result) => {
      if (cancelled || result !== 'injected' || reported.current) return;
      // Freshly injected: say so until the page's first report, or for a moment on a page with nothing to report.
      setReading(true);
      timer = window.setTimeout(() => setReading(false), READING_TIMEOUT_MS);
    });
    return () => {
      cancelled = true;
      window.clearTimeout(timer);
    };
  }, [activation, data.tabId]);

  return { seen, reading };
}
