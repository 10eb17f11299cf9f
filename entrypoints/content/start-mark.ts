// Imported first by index.ts, so it runs before the other modules (alias data included) evaluate. Bench build only: a page can read its timeline.
if (import.meta.env.MODE === 'bench') performance.mark('backstory:start');

/** Marks, in bench builds only, the moment the script can scan (or, in a blank frame, waits at no cost). */
export function markReady(): void {
  if (import.meta.env.MODE === 'bench') performance.mark('backstory:ready');
}

/**
 * Marks, in bench builds only, when the settings are asked of storage and when they are read: the
 * start-up between the two is waiting (for the browser process, and for the page's own tasks), not
 * the script's work, and the benchmark reports it apart.
 */
export function markSettings(phase: 'asked' | 'read'): void {
  if (import.meta.env.MODE === 'bench') performance.mark(`backstory:settings-${phase}`);
}
