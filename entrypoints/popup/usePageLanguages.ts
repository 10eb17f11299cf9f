/**
 * What the page says about the language of its mentions, asked of its
 * content script when the popup opens and again as mentions come, so that
 * an entity's details follow the page as its card does (issue 14). Until the
 * answer comes, and on pages where nothing of ours runs, there is none, and
 * the browser's language decides.
 */
import { useEffect, useState } from 'preact/hooks';
import type { PageLanguages } from '../../extension/popup-requests';
import { actions, type PopupData } from './data';

export function usePageLanguages(data: PopupData): PageLanguages | null {
  const [languages, setLanguages] = useState<PageLanguages | null>(null);
  const mentioned = Object.keys(data.counts).sort().join();
  useEffect(() => {
    if (data.tabId === null || data.host === null) return;
    let cancelled = false;
    void actions.pageLanguages(data.tabId).then((answer) => {
      if (!cancelled && answer) setLanguages(answer);
    });
    return () => {
      cancelled = true;
    };
  }, [data.tabId, data.host, mentioned]);
  return languages;
}
