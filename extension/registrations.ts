/**
 * The background's registrations, in step with the settings: the content
 * script (extension/content-script.ts: registered in automatic mode) and,
 * after it, its start hint (extension/start-hint.ts: where pages will be
 * read, and no pack is imported). One queue, so that two
 * quick switches never interleave their calls; each run reads the settings
 * afresh, and the hint is never registered before the script it speaks to (a
 * browser that loads a page in between would get the hint without the script).
 */
import { syncContentScript } from './content-script';
import { importedPatterns } from './imported-patterns';
import { enabled, manualMode, pausedSites } from './settings';
import { syncStartHint } from './start-hint';

/** Starts keeping them in step; returns the unwatch function. */
export function keepRegistrationsInStep(): () => void {
  let queue = Promise.resolve();
  const sync = () => {
    queue = queue
      .then(async () => {
        const [manual, on, paused, imported] = await Promise.all([
          manualMode.getValue(),
          enabled.getValue(),
          pausedSites.getValue(),
          importedPatterns.getValue(),
        ]);
        await syncContentScript(manual);
        await syncStartHint({ manual, enabled: on, paused, imported: imported !== null });
      })
      .catch((error: unknown) => console.error('Backstory: content script registration failed', error));
  };
  const unwatch = [manualMode, enabled, pausedSites, importedPatterns].map((item) => item.watch(sync));
  sync();
  return () => unwatch.forEach((u) => u());
}
