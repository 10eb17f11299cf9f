// Imported first by index.ts, so it runs before the other modules (alias data included) evaluate. Bench build only: a page can read its timeline.
if (import.meta.env.MODE === 'bench') performance.mark('backstory:start');
